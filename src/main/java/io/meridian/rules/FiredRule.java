package io.meridian.rules;

import io.swagger.v3.oas.annotations.media.Schema;

/** One spreadsheet row that decided part of an answer. */
public record FiredRule(
    @Schema(description = "the rule table, e.g. etiquette") String table,
    @Schema(description = "the workbook's sheet") String sheet,
    @Schema(description = "the sheet's row, from 1, as the spreadsheet shows it") int row,
    @Schema(description = "the rule's name in the workbook") String rule) {
}
