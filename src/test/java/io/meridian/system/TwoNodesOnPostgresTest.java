package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two server nodes (separate JVMs) on one PostgreSQL, one of them under client load ({@link CrashLoad}:
 * inquiries, replies, complaints), fire 1,000 timers that fall due at once: each exactly once. The
 * loaded node is killed ({@code kill -9}) mid-run; the jobs it had locked stay locked until their lock
 * time is over, and then the other node fires them. Every inquiry, reply and complaint the killed
 * node had acknowledged is there for the surviving node, with its journey, and the quotes planned by
 * the replies go out. (One test for both, as the crash test on PostgreSQL and the two-node test shared
 * a database server and a node each. The killed node is not started again: its database did not
 * crash, and the H2 crash test restarts a killed server on its own data.)
 */
@Tag("crash")
// in server processes of its own: runs beside the in-JVM tests (src/test/resources/junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
class TwoNodesOnPostgresTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesOnPostgresTest.class);
    private static final int TIMERS = 1000;
    /** The nodes' names, under which their job executors lock jobs ({@code meridian.node.name}). */
    private static final String NODE_ONE = "node-one";
    private static final String NODE_TWO = "node-two";
    private static final String KEY = "twoNodeTimer";
    private static final Duration LOCK = Duration.ofSeconds(15);
    /** Bounds for a loaded machine, not targets: the nodes run at a lower priority than the suite's other tests ({@link ServerProcess}). */
    private static final Duration BUSY_MACHINE = Duration.ofSeconds(300);

    @TempDir
    Path workDir;

    @Test
    void shouldFireEveryTimerOnceFinishTheKilledNodesJobsAfterItsLocksExpireAndKeepWhatItAcknowledged() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            String[] node = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK.toMillis(),
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=10", "--camunda.bpm.job-execution.core-pool-size=2",
                "--camunda.bpm.job-execution.max-pool-size=2", "--camunda.bpm.job-execution.queue-capacity=10",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                // a journey continuation that lost a race is retried 5 s later (not a minute)
                "--MERIDIAN_JOB_RETRY_CYCLE=R5/PT5S", "--meridian.escalation.sweep-cycle=R/PT1H"};
            String[] first = with(with(node, "--meridian.schema.update=true"), "--meridian.node.name=" + NODE_ONE);
            String[] second = with(node, "--meridian.node.name=" + NODE_TWO);
            Path one = Files.createDirectories(workDir.resolve("one"));
            Path two = Files.createDirectories(workDir.resolve("two"));
            CrashLoad load = new CrashLoad();
            try (ServerProcess nodeOne = ServerProcess.start(one, BUSY_MACHINE, first);
                 ServerProcess nodeTwo = ServerProcess.start(two, BUSY_MACHINE, second)) {
                ProcessEngine tool = toolEngine(url);
                try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                    startTimers(tool);
                    // clients work with node two; once it has acknowledged enough, every timer falls due at the same moment
                    load.start(nodeTwo);
                    load.awaitEnough();
                    try (Statement due = db.createStatement()) {
                        assertThat(due.executeUpdate("update act_ru_job set duedate_ = current_timestamp"
                            + " where handler_type_ = 'timer-intermediate-transition' and process_def_key_ = '" + KEY + "'")).isEqualTo(TIMERS);
                    }
                    Set<String> owners = new HashSet<>();
                    Awaitility.await("a third of the timers fired").atMost(BUSY_MACHINE)
                        .pollInterval(Duration.ofMillis(100)).until(() -> {
                            owners.addAll(lockOwners(db).keySet());
                            return fired(tool) >= TIMERS / 3;
                        });
                    nodeTwo.kill();
                    load.stop();
                    long firedAtKill = fired(tool);
                    Instant killedAt = Instant.now();
                    // read after the kill: a dead node's locks no longer change (its open transactions roll back),
                    // while a snapshot taken just before could miss jobs it locked in its last moment
                    Thread.sleep(1000);
                    Map<String, Map<String, Instant>> lockedAtKill = lockOwners(db);
                    log.info("node two killed with {} of {} timers fired; locks held: {}", firedAtKill, TIMERS,
                        lockedAtKill.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList());
                    assertThat(owners).as("both nodes ran jobs, each under its name").contains(NODE_ONE, NODE_TWO);
                    assertThat(firedAtKill).as("killed mid-run").isLessThan(TIMERS);

                    // the killed node's locks still in force after the kill: nobody may take these jobs before their
                    // lock runs out (on a busy machine it may hold locks taken long before the kill, which ran out meanwhile:
                    // the other node may take those at once)
                    Instant readAt = Instant.now();
                    Map<String, Instant> stranded = new HashMap<>();
                    lockedAtKill.getOrDefault(NODE_TWO, Map.of()).forEach((job, expiry) -> {
                        if (expiry.isAfter(readAt)) {
                            stranded.put(job, expiry);
                        }
                    });
                    assertThat(stranded).as("jobs locked by the killed node and not yet run out").isNotEmpty();

                    // nobody touches them before their lock runs out; then the surviving node fires them
                    Instant expiry = stranded.values().stream().min(Instant::compareTo).orElseThrow();
                    Duration untilExpiry = Duration.between(Instant.now(), expiry.minusMillis(500));
                    if (untilExpiry.compareTo(Duration.ofMillis(250)) > 0) {
                        Awaitility.await("stranded jobs untouched until their lock expires at " + expiry)
                            .during(untilExpiry.minusMillis(250)).atMost(untilExpiry.plusSeconds(5))
                            .pollInterval(Duration.ofMillis(250))
                            .until(() -> existing(db, stranded.keySet()) == stranded.size());
                    }
                    Awaitility.await("every timer fired").atMost(LOCK.plus(BUSY_MACHINE))
                        .pollInterval(Duration.ofMillis(500)).until(() -> fired(tool) == TIMERS && jobs(db) == 0);
                    Duration finishedAfter = Duration.between(killedAt, Instant.now());
                    assertThat(tool.getHistoryService().createHistoricActivityInstanceQuery().activityId("wait").count())
                        .as("each timer fired exactly once").isEqualTo(TIMERS);
                    assertThat(tool.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).finished().count())
                        .isEqualTo(TIMERS);
                    assertThat(tool.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(KEY).count()).isZero();
                    String report = "two nodes, %d timers: %d fired when node two was killed (%d jobs locked by it), all %d fired exactly once, the last %s after the kill%n"
                        .formatted(TIMERS, firedAtKill, stranded.size(), TIMERS, finishedAfter);
                    Files.createDirectories(Path.of("target"));
                    Files.writeString(Path.of("target/crash-test-two-nodes.txt"), report);
                    log.info(report.trim());

                    // what node two acknowledged before the kill is all there for node one, which sends the quotes
                    // its replies planned (a restart of node two would read the same database: PostgreSQL did not crash)
                    load.assertAllThere(nodeOne);
                    load.report("postgres", "on the surviving node");
                } finally {
                    tool.close();
                }
            }
        }
    }

    private static String[] with(String[] arguments, String more) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }

    /** An engine in the test JVM on the same database, without a job executor: deploys, starts and counts. */
    private static ProcessEngine toolEngine(String url) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("two-node-tool");
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setCustomHistoryLevels(java.util.List.of(io.meridian.history.JourneyHistoryLevel.INSTANCE));
        configuration.setHistory(io.meridian.history.JourneyHistoryLevel.NAME);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.getProcessEnginePlugins().add(io.meridian.sqlmappings.SqlMappings.plugin());
        return configuration.buildProcessEngine();
    }

    private static void startTimers(ProcessEngine tool) {
        tool.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
            Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
                .intermediateCatchEvent("wait").timerWithDate("${due}").endEvent().done()).deploy();
        Date due = Date.from(Instant.now().plus(Duration.ofDays(1)));
        for (int i = 0; i < TIMERS; i++) {
            tool.getRuntimeService().startProcessInstanceByKey(KEY, "timer-" + i, Map.of("due", due));
        }
    }

    private static long fired(ProcessEngine tool) {
        return tool.getHistoryService().createHistoricActivityInstanceQuery().activityId("wait").finished().count();
    }

    /** The locked jobs by lock owner, each with the moment its lock runs out. */
    private static Map<String, Map<String, Instant>> lockOwners(Connection db) throws Exception {
        Map<String, Map<String, Instant>> owners = new HashMap<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select id_, lock_owner_, lock_exp_time_ from act_ru_job where lock_owner_ is not null")) {
            while (rows.next()) {
                owners.computeIfAbsent(rows.getString(2), o -> new HashMap<>()).put(rows.getString(1), rows.getTimestamp(3).toInstant());
            }
        }
        return owners;
    }

    private static long existing(Connection db, Set<String> jobs) throws Exception {
        long count = 0;
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery("select id_ from act_ru_job")) {
            while (rows.next()) {
                count += jobs.contains(rows.getString(1)) ? 1 : 0;
            }
        }
        return count;
    }

    private static long jobs(Connection db) throws Exception {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select count(*) from act_ru_job where process_def_key_ = '" + KEY + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
