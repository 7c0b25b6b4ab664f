package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.meridian.escalation.EscalationSweepProcess.Var;
import io.meridian.testsupport.DeletedAfterwards;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How long the escalation sweep takes over 10,000 open tasks with due dates, on H2 in file mode as
 * the default run: the check alone (read every task, decide each), then whole sweep runs as the
 * job executor runs them (check plus applying at most {@code max-tasks-per-sweep} new levels in
 * one transaction) until nothing is left, then runs with nothing new to do (they check only the
 * tasks escalated by the run before, whose next level is not planned yet). Not part of the
 * normal build; run with
 * {@code ./mvnw test -Dtest=EscalationSweepBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 * Writes {@code target/escalation-sweep-benchmark.txt}.
 */
@Tag("benchmark")
@DeletedAfterwards("target/benchmark/escalation-sweep") // its H2 database, gigabytes after a run
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/escalation-sweep/escalation-${random.uuid}",
    "logging.level.root=WARN"})
class EscalationSweepBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EscalationSweepBenchmark.class);
    private static final int TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final Instant NOW = T0.plus(Duration.ofHours(24));
    private static final List<String> KINDS = List.of("replyToInquiry", "confirmOrder", "updateProductionProgress", "clearCustoms");

    @Autowired
    ProcessEngine engine;
    @Autowired
    EscalationSweep sweep;
    @Autowired
    EscalationSettings settings;

    private final List<String> report = new ArrayList<>();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void measureTheSweepOverTenThousandOpenTasks() throws Exception {
        long created = System.nanoTime();
        createTasks();
        line("setup: %d open tasks with due dates created in %.1f s (4 task kinds, 1/3 tier A, 1/10 CRITICAL, due 8..72 h after creation)",
            TASKS, (System.nanoTime() - created) / 1e9);
        ClockUtil.setCurrentTime(Date.from(NOW));

        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            EscalationSweep.Check check = sweep.check(NOW);
            assertThat(check.tasksChecked()).as("every open task is read").isEqualTo(TASKS);
            assertThat(check.due()).as("some tasks are due a level").isNotEmpty();
            line("check only, round %d: %d tasks read and decided in %d ms, %d due a new level",
                i, check.tasksChecked(), millis(start), check.due().size());
        }
        int run = 0;
        int escalated;
        long drainStart = System.nanoTime();
        do {
            run++;
            long start = System.nanoTime();
            ProcessInstance instance = sweepJob();
            escalated = variable(instance, Var.TASKS_ESCALATED);
            line("sweep run %d (job): %d escalated, %d left for the next run, %d ms", run, escalated,
                variable(instance, Var.TASKS_DEFERRED), millis(start));
        } while (escalated > 0 && run < 100);
        assertThat(escalated).as("every due level applied within 100 runs").isZero();
        assertThat(sweep.check(NOW).due()).as("nothing left to escalate").isEmpty();
        String anEscalated = engine.getTaskService().createTaskQuery().taskVariableValueGreaterThan(EscalationActions.LEVEL, 0)
            .listPage(0, 1).get(0).getId();
        assertThat((String) engine.getTaskService().getVariableLocal(anEscalated, "briefing")).as("the form's briefing says it first")
            .startsWith(EscalationActions.ESCALATED).endsWith(BRIEFING);
        line("all due levels applied in %d runs of at most %d tasks, %.1f s in total", run - 1, settings.maxTasksPerSweep(),
            (System.nanoTime() - drainStart) / 1e9);
        int checkedLast = -1;
        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            ProcessInstance instance = sweepJob();
            assertThat(variable(instance, Var.TASKS_ESCALATED)).as("a level happens once").isZero();
            checkedLast = variable(instance, Var.TASKS_CHECKED);
            line("sweep with nothing new, round %d (job): %d tasks checked, %d escalated, %d ms", i,
                variable(instance, Var.TASKS_CHECKED), variable(instance, Var.TASKS_ESCALATED), millis(start));
        }
        assertThat(checkedLast).as("with every task planned, a run checks none of the tasks not yet due").isZero();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/escalation-sweep-benchmark.txt"), report);
        log.warn("Escalation sweep benchmark:\n{}", String.join("\n", report));
    }

    /** About as long as a journey task's briefing (client, request, inquiry, due, next contact window, desk). */
    private static final String BRIEFING = "**Client:** Nakamura Trading, Kenji Nakamura <kenji@nakamura.example>, JP, tier A, prefers EMAIL\n\n"
        + "**Request:** 500 × LED panel 60x60 via email, received Fri 4 Dec 2026 09:12 team time (Asia/Shanghai) = Fri 4 Dec 2026"
        + " 10:12 client time (Asia/Tokyo)\n\n**Inquiry:** 01a24948-70d4-77eb-bbf9-30e4c2bac1e4 (shop reference SHOP-1001)\n\n"
        + "**Due:** Sat 5 Dec 2026 09:12 team time (Asia/Shanghai) = Sat 5 Dec 2026 10:12 client time (Asia/Tokyo)\n\n"
        + "**Next contact window:** Mon 7 Dec 2026 08:00–17:00 team time (Asia/Shanghai) = Mon 7 Dec 2026 09:00–18:00 client time"
        + " (Asia/Tokyo)";

    /** One minimal process per task kind, instances started on two threads with the clock at T0. */
    private void createTasks() throws Exception {
        for (String kind : KINDS) {
            engine.getRepositoryService().createDeployment().name("bench-" + kind).addModelInstance("bench-" + kind + ".bpmn",
                Bpmn.createExecutableProcess("bench_" + kind).camundaHistoryTimeToLive(1).startEvent()
                    .userTask(kind).camundaCandidateGroups("sales").camundaDueDate("${due}")
                    // a form's briefing as a journey task has one, which each escalation rewrites
                    .camundaTaskListenerExpression(TaskListener.EVENTNAME_CREATE, "${task.setVariableLocal('briefing', briefing)}")
                    .endEvent().done()).deploy();
        }
        ClockUtil.setCurrentTime(Date.from(T0));
        ExecutorService starters = Executors.newFixedThreadPool(2);
        List<Future<?>> halves = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            int first = half;
            halves.add(starters.submit(() -> {
                for (int n = first; n < TASKS; n += 2) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("due", Date.from(T0.plus(Duration.ofHours(8 + n % 65))));
                    variables.put("briefing", BRIEFING);
                    variables.put("tier", n % 3 == 0 ? "A" : "B");
                    if (n % 10 == 0) {
                        variables.put("severity", "CRITICAL");
                    }
                    engine.getRuntimeService().startProcessInstanceByKey("bench_" + KINDS.get(n % KINDS.size()), variables);
                }
            }));
        }
        for (Future<?> f : halves) {
            f.get();
        }
        starters.shutdown();
    }

    private ProcessInstance sweepJob() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(EscalationSweepProcess.KEY);
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        engine.getManagementService().executeJob(job.getId());
        return instance;
    }

    private int variable(ProcessInstance instance, String name) {
        return (Integer) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .variableName(name).singleResult().getValue();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
