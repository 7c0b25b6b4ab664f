package io.meridian.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.meridian.complaint.Severity;
import io.meridian.desk.ClientDesks;
import io.meridian.etiquette.Tier;
import io.meridian.process.InstanceVariables;
import io.meridian.process.RoundTheClock;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.PreviewSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Escalation's what-if. The decisions compared are whole ladders: per task kind the Pace sheets of
 * either version name (and any other task, which takes the default rows), tier and severity, the
 * pace and at what share of its time each level comes and what it does. The running work is every
 * open task with a due time, decided at the share of its time it has used now: a task at another
 * level now is one whose escalation the new table changes at once (a higher level is applied at
 * the next sweep; a level already applied is never taken back).
 */
@Component
class EscalationPreviewSource implements PreviewSource {

    /** The kind the preview gives every task the Pace sheets do not name, and a task made in Tasklist by hand: the rows that name no task kind decide it. */
    static final String ANY_OTHER_TASK = "anyOtherTask";
    /** The process variables a task is decided with (as the sweep reads them), and whose it is. */
    private static final String TIER = "tier";
    private static final String SEVERITY = "severity";
    private static final String COMPANY = "company";
    private static final String CLIENT_ID = "clientId";
    private static final int PAGE = 500;
    private static final Words WORDS = new Words("open tasks with a due time",
        "at another level now (a higher one is applied at the next sweep, none is taken back)",
        "with another pace or other actions only", "Level now", "other");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ShareClocks clocks;
    private final ClientDesks desks;

    EscalationPreviewSource(TaskService tasks, RuntimeService runtime, ShareClocks clocks, ClientDesks desks) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.clocks = clocks;
        this.desks = desks;
    }

    @Override
    public String table() {
        return EscalationDecisionService.TABLE;
    }

    @Override
    public Words words() {
        return WORDS;
    }

    /** Without the builds only the kind no row names is known. */
    @Override
    public List<PreviewCase> cases() {
        return cases(List.of(ANY_OTHER_TASK));
    }

    @Override
    public List<PreviewCase> cases(CompiledTable inForce, CompiledTable candidate) {
        Set<String> kinds = new TreeSet<>();
        for (CompiledTable build : List.of(inForce, candidate)) {
            TableNames.kindsNamed(build).forEach(named -> kinds.add(named.kind()));
        }
        List<String> all = new ArrayList<>(kinds);
        all.add(ANY_OTHER_TASK);
        return cases(all);
    }

    private static List<PreviewCase> cases(List<String> kinds) {
        List<PreviewCase> cases = new ArrayList<>();
        for (String kind : kinds) {
            for (Tier tier : Tier.values()) {
                for (Severity severity : Severity.values()) {
                    Map<String, String> given = new LinkedHashMap<>();
                    given.put("taskKind", kind);
                    given.put("tier", tier.name());
                    given.put(SEVERITY, severity.name());
                    cases.add(new PreviewCase((kind.equals(ANY_OTHER_TASK) ? "any other task" : kind) + ", tier " + tier + ", " + severity, given));
                }
            }
        }
        return cases;
    }

    @Override
    public List<RunningWork> running() {
        Instant now = Instant.now();
        List<RunningWork> work = new ArrayList<>();
        // as the sweep counts each task's time: 7×24, or the working time of its client's desk
        Set<String> roundTheClock = tasks.createTaskQuery().active().taskVariableValueEquals(RoundTheClock.VARIABLE, true).list()
            .stream().map(Task::getId).collect(Collectors.toSet());
        Map<String, Optional<String>> deskOfClient = new HashMap<>();
        for (int first = 0; ; first += PAGE) {
            List<Task> page = tasks.createTaskQuery().active().dueAfter(Date.from(Instant.EPOCH)).orderByTaskId().asc().listPage(first, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<String, Map<String, String>> values = InstanceVariables.asText(runtime, page.stream().map(Task::getProcessInstanceId)
                .filter(java.util.Objects::nonNull).distinct().toArray(String[]::new), TIER, SEVERITY, COMPANY, CLIENT_ID);
            for (Task task : page) {
                Map<String, String> v = values.getOrDefault(task.getProcessInstanceId(), Map.of());
                Map<String, String> given = new LinkedHashMap<>();
                // a task made in Tasklist by hand has no kind: the sweep decides it by the rows that name none
                given.put("taskKind", task.getTaskDefinitionKey() == null ? ANY_OTHER_TASK : task.getTaskDefinitionKey());
                // as the sweep decides it: an unknown tier or severity ("X", "urgent") counts as the default
                Tier tier = EscalationSweep.parse(Tier.class, v.get(TIER));
                Severity severity = EscalationSweep.parse(Severity.class, v.get(SEVERITY));
                given.put("tier", (tier == null ? EscalationDecisionService.DEFAULT_TIER : tier).name());
                given.put(SEVERITY, (severity == null ? EscalationDecisionService.DEFAULT_SEVERITY : severity).name());
                String clientId = v.get(CLIENT_ID);
                String desk = clientId == null || !clocks.byDesk() ? null
                    : deskOfClient.computeIfAbsent(clientId, desks::deskOf).orElse(null);
                given.put("elapsedShare", String.valueOf(clocks.of(desk, roundTheClock.contains(task.getId()))
                    .share(task.getCreateTime().toInstant(), task.getDueDate().toInstant(), now)));
                String name = task.getName() != null ? task.getName() : given.get("taskKind");
                work.add(new RunningWork(name, task.getId(), v.getOrDefault(COMPANY, ""), given, 1));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return work;
    }

    @Override
    public Set<String> timingOutputs() {
        return Set.of("level");
    }
}
