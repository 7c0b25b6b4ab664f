package io.meridian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.meridian.names.Nearest;
import org.springframework.stereotype.Component;

/**
 * Every check a workbook passes before it may go live, in order: it is a workbook, no cell
 * would inject code, Drools builds it without errors or warnings, and every scenario of its
 * Scenarios sheet gives the expected answers on the candidate build, and so does every
 * table that depends on this one with the candidate tried in place of the version in force.
 * Nothing here touches the version in force.
 */
@Component
public class WorkbookValidator {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** Builds candidates, checking their cells against their tables' formats first. */
    private final DecisionTableCompiler compiler;
    /** Builds versions accepted before (a start-up, another node's activation): what is in force loads as it is. */
    private final DecisionTableCompiler accepted;
    private final Map<String, ScenarioRunner> runners;
    private final RuleBook book;

    /** Without a rule book in force: dependent tables are not checked (for tests of one table). */
    public WorkbookValidator(List<ScenarioRunner> runners) {
        this(runners, new RuleBook());
    }

    /** With the tables in force in {@code book}; every table is built from its workbook. */
    public WorkbookValidator(List<ScenarioRunner> runners, RuleBook book) {
        this(runners, book, StoredBuilds.off());
    }

    @org.springframework.beans.factory.annotation.Autowired
    WorkbookValidator(List<ScenarioRunner> runners, RuleBook book, RulesSettings settings) {
        this(runners, book, StoredBuilds.in(settings.storedBuilds()));
    }

    WorkbookValidator(List<ScenarioRunner> runners, RuleBook book, StoredBuilds stored) {
        this.runners = runners.stream().collect(Collectors.toMap(ScenarioRunner::table, Function.identity()));
        this.compiler = new DecisionTableCompiler(stored, this::cellFormats);
        this.accepted = new DecisionTableCompiler(stored);
        this.book = book;
    }

    /** The formats {@code table}'s owner gives its columns ({@link ScenarioRunner#cellFormats}); none for a table without one. */
    private List<CellFormat> cellFormats(String table) {
        ScenarioRunner runner = runners.get(table);
        return runner == null ? List.of() : runner.cellFormats();
    }

    public CheckedWorkbook check(String table, byte[] workbook) {
        Checked checked = report(table, workbook);
        if (!checked.report().passed()) {
            throw new RuleBookException(table, checked.report().allProblems());
        }
        return new CheckedWorkbook(checked.candidate(), checked.report().scenarios());
    }

    /** A report and, when the workbook built, its candidate (never in force). */
    public record Checked(CheckReport report, CompiledTable candidate) {
    }

    /**
     * Every check, reported rather than thrown: the problems before compiling and from the
     * build, the workbook's scenario results (passed and failed), and the scenarios of every
     * table that depends on this one, run again with the candidate tried in its place.
     */
    public Checked report(String table, byte[] workbook) {
        requireTableName(table);
        if (!knows(table)) {
            return new Checked(CheckReport.refused(table, List.of(RuleProblem.ofWorkbook(unknownTable(table)))), null);
        }
        if (workbook == null || workbook.length == 0) {
            return new Checked(CheckReport.refused(table, List.of(RuleProblem.ofWorkbook("the file is empty"))), null);
        }
        CompiledTable candidate;
        WorkbookLayout layout;
        try {
            candidate = compiler.compile(table, workbook);
            layout = candidate.layout();
        } catch (RuleBookException e) {
            return new Checked(CheckReport.refused(table, e.problems()), null);
        }
        Optional<String> otherTables = anotherTablesWorkbook(table, layout);
        if (otherTables.isPresent()) {
            return new Checked(CheckReport.refused(table, List.of(RuleProblem.ofWorkbook(otherTables.get()))), candidate);
        }
        List<RuleProblem> content = firstCheck(candidate);
        if (!content.isEmpty()) {
            return new Checked(CheckReport.refused(table, content), null);
        }
        ScenarioRunner runner = runners.get(table);
        List<RuleProblem> rows = runner == null ? List.of() : runner.check(candidate);
        if (!rows.isEmpty()) {
            return new Checked(CheckReport.refused(table, rows), candidate);
        }
        List<ScenarioResult> results;
        try {
            results = ScenarioSheet.run(table, layout, candidate, runner);
        } catch (RuleBookException e) {
            return new Checked(CheckReport.refused(table, e.problems()), candidate);
        }
        return new Checked(new CheckReport(table, List.of(), results, dependents(candidate)), candidate);
    }

