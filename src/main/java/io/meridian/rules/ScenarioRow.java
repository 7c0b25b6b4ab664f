package io.meridian.rules;

import java.util.Map;

/**
 * One filled row of a workbook's Scenarios sheet: its sheet and row (1-based), and its cells by column name, the name
 * written in lower case without blanks or signs ({@code country}, {@code observancekinds}, {@code whysources}). A table's
 * owner reads them to check what its scenarios must cover.
 */
public record ScenarioRow(String sheet, int row, Map<String, String> cells) {

    /** The cell of the column named {@code name} (any case, blanks and signs ignored); "" when blank. */
    public String get(String name) {
        return cells.getOrDefault(ScenarioSheet.key(name), "");
    }
}
