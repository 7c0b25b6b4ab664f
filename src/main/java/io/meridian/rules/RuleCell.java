package io.meridian.rules;

/**
 * One filled cell of a rule table's data rows, as the analyst sees it: sheet, row (1-based), column letter
 * and text. A table's owner reads the cells of a column to check what the build cannot, e.g. that a group
 * an action names exists.
 */
public record RuleCell(String sheet, int row, String column, String text) {

    /** A problem placed on this cell. */
    public RuleProblem problem(String message) {
        return new RuleProblem(sheet, row, column, text, message);
    }
}
