package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
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

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CompiledTable;
import io.meridian.testsupport.DeletedAfterwards;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the escalation sweep's cost stays flat as open tasks grow while few are due (issue 16):
 * 10,000 open tasks, then 50,000, of which only {@value #DUE_PER_ROUND} per minute reach a new
 * level. After the first run (which plans every task once), each minute's run is timed (wall
 * and CPU time of the sweeping thread, H2 embedded so the database work is on that thread too)
 * and set against the sweep before issue 16 (read every open task with its variables and decide
 * each) on the same data in the same run. CPU share = the run's CPU time per minute, on one of
 * the machine's cores. Not part of the normal build; run with
 * {@code ./mvnw test -Dtest=EscalationSweepScalingBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 * Writes {@code target/escalation-sweep-scaling.txt}.
 */
@Tag("benchmark")
@DeletedAfterwards("target/benchmark/escalation-sweep-scaling") // its H2 database, gigabytes after a run
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/escalation-sweep-scaling/escalation-scaling-${random.uuid}",
    "logging.level.root=WARN"})
class EscalationSweepScalingBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EscalationSweepScalingBenchmark.class);
    private static final int FIRST = Integer.getInteger("bench.tasks", 10_000);
    private static final int SECOND = Integer.getInteger("bench.moreTasks", 50_000);
    private static final int DUE_PER_ROUND = 20;
    private static final int ROUNDS = 5;
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    /** The sweep before issue 16: every open task with its variables and level, decided one by one. */
    private static final String EVERY_OPEN_TASK = """
        select t.ID_ as task_id, t.TASK_DEF_KEY_ as task_kind, t.CREATE_TIME_ as created, t.DUE_DATE_ as due,
               tier.TEXT_ as tier, severity.TEXT_ as severity,
               (select max(e.level) from task_escalation e where e.task_id = t.ID_) as reached_level
        from ACT_RU_TASK t
        left join ACT_RU_VARIABLE tier on tier.EXECUTION_ID_ = t.PROC_INST_ID_ and tier.TASK_ID_ is null
             and tier.NAME_ = 'tier' and tier.TYPE_ = 'string'
        left join ACT_RU_VARIABLE severity on severity.EXECUTION_ID_ = t.PROC_INST_ID_ and severity.TASK_ID_ is null
             and severity.NAME_ = 'severity' and severity.TYPE_ = 'string'
        where t.DUE_DATE_ is not null and t.SUSPENSION_STATE_ = 1 and t.CREATE_TIME_ <= :now
        """;

    @Autowired
    ProcessEngine engine;
    @Autowired
    EscalationSweep sweep;
    @Autowired
    EscalationDecisionService decisions;
    @Autowired
    JdbcClient jdbc;

    private final List<String> report = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private int created;
    private Instant now = T0.plus(Duration.ofHours(1));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void sweepCostStaysFlatAsOpenTasksGrow() throws Exception {
        engine.getRepositoryService().createDeployment().name("bench-scaling").addModelInstance("bench-scaling.bpmn",
            Bpmn.createExecutableProcess("bench_scaling").camundaHistoryTimeToLive(1).startEvent()
                .userTask("replyToInquiry").camundaCandidateGroups("sales").camundaDueDate("${due}").endEvent().done()).deploy();
        line("%s, %d cores, JVM %s, max heap %d MiB", Instant.now(), Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        double[] at10k = measure(FIRST);
        double[] at50k = measure(SECOND);
        line("steady run, median of %d: %d open tasks %.1f ms (CPU %.1f ms, %.3f %% of a core), before issue 16 %.1f ms;"
                + " %d open tasks %.1f ms (CPU %.1f ms, %.3f %% of a core), before %.1f ms",
            ROUNDS, FIRST, at10k[0], at10k[1], at10k[1] / 600, at10k[2], SECOND, at50k[0], at50k[1], at50k[1] / 600, at50k[2]);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/escalation-sweep-scaling.txt"), report);
        log.warn("Escalation sweep scaling:\n{}", String.join("\n", report));
    }

    /** Grows the open tasks to {@code total}, plans them with one run, then times {@value #ROUNDS} one-minute runs. */
    private double[] measure(int total) throws Exception {
        long setup = System.nanoTime();
        createTasks(total - created);
        line("%d open tasks (%.1f s to create)", total, (System.nanoTime() - setup) / 1e9);
        now = now.plus(Duration.ofMinutes(1));
        ClockUtil.setCurrentTime(Date.from(now));
        long start = System.nanoTime();
        SweepReport first = sweep.sweep(engine, now);
        line("  first run (plans every new task once): %d checked, %d escalated, %d ms", first.tasksChecked(), first.tasksEscalated(),
            (System.nanoTime() - start) / 1_000_000);
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        int escalated = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            now = now.plus(Duration.ofMinutes(1));
            ClockUtil.setCurrentTime(Date.from(now));
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            SweepReport run = sweep.sweep(engine, now);
            wall.add((System.nanoTime() - wallStart) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            escalated += run.tasksEscalated();
            long beforeStart = System.nanoTime();
            int decided = everyOpenTaskDecided(now);
            before.add((System.nanoTime() - beforeStart) / 1e6);
            assertThat(decided).as("the sweep before issue 16 reads every open task").isEqualTo(total);
            assertThat(run.tasksChecked()).as("a run checks only the tasks whose next level is due").isLessThan(total / 10);
            line("  run %d: %d checked, %d escalated, %.1f ms (CPU %.1f ms); before issue 16: %d tasks read and decided in %.1f ms",
                round, run.tasksChecked(), run.tasksEscalated(), wall.get(wall.size() - 1), cpu.get(cpu.size() - 1), decided,
                before.get(before.size() - 1));
        }
        assertThat(escalated).as("the few tasks due each minute were escalated").isPositive();
        return new double[] {median(wall), median(cpu), median(before)};
    }

    /**
     * {@code count} more tasks, created one minute apart in simulated time: most are due in 30
     * days, {@value #DUE_PER_ROUND} of every batch 70 minutes after creation, so that some reach
     * a level in each timed minute.
     */
    private void createTasks(int count) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(2);
        List<Future<?>> halves = new ArrayList<>();
        int base = created;
        Instant createdAt = now.minus(Duration.ofHours(1));
        ClockUtil.setCurrentTime(Date.from(createdAt));
        for (int half = 0; half < 2; half++) {
            int first = half;
            halves.add(starters.submit(() -> {
                for (int n = first; n < count; n += 2) {
                    Map<String, Object> variables = new HashMap<>();
                    boolean soon = n < DUE_PER_ROUND * (ROUNDS + 2);
                    // 'soon' tasks reach 80 % (NORMAL pace: remind) spread over the timed minutes
                    Duration span = soon ? Duration.ofMinutes(75 + 2L * (n / DUE_PER_ROUND)) : Duration.ofDays(30);
                    variables.put("due", Date.from(createdAt.plus(span)));
                    variables.put("tier", "B");
                    engine.getRuntimeService().startProcessInstanceByKey("bench_scaling", variables);
                }
            }));
        }
        for (Future<?> f : halves) {
            f.get();
        }
        starters.shutdown();
        created = base + count;
    }

    private int everyOpenTaskDecided(Instant at) {
        CompiledTable table = decisions.inForce();
        List<Object[]> rows = jdbc.sql(EVERY_OPEN_TASK).param("now", Timestamp.from(at))
            .query((rs, i) -> new Object[] {rs.getString("task_kind"), rs.getTimestamp("created").toInstant(),
                rs.getTimestamp("due").toInstant(), rs.getString("tier"), rs.getString("severity"), rs.getInt("reached_level")})
            .list();
        int decided = 0;
        for (Object[] row : rows) {
            OpenTask task = new OpenTask("", "", (String) row[0], "", null, (Instant) row[1], (Instant) row[2], (String) row[3],
                (String) row[4], (Integer) row[5], null, true, null, null);
            decisions.decide(table, task.kind(), Tier.valueOf(row[3] == null ? "B" : (String) row[3]),
                row[4] == null ? Severity.NORMAL : Severity.valueOf((String) row[4]), ShareClock.ELAPSED.share(task.created(), task.due(), at));
            decided++;
        }
        return decided;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
