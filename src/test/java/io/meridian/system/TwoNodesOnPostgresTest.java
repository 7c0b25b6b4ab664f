package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.meridian.history.JourneyHistoryLevel;
import io.meridian.sqlmappings.SqlMappings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
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
 * crash, and the H2 crash test restarts a killed server on its own data.) The schema is created first, as
 * the explicit step of README "Production schema", and both nodes start at the same moment on it, as the
 * first rollout of two replicas does: what a first start seeds (processes, groups and their grants and
 * filters, rule versions, message templates) is there once.
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
    /**
     * The CPU the nodes may take for each step awaited of them ({@link ServerProcess#awaitWorking}): bounds, not targets; the
     * nodes run at a lower priority than the suite's other tests, and on a busy machine the same CPU is spread over more time.
     */
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
            // the explicit schema step of README "Production schema", then both nodes at the same moment with the
            // schema only checked: the first rollout of two replicas, each seeding what a first start seeds
            ProcessEngine tool = toolEngine(url);
            try {
                migrate(url);
                runBothNodes(postgres, node, tool);
            } finally {
                tool.close();
            }
        }
    }

    private void runBothNodes(EmbeddedPostgres postgres, String[] node, ProcessEngine tool) throws Exception {
        Path one = Files.createDirectories(workDir.resolve("one"));
        Path two = Files.createDirectories(workDir.resolve("two"));
        CrashLoad load = new CrashLoad();
        try (ServerProcess nodeOne = ServerProcess.launch(one, with(node, "--meridian.node.name=" + NODE_ONE));
             ServerProcess nodeTwo = ServerProcess.launch(two, with(node, "--meridian.node.name=" + NODE_TWO))) {
            nodeOne.awaitReady(BUSY_MACHINE);
            nodeTwo.awaitReady(BUSY_MACHINE);
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                assertSeededOnce(db);
                startTimers(tool);
                // clients work with node two; once it has acknowledged enough, every timer falls due at the same moment
                load.start(nodeTwo);
                load.awaitEnough(nodeTwo);
                try (Statement due = db.createStatement()) {
                    assertThat(due.executeUpdate("update act_ru_job set duedate_ = current_timestamp"
                        + " where handler_type_ = 'timer-intermediate-transition' and process_def_key_ = '" + KEY + "'")).isEqualTo(TIMERS);
                }
                Set<String> owners = new HashSet<>();
                ServerProcess.awaitWorking("a third of the timers fired", BUSY_MACHINE, () -> {
                    owners.addAll(lockOwners(db).keySet());
                    return fired(tool) >= TIMERS / 3;
                }, nodeOne, nodeTwo);
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
                ServerProcess.awaitWorking("every timer fired", BUSY_MACHINE, () -> fired(tool) == TIMERS && jobs(db) == 0, nodeOne);
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
            }
        }
    }

    /**
     * What a first start seeds, seeded once though both nodes started at the same moment: no query
     * below finds a row (each lists what was written twice).
     */
    private static void assertSeededOnce(Connection db) throws Exception {
        Map<String, String> duplicates = new LinkedHashMap<>();
        duplicates.put("process definitions deployed twice",
            "select key_ from act_re_procdef group by key_ having count(*) > 1");
        duplicates.put("decision definitions deployed twice",
            "select key_ from act_re_decision_def group by key_ having count(*) > 1");
        duplicates.put("deployments with the same resource",
            "select name_ from act_ge_bytearray where deployment_id_ is not null group by name_ having count(*) > 1");
        duplicates.put("groups' grants written twice", "select group_id_ || ' ' || resource_type_ || ' ' || resource_id_"
            + " from act_ru_authorization where group_id_ is not null group by group_id_, resource_type_, resource_id_ having count(*) > 1");
        duplicates.put("Tasklist filters created twice",
            "select name_ from act_ru_filter where owner_ is null group by name_ having count(*) > 1");
        duplicates.put("grants of a filter that is not there", "select group_id_ || ' ' || resource_id_ from act_ru_authorization"
            + " where resource_type_ = " + Resources.FILTER.resourceType() + " and resource_id_ <> '*' and resource_id_ not in (select id_ from act_ru_filter)");
        duplicates.put("rule tables with more than one version",
            "select table_name from rule_version group by table_name having count(*) > 1");
        duplicates.put("rule tables in force on a version that is not there", "select table_name from rule_table t"
            + " where not exists (select 1 from rule_version v where v.table_name = t.table_name and v.version_number = t.active_version)");
        duplicates.put("message templates with more than one version",
            "select file from message_template_version group by file having count(*) > 1");
        duplicates.put("message templates without exactly one version in force",
            "select file from message_template_version group by file having sum(case when active then 1 else 0 end) <> 1");
        for (Map.Entry<String, String> check : duplicates.entrySet()) {
            List<String> found = new ArrayList<>();
            try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(check.getValue())) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            assertThat(found).as(check.getKey()).isEmpty();
        }
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(
            "select (select count(*) from act_re_procdef), (select count(*) from rule_table), (select count(*) from message_template_version),"
                + " (select count(*) from act_ru_filter), (select count(*) from act_id_group)")) {
            rows.next();
            log.info("seeded once by two nodes started together: {} process definitions, {} rule tables, {} message templates,"
                + " {} Tasklist filters, {} groups", rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
            assertThat(rows.getLong(1)).as("processes deployed").isPositive();
            assertThat(rows.getLong(2)).as("rule tables").isPositive();
            assertThat(rows.getLong(3)).as("message templates").isPositive();
            assertThat(rows.getLong(4)).as("Tasklist filters").isPositive();
        }
    }

    private static String[] with(String[] arguments, String more) {
        String[] all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }

    /**
     * Meridian's migrations as the application runs them at start with {@code meridian.schema.update=true}
     * ({@code spring.flyway.*} of application.properties, Spring Boot's defaults otherwise).
     */
    private static void migrate(String url) {
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration")
            .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /**
     * An engine in the test JVM on the same database, without a job executor: creates Camunda's schema
     * as a node with {@code meridian.schema.update=true} does (same history level), deploys, starts and counts.
     */
    private static ProcessEngine toolEngine(String url) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("two-node-tool");
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setCustomHistoryLevels(List.of(JourneyHistoryLevel.INSTANCE));
        configuration.setHistory(JourneyHistoryLevel.NAME);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.getProcessEnginePlugins().add(SqlMappings.plugin());
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
