package io.meridian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Every check a workbook passes before it may go live, in order: it is a workbook, no cell
 * would inject code, Drools builds it without errors or warnings, and every scenario of its
 * Scenarios sheet gives the expected answers on the candidate build. Nothing here touches
 * the version in force.
 */
@Component
public class WorkbookValidator {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final DecisionTableCompiler compiler = new DecisionTableCompiler();
    private final Map<String, ScenarioRunner> runners;

    public WorkbookValidator(List<ScenarioRunner> runners) {
        this.runners = runners.stream().collect(Collectors.toMap(ScenarioRunner::table, Function.identity()));
    }

    public CheckedWorkbook check(String table, byte[] workbook) {
        requireTableName(table);
        if (workbook == null || workbook.length == 0) {
            throw new RuleBookException(table, List.of(RuleProblem.ofWorkbook("the file is empty")));
        }
        CompiledTable candidate = compiler.compile(table, workbook);
        WorkbookLayout layout = WorkbookLayout.read(table, workbook);
        ScenarioRunner runner = runners.get(table);
        List<RuleProblem> rows = runner == null ? List.of() : runner.check(candidate);
        if (!rows.isEmpty()) {
            throw new RuleBookException(table, rows);
        }
        List<ScenarioResult> results = ScenarioSheet.run(table, layout, candidate, runners.get(table));
        List<RuleProblem> failures = new ArrayList<>();
        results.forEach(r -> failures.addAll(r.failures()));
        if (!failures.isEmpty()) {
            throw new RuleBookException(table, failures);
        }
        return new CheckedWorkbook(candidate, results);
    }

    /** The tables in an order that loads each table after the tables its scenarios need; otherwise by name. */
    List<String> loadOrder(java.util.Collection<String> tables) {
        List<String> pending = new ArrayList<>(new java.util.TreeSet<>(tables));
        List<String> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = pending.stream()
                .filter(t -> runners.get(t) == null || runners.get(t).needs().stream().noneMatch(pending::contains))
                .findFirst().orElse(pending.get(0));
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /** Builds without scenarios: for versions that were accepted before, read back from the database. */
    CompiledTable rebuild(String table, byte[] workbook, int version) {
        return compiler.compile(table, workbook, version);
    }

    static void requireTableName(String table) {
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new RuleBookException(String.valueOf(table), List.of(RuleProblem.ofWorkbook(
                "a table name is lower-case letters, digits and hyphens, e.g. etiquette or complaint-handling")));
        }
    }
}
