package io.meridian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the checks found in one workbook the analysts own, whatever it holds (a decision table,
 * message templates, a holiday sheet): problems placed on cells ({@link RuleProblem}: sheet,
 * row, column, the cell's text, a message in the analyst's words), the results of the
 * workbook's own scenarios, and the scenarios of other tables that were run again because they
 * depend on it. It passed when nothing failed anywhere.
 *
 * @param subject    what was checked, e.g. the table name
 * @param problems   problems found before any scenario ran (file, allowed values, unsafe cells, build)
 * @param scenarios  the workbook's own scenarios, empty when it did not get that far
 * @param dependents per dependent table, its scenarios run again with this workbook in force
 */
public record CheckReport(String subject, List<RuleProblem> problems, List<ScenarioResult> scenarios,
                          Map<String, List<ScenarioResult>> dependents) {

    public CheckReport {
        problems = List.copyOf(problems);
        scenarios = List.copyOf(scenarios);
        dependents = Map.copyOf(dependents);
    }

    public static CheckReport refused(String subject, List<RuleProblem> problems) {
        return new CheckReport(subject, problems, List.of(), Map.of());
    }

    public boolean passed() {
        return problems.isEmpty() && scenarios.stream().allMatch(ScenarioResult::passed)
            && dependents.values().stream().flatMap(List::stream).allMatch(ScenarioResult::passed);
    }

    public long scenariosFailed() {
        return scenarios.stream().filter(s -> !s.passed()).count();
    }

    /** Every problem: the workbook's, its failed scenarios', and the dependent tables' failed scenarios (named by table). */
    public List<RuleProblem> allProblems() {
        List<RuleProblem> all = new ArrayList<>(problems);
        scenarios.forEach(s -> all.addAll(s.failures()));
        dependents.forEach((table, results) -> results.forEach(s -> s.failures().forEach(f -> all.add(new RuleProblem(
            f.sheet() == null ? null : table + RuleBook.SUFFIX + " / " + f.sheet(), f.row(), f.column(), f.cell(),
            "with this " + subject + " workbook, " + table + " " + f.message(), f.expected(), f.actual())))));
        return List.copyOf(all);
    }
}
