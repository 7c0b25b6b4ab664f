package io.meridian.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something wrong with a workbook, placed as exactly as it can be: sheet, row and column as
 * the analyst sees them in the spreadsheet (row 1-based, column a letter), the cell's text,
 * and what is wrong. Fields that cannot be placed are null. A failed scenario also gives the
 * expected and the actual value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProblem(String sheet, Integer row, String column, String cell, String message,
                          String expected, String actual) {

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
