package io.meridian.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.names.Nearest;

/**
 * Runs the analysts' scenarios of one table. The owner of a table (etiquette, complaint
 * handling, escalation, ...) registers one as a Spring bean: it turns the GIVEN cells of one
 * Scenarios row into that table's facts, runs them on the candidate build (never on the
 * version in force) and answers every output an EXPECT column may name.
 */
public interface ScenarioRunner {

    /** The table name, as in {@code <table>.drl.xlsx}. */
    String table();

    /**
     * An output that is no answer but says where an input of the decision came from when another table under check gave
     * it (complaint handling's feedback style from an etiquette workbook that changes it): a failing scenario's message
     * ends with it, so the analyst looks at the cell that changed.
     */
    String INPUT_NOTE = "inputNote";

    /**
     * @param candidate the build under test; run it with {@link RuleBook#run(CompiledTable, java.util.Collection)}
     * @param given     the GIVEN cells of one row by column name (names as written; blank cells left out)
     * @return every output by name; a collection for list outputs, null when the answer has none
     * @throws IllegalArgumentException when a given value cannot be used, with a message for the analyst
     */
    Map<String, Object> run(CompiledTable candidate, Map<String, String> given);

    /**
     * The answer the what-if preview compares ({@link DecisionPreview}): by default the scenario's
     * answer; a table may answer a case its scenarios cannot pose (escalation: a task's whole ladder).
     */
    default Map<String, Object> preview(CompiledTable build, Map<String, String> given) {
        return run(build, given);
    }

    /**
     * Checks of the candidate's data rows that scenarios may not reach (e.g. every dated row of a
     * sheet parses), run before the scenarios; each problem placed at its sheet and row.
     */
    default List<RuleProblem> check(CompiledTable candidate) {
        return List.of();
    }

    /**
     * What the cells of the columns whose value a decision reads later must read as (a duration, a time zone, one of a
     * set of words): checked cell by cell in the first check, before anything is built ({@link CellFormat}), so that a
     * cell no decision could read is refused on that cell, whether or not a scenario reaches its row.
     */
    default List<CellFormat> cellFormats() {
        return List.of();
    }

    /** Tables whose version in force this table's decisions use (they are loaded first at start-up). */
    default List<String> needs() {
        return List.of();
    }

    /**
     * The GIVEN cells by a key that ignores case, spaces and punctuation ({@code Order value} and
     * {@code orderValue} are both {@code ordervalue}), refusing a column the table does not know.
     *
     * @param columns the columns a table knows, as the analyst should write them (e.g. {@code orderValue})
     * @throws IllegalArgumentException naming the unknown column and the known ones
     */
    static Map<String, String> inputs(Map<String, String> given, List<String> columns) {
        List<String> known = columns.stream().map(ScenarioRunner::key).toList();
        Map<String, String> inputs = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            String key = key(name);
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown GIVEN column '" + name + "' ("
                    + columns.stream().collect(Collectors.joining(", ")) + ")"
                    + Nearest.to(name, columns).map(column -> ": did you mean '" + column + "'?").orElse(""));
            }
            inputs.put(key, value);
        });
        return inputs;
    }

    private static String key(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
