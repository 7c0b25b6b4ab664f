package io.meridian.escalation;

import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.meridian.names.Nearest;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.GroupCells;
import io.meridian.rules.RuleCell;
import io.meridian.rules.RuleProblem;
import io.meridian.system.EngineReads;
import io.meridian.system.StaffDirectory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The names an escalation workbook uses that Drools cannot check: the groups of its Remind,
 * Escalate to and Notify cells, and the task kinds of its Pace rows. A misspelt group is a
 * candidate group nobody is in and emails to nobody; a misspelt task kind a row that never
 * applies. Both would be found only when a late task reached nobody, so a workbook that names
 * either is refused at upload, on the cell.
 */
@Component
class TableNames {

    /** The code of the columns whose cells name a group (Remind may also say {@value EscalationAction#ASSIGNEE}). */
    private static final List<String> GROUP_COLUMNS = List.of("addReminder(", "addEscalation(", "addNotification(");
    /** The condition whose cells list task kinds, comma-separated. */
    private static final String TASK_KIND_COLUMN = "taskKind";
    /** The Pace sheet's action that gives a task its pace, and the Steps sheet's condition on it and action setting the level. */
    private static final String GIVES_PACE = "setPace(";
    private static final String STEP_PACE = "pace ==";
    private static final String STEP_LEVEL = "setStepLevel(";

    /** How long a group's reach is remembered: one what-if asks for the same few groups a hundred times. */
    private static final Duration REACH_KEPT = Duration.ofSeconds(10);

    private final Supplier<SortedSet<String>> groupIds;
    private final Supplier<SortedSet<String>> taskKinds;
    private final Predicate<String> reachesSomeone;
    private final Map<String, Reach> reach = new ConcurrentHashMap<>();

    private record Reach(boolean someone, Instant read) {
    }

    @Autowired
    TableNames(StaffDirectory staff, RepositoryService repository, EngineReads reads) {
        this(staff::groupIds, () -> reads.asSystem(() -> userTaskIds(repository)), group -> !staff.emailsOf(group).isEmpty());
    }

    /** @param groupIds every group; @param taskKinds every user task id; each asked when a workbook names one */
    TableNames(Supplier<SortedSet<String>> groupIds, Supplier<SortedSet<String>> taskKinds) {
        this(groupIds, taskKinds, group -> true);
    }

    /** @param reachesSomeone whether an email to a group reaches someone (a member has an address) */
    TableNames(Supplier<SortedSet<String>> groupIds, Supplier<SortedSet<String>> taskKinds, Predicate<String> reachesSomeone) {
        this.groupIds = groupIds;
        this.taskKinds = taskKinds;
        this.reachesSomeone = reachesSomeone;
    }

    /** Whether an email to {@code group} reaches anyone now; read again after {@link #REACH_KEPT}. */
    boolean reachesSomeone(String group) {
        Instant now = Instant.now();
        return reach.compute(group, (g, known) -> known != null && known.read().plus(REACH_KEPT).isAfter(now) ? known
            : new Reach(reachesSomeone.test(g), now)).someone();
    }

    /**
     * A problem on each cell that names an unknown group or task kind. Where the groups or processes cannot
     * be read (the identity service's LDAP server does not answer, say), the workbook is refused saying so:
     * it cannot be shown to name only groups that exist.
     */
    List<RuleProblem> problems(CompiledTable candidate) {
        try {
            return names(candidate);
        } catch (RuntimeException e) {
            return List.of(RuleProblem.ofWorkbook("the groups and processes could not be read to check the workbook's Remind, Escalate to,"
                + " Notify and task kind cells (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); try again"));
        }
    }

    private List<RuleProblem> names(CompiledTable candidate) {
        List<RuleProblem> problems = new ArrayList<>();
        GroupCells groups = GroupCells.checking(groupIds);
        for (String code : GROUP_COLUMNS) {
            problems.addAll(groups.unknown(candidate, code, code.equals("addReminder(") ? Set.of(EscalationAction.ASSIGNEE) : Set.of(),
                "a late task would reach nobody"));
        }
        problems.addAll(paces(candidate));
        SortedSet<String> kinds = null;
        for (NamedKind named : kindsNamed(candidate)) {
            if (kinds == null) {
                kinds = taskKinds.get();
            }
            if (!kinds.contains(named.kind())) {
                problems.add(named.cell().problem("'" + named.kind() + "' is no user task of a deployed process, so this row would never"
                    + " apply." + meant(named.kind(), kinds) + " Task kinds are the ids of user tasks (in the Modeler): "
                    + String.join(", ", kinds)));
            }
        }
        return problems;
    }

    /**
     * The paces the Pace sheet gives tasks against those the Steps sheet lists: a pace no step lists would never escalate
     * the tasks given it (a misspelt "FAST " or "Fast": Drools compares the text as written), and a step whose pace no
     * Pace row gives would never apply. A Steps row with a level but no pace applies to every pace, so with one such row
     * every pace escalates.
     */
    static List<RuleProblem> paces(CompiledTable candidate) {
        List<RuleCell> given = candidate.cellsOfColumns(GIVES_PACE);
        List<RuleCell> stepped = candidate.cellsOfColumns(STEP_PACE);
        SortedSet<String> givenPaces = new TreeSet<>(given.stream().map(RuleCell::text).toList());
        SortedSet<String> steppedPaces = new TreeSet<>(stepped.stream().map(RuleCell::text).toList());
        Set<Integer> steppedRows = new java.util.HashSet<>(stepped.stream().map(RuleCell::row).toList());
        boolean aStepForEveryPace = candidate.cellsOfColumns(STEP_LEVEL).stream().anyMatch(level -> !steppedRows.contains(level.row()));
        List<RuleProblem> problems = new ArrayList<>();
        if (!aStepForEveryPace) {
            for (RuleCell cell : given) {
                if (!steppedPaces.contains(cell.text())) {
                    problems.add(cell.problem("the pace '" + cell.text() + "' has no row on the Steps sheet, so a task given it would never"
                        + " escalate." + meant(cell.text(), steppedPaces) + " Paces the Steps sheet lists: " + String.join(", ", steppedPaces)));
                }
            }
        }
        for (RuleCell cell : stepped) {
            if (!givenPaces.contains(cell.text())) {
                problems.add(cell.problem("no row of the Pace sheet gives a task the pace '" + cell.text() + "', so this step would never"
                    + " apply." + meant(cell.text(), givenPaces) + " Paces the Pace sheet gives: " + String.join(", ", givenPaces)));
            }
        }
        return problems;
    }

    /** One task kind a Pace row names, and the cell that names it. */
    record NamedKind(RuleCell cell, String kind) {
    }

    /** Every task kind the table's Pace rows name, in the order written (a cell lists them comma-separated). */
    static List<NamedKind> kindsNamed(CompiledTable table) {
        List<NamedKind> named = new ArrayList<>();
        for (RuleCell cell : table.cellsOfColumns(TASK_KIND_COLUMN)) {
            for (String kind : cell.text().split(",")) {
                if (!kind.isBlank()) {
                    named.add(new NamedKind(cell, kind.trim()));
                }
            }
        }
        return named;
    }

    private static String meant(String written, SortedSet<String> known) {
        return Nearest.to(written, known).map(name -> " Did you mean '" + name + "'?").orElse("");
    }

    /** The ids of the user tasks of every process's latest version, read as the system (an analyst may not read processes). */
    private static SortedSet<String> userTaskIds(RepositoryService repository) {
        SortedSet<String> ids = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                .forEach(task -> ids.add(task.getId()));
        }
        return ids;
    }
}
