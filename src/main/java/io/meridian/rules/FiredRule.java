package io.meridian.rules;

/** One spreadsheet row that decided part of an answer. */
public record FiredRule(String table, String sheet, int row, String rule) {
}
