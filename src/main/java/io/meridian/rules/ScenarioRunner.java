package io.meridian.rules;

import java.util.Map;

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
     * @param candidate the build under test; run it with {@link RuleBook#run(CompiledTable, java.util.Collection)}
     * @param given     the GIVEN cells of one row by column name (names as written; blank cells left out)
     * @return every output by name; a collection for list outputs, null when the answer has none
     * @throws IllegalArgumentException when a given value cannot be used, with a message for the analyst
     */
    Map<String, Object> run(CompiledTable candidate, Map<String, String> given);

    /** Tables whose version in force this table's decisions use (they are loaded first at start-up). */
    default java.util.List<String> needs() {
        return java.util.List.of();
    }
}
