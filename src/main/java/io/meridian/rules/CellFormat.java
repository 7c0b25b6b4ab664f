package io.meridian.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the cells of one rule column must read as, for the code that takes the decided value to read it later: a
 * duration, a time of day, a time zone, one of a set of words. A table's owner names its columns by the code their
 * template writes ({@link ScenarioRunner#cellFormats}); every filled cell of such a column is checked in the first
 * check, with the values outside their lists and the unsafe cells, so a value the decision could not read is refused
 * on its cell, whatever the scenarios cover, instead of going live and failing every decision that reaches its row.
 *
 * @param code    the code the column's template writes, spaces ignored: {@code setFirstResponse("$param")} is the
 *                column whose template is {@code $c.setFirstResponse("$param");}
 * @param problem what is wrong with a cell's text (trimmed, never blank) in the analyst's words, naming the text and
 *                giving an example of what to write; empty when the text reads
 */
public record CellFormat(String code, Function<String, Optional<String>> problem) {

    public CellFormat {
        code = withoutSpaces(code);
    }

    /**
     * One of {@code values}, as the decision compares them (case matters).
     *
     * @param what the value, with its article: "a severity"
     */
    public static CellFormat oneOf(String code, String what, Collection<String> values) {
        List<String> allowed = List.copyOf(values);
        return new CellFormat(code, text -> allowed.contains(text) ? Optional.empty()
            : Optional.of("'" + text + "' is not " + what + ": write one of " + String.join(", ", allowed)));
    }

    /**
     * A whole number from {@code min} to {@code max}, as the code that takes it accepts.
     *
     * @param what    the number, with its article: "a number of business days"
     * @param example a number to show, e.g. 3
     */
    public static CellFormat wholeNumber(String code, String what, int min, int max, int example) {
        String range = max == Integer.MAX_VALUE ? "of " + min + " or more" : "from " + min + " to " + max;
        return new CellFormat(code, text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // said below
            }
            return Optional.of("'" + text + "' is not " + what + ": write a whole number " + range + ", e.g. " + example);
        });
    }

    /** Whether {@code template}, a column's code, writes this format's code. */
    boolean formats(String template) {
        return withoutSpaces(template).contains(code);
    }

    /**
     * A problem on every filled data cell of a column one of {@code formats} names whose text does not read, leaving out
     * the cells {@code found} has a problem on already (a value outside its list, unsafe content).
     */
    static List<RuleProblem> problems(WorkbookLayout layout, List<CellFormat> formats, List<RuleProblem> found) {
        if (formats.isEmpty()) {
            return List.of();
        }
        Set<String> placed = new HashSet<>();
        found.forEach(p -> placed.add(p.sheet() + "!" + p.column() + p.row()));
        List<RuleProblem> problems = new ArrayList<>();
        for (WorkbookLayout.RuleTable table : layout.ruleTables()) {
            for (WorkbookLayout.Column column : table.columns()) {
                if (!column.carriesCode() || column.code() == null) {
                    continue;
                }
                for (CellFormat format : formats) {
                    if (!format.formats(column.code().text())) {
                        continue;
                    }
                    for (int row = table.firstDataRow(); row <= table.lastDataRow(); row++) {
                        Optional<WorkbookLayout.Text> cell = layout.cell(table.sheet(), row, column.col());
                        if (cell.isEmpty() || placed.contains(cell.get().sheet() + "!" + cell.get().column() + cell.get().row())) {
                            continue;
                        }
                        Optional<String> message = format.problem().apply(cell.get().text().trim());
                        if (message.isPresent()) {
                            problems.add(cell.get().problem(message.get()));
                            placed.add(cell.get().sheet() + "!" + cell.get().column() + cell.get().row());
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static String withoutSpaces(String code) {
        return code.replaceAll("\\s+", "");
    }
}