    /**
     * Why a workbook is refused as {@code table}'s when its rules go to another table's package (the escalation workbook
     * uploaded as etiquette): said once, before its rows and scenarios, which would each fail; empty when it is not so.
     */
    private Optional<String> anotherTablesWorkbook(String table, WorkbookLayout layout) {
        Optional<String> written = layout.ruleSet();
        Optional<String> expected = book.find(table).flatMap(t -> t.layout().ruleSet());
        if (written.isEmpty() || expected.isEmpty() || written.get().equals(expected.get())) {
            return Optional.empty();
        }
        Optional<String> owner = book.tables().stream().filter(t -> !t.table().equals(table) && t.layout().ruleSet().equals(written))
            .map(CompiledTable::table).findFirst();
        return Optional.of(owner.map(o -> "this is the " + o + " table's workbook").orElse("this is not the " + table + " table's workbook")
            + ": its rules go to " + written.get() + " (sheet 'About', RuleSet), the " + table + " table's to " + expected.get()
            + owner.map(o -> "; check and upload it as " + o + ", or choose the " + table + " workbook").orElse(""));
    }

    /** Whether {@code table} is one of the server's tables (one with scenarios); any table when none is registered (a test's validator). */
    boolean knows(String table) {
        return runners.isEmpty() || runners.containsKey(table);
    }

    /** Why a workbook of {@code table}, which is none of the server's, is refused, with the table it probably is. */
    String unknownTable(String table) {
        SortedSet<String> tables = new TreeSet<>(runners.keySet());
        Optional<String> meant = Nearest.to(table, tables)
            .or(() -> tables.stream().filter(t -> table.startsWith(t + "-")).findFirst());
        return "'" + table + "' is no rule table of this server, whose tables are " + String.join(", ", tables)
            + meant.map(t -> " (did you mean '" + t + "'?)").orElse("") + ": a workbook's file name says its table, e.g. "
            + meant.orElse(tables.first()) + RuleBook.SUFFIX + ", and so does the API's path (/api/rules/{table})";
    }

    /** The scenarios of a build's own workbook, run on that build; nothing in force changes. */
    List<ScenarioResult> scenarios(CompiledTable build) {
        return ScenarioSheet.run(build.table(), build.layout(), build, runners.get(build.table()));
    }

    /**
     * The problems of the first check (unsafe cells, values outside their lists, values the decision could not read) that
     * the build of {@code build} did not report: all of them for a build loaded from a stored one, which skipped the
     * checks before the build, so that a server that checks more than the one that stored it refuses here what it would
     * have refused there; the cell formats for a build of the same bytes made in this JVM by a compiler that knew none
     * (the start-up's on its own thread, a test's).
     */
    List<RuleProblem> firstCheck(CompiledTable build) {
        WorkbookLayout layout = build.layout();
        List<CellFormat> formats = cellFormats(build.table());
        return build.layoutSource().checkedByTheBuild() ? CellFormat.problems(layout, formats, List.of())
            : DecisionTableCompiler.contentProblems(layout, formats);
    }

    /** The tables whose scenarios use {@code table}'s decisions (complaint handling uses etiquette). */
    public List<String> dependentsOf(String table) {
        return runners.values().stream().filter(r -> r.needs().contains(table)).map(ScenarioRunner::table).sorted().toList();
    }

    /** The failures of the dependent tables' scenarios with {@code build} tried in force, named by table. */
    List<RuleProblem> dependentProblems(CompiledTable build) {
        return new CheckReport(build.table(), List.of(), List.of(), dependents(build)).allProblems();
    }

    private Map<String, List<ScenarioResult>> dependents(CompiledTable candidate) {
        Map<String, List<ScenarioResult>> results = new java.util.TreeMap<>();
        for (String dependent : dependentsOf(candidate.table())) {
            book.find(dependent).ifPresent(inForce -> {
                WorkbookLayout layout = inForce.layout();
                results.put(dependent, book.trying(candidate,
                    () -> ScenarioSheet.run(dependent, layout, inForce, runners.get(dependent))));
            });
        }
        return results;
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

    /**
     * Builds without the cell formats and the scenarios: for versions that were accepted before, read back from the
     * database (a start, another node's activation, a roll back). Each then goes through {@link #firstCheck} before it is
     * put in force ({@link RuleVersions}), as a version stored by a server that checked fewer cells may hold one no
     * decision can read.
     */
    CompiledTable rebuild(String table, byte[] workbook, int version) {
        return accepted.compile(table, workbook, version);
    }

    static void requireTableName(String table) {
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new RuleBookException(String.valueOf(table), List.of(RuleProblem.ofWorkbook(
                "a table name is lower-case letters, digits and hyphens, e.g. etiquette or complaint-handling")));
        }
    }
}
