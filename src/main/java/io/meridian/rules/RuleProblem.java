package io.meridian.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Something wrong with a workbook, placed as exactly as it can be: sheet, row and column as
 * the analyst sees them in the spreadsheet (row 1-based, column a letter), the cell's text,
 * and what is wrong. Fields that cannot be placed are null. A failed scenario also gives the
 * expected and the actual value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProblem(
    @Schema(description = "the sheet; left out when it cannot be placed") String sheet,
    @Schema(description = "the row, from 1; left out when it cannot be placed") Integer row,
    @Schema(description = "the column letter; left out when it cannot be placed") String column,
    @Schema(description = "the cell's text; left out when none") String cell,
    @Schema(description = "what is wrong") String message,
    @Schema(description = "a failed scenario: the value expected") String expected,
    @Schema(description = "a failed scenario: the value the rules gave") String actual) {

    public RuleProblem(String sheet, Integer row, String column, String cell, String message) {
        this(sheet, row, column, cell, message, null, null);
    }

    public static RuleProblem ofWorkbook(String message) {
        return new RuleProblem(null, null, null, null, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (sheet != null) {
            where.append('\'').append(sheet).append('\'');
        }
        if (column != null || row != null) {
            where.append(" cell ").append(column == null ? "" : column).append(row == null ? "" : row);
        }
        if (cell != null) {
            where.append(" [").append(cell).append(']');
        }
        return where.length() == 0 ? message : where + ": " + message;
    }
}
