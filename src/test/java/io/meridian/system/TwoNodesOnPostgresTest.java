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
    /** How long node two's lock on a job must still hold when the test decides to kill it: in force at the kill. */
    private static final Duration HELD = Duration.ofSeconds(5);
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
                // the kill comes while node two holds jobs it locked within the last seconds: locks still in force
                // after the kill, however slowly a busy machine lets node two take new jobs
                Map<String, Lock> heldBeforeKill = new HashMap<>();
                ServerProcess.awaitWorking("a third of the timers fired, node two holding jobs locked for at least "
                    + HELD.toSeconds() + " s more", BUSY_MACHINE, () -> {
                        Instant seenAt = Instant.now();
                        Map<String, Map<String, Lock>> locks = lockOwners(db);
                        owners.addAll(locks.keySet());
                        heldBeforeKill.clear();
                        locks.getOrDefault(NODE_TWO, Map.of()).forEach((job, lock) -> {
                            if (lock.expiry().isAfter(seenAt.plus(HELD))) {
                                heldBeforeKill.put(job, lock);
                            }
                        });
                        return fired(tool) >= TIMERS / 3 && !heldBeforeKill.isEmpty();
                    }, nodeOne, nodeTwo);
                nodeTwo.kill();
                // after the kill: whatever node two did, it did before this moment (the end of a timer it ran is earlier)
                Instant killedAt = Instant.now();
                // read at once, while the locks seen before the kill still hold: a dead node's locks no longer change
                Map<String, Map<String, Lock>> lockedAfterKill = lockOwners(db);
                load.stop();
                long firedAtKill = fired(tool);
                log.info("node two killed with {} of {} timers fired; locks held: {}", firedAtKill, TIMERS,
                    lockedAfterKill.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList());
                assertThat(owners).as("both nodes ran timers, each under its name").contains(NODE_ONE, NODE_TWO);
                assertThat(firedAtKill).as("killed mid-run").isLessThan(TIMERS);

                // the jobs node two held under a lock still in force at the kill: node one may run them only once their
                // lock has run out. Checked below on when each timer fired, not by watching the jobs until a moment just
                // before the lock runs out, which a busy machine let the test reach late
                Map<String, Lock> stranded = new HashMap<>();
                lockedAfterKill.getOrDefault(NODE_TWO, Map.of()).forEach((job, lock) -> {
                    if (lock.expiry().isAfter(killedAt)) {
                        stranded.put(job, lock);
                    }
                });
                assertThat(stranded).as("jobs locked by the killed node and not yet run out (seen held for %s more before the kill: %s)",
                    HELD, heldBeforeKill.keySet()).isNotEmpty();
                ServerProcess.awaitWorking("every timer fired", BUSY_MACHINE, () -> fired(tool) == TIMERS && jobs(db) == 0, nodeOne);
                Duration finishedAfter = Duration.between(killedAt, Instant.now());
                assertThat(tool.getHistoryService().createHistoricActivityInstanceQuery().activityId("wait").count())
                    .as("each timer fired exactly once").isEqualTo(TIMERS);
                assertThat(tool.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).finished().count())
                    .isEqualTo(TIMERS);
                assertThat(tool.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(KEY).count()).isZero();
                // each job node two held fired once its lock had run out (node one took it then), or before the kill (node
                // two's last commit, which the database may take in after the kill); fired after the kill and before the
                // lock ran out, it was taken too early
                Map<String, Instant> firedAt = firedAt(db, stranded.values().stream().map(Lock::processInstance).toList());
                List<String> takenEarly = new ArrayList<>();
                long runByNodeOne = 0;
                for (Map.Entry<String, Lock> held : stranded.entrySet()) {
                    Instant at = firedAt.get(held.getValue().processInstance());
                    assertThat(at).as("timer of job %s fired", held.getKey()).isNotNull();
                    if (!at.isBefore(killedAt)) {
                        runByNodeOne++;
                        if (at.isBefore(held.getValue().expiry())) {
                            takenEarly.add("job %s fired at %s, its lock ran until %s".formatted(held.getKey(), at, held.getValue().expiry()));
                        }
                    }
                }
                assertThat(takenEarly).as("jobs of the killed node run before their lock ran out").isEmpty();
                assertThat(runByNodeOne).as("jobs the killed node held, run by node one after the kill").isPositive();
                String report = "two nodes, %d timers: %d fired when node two was killed (%d jobs it held run by node one once their locks ran out), all %d fired exactly once, the last %s after the kill%n"
                    .formatted(TIMERS, firedAtKill, runByNodeOne, TIMERS, finishedAfter);
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

    /** A job's lock: the process instance of its timer and the moment the lock runs out. */
    private record Lock(String processInstance, Instant expiry) {
    }

    /** The locked timer jobs by lock owner (not the journeys' jobs of the client load). */
    private static Map<String, Map<String, Lock>> lockOwners(Connection db) throws Exception {
        Map<String, Map<String, Lock>> owners = new HashMap<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(
            "select id_, lock_owner_, lock_exp_time_, process_instance_id_ from act_ru_job where lock_owner_ is not null"
                + " and process_def_key_ = '" + KEY + "'")) {
            while (rows.next()) {
                owners.computeIfAbsent(rows.getString(2), o -> new HashMap<>())
                    .put(rows.getString(1), new Lock(rows.getString(4), rows.getTimestamp(3).toInstant()));
            }
        }
        return owners;
    }

    /** When the timer of each of these process instances fired: its wait's end, on the clock of the node that ran it. */
    private static Map<String, Instant> firedAt(Connection db, List<String> processInstances) throws Exception {
        Map<String, Instant> fired = new HashMap<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(
            "select proc_inst_id_, end_time_ from act_hi_actinst where act_id_ = 'wait' and end_time_ is not null")) {
            while (rows.next()) {
                if (processInstances.contains(rows.getString(1))) {
                    fired.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return fired;
    }

    private static long jobs(Connection db) throws Exception {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select count(*) from act_ru_job where process_def_key_ = '" + KEY + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
