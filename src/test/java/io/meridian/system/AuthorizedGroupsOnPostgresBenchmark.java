package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What Camunda's read of every group id in {@code ACT_RU_AUTHORIZATION} costs an engine command on
 * PostgreSQL as the table grows (issue 16; {@link AuthorizedGroups}): two engines on one embedded
 * PostgreSQL, Camunda's own authorization manager and Meridian's, run the same task query for
 * {@code sam} (groups {@code sales}, {@code sales-apac}) one after the other, at 1,000, 100,000 and
 * 600,000 rows (a row per open task is what the candidate-group grants add). Both must return the
 * same tasks. Also times the bare {@code SELECT distinct(GROUP_ID_)} with JDBC. Writes
 * {@code target/authorized-groups-postgres.txt}. Not part of the test run:
 * {@code ./mvnw test -Dtest=AuthorizedGroupsOnPostgresBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
class AuthorizedGroupsOnPostgresBenchmark {

    private static final int[] SIZES = {1_000, 100_000, 600_000};
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int QUERIES = Integer.getInteger("bench.queries", 20);
    private static final int TASKS = 50;
    private static final List<String> GROUPS = List.of("sales", "sales-apac", "sales-emea", "sales-americas", "order-desk",
        "logistics", "support", "managers");

    @Test
    void measureTheGroupReadAsTheTableGrows() throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
            "Task query as sam (2 groups) on embedded PostgreSQL, median of %d rounds of %d queries each, per query%n", ROUNDS, QUERIES));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ProcessEngine camunda = engine("authorized-groups-camunda", url, false);
            ProcessEngine meridian = engine("authorized-groups-meridian", url, true);
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                List<String> taskIds = tasks(camunda, db);
                int rows = 0;
                for (int size : SIZES) {
                    rows = fill(db, rows, size);
                    try (Statement analyze = db.createStatement()) {
                        analyze.execute("analyze act_ru_authorization");
                    }
                    List<Double> plain = new ArrayList<>();
                    List<Double> ours = new ArrayList<>();
                    List<Double> scan = new ArrayList<>();
                    for (int round = 0; round < ROUNDS + 1; round++) { // the first round warms up
                        double a = timeQueries(camunda, taskIds);
                        double b = timeQueries(meridian, taskIds);
                        double c = timeDistinct(db);
                        if (round > 0) {
                            plain.add(a);
                            ours.add(b);
                            scan.add(c);
                        }
                    }
                    report.append(String.format(Locale.ROOT,
                        "%,9d rows: Camunda's manager %8.3f ms, Meridian's %8.3f ms (%.2fx); the group-id read alone %8.3f ms%n",
                        size, median(plain), median(ours), median(plain) / median(ours), median(scan)));
                }
            } finally {
                camunda.close();
                meridian.close();
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authorized-groups-postgres.txt"), report.toString());
        System.out.print(report);
    }

    private static ProcessEngine engine(String name, String url, boolean meridian) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        if (meridian) {
            configuration.setCustomSessionFactories(new ArrayList<>(List.of(new AuthorizedGroups.Factory())));
        }
        return configuration.buildProcessEngine();
    }

    /** 50 tasks for {@code sales}; Camunda gives the candidate group its grant on each, as on a process's tasks. */
    private static List<String> tasks(ProcessEngine engine, Connection db) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            Task task = engine.getTaskService().newTask();
            task.setName("Reply to inquiry " + i);
            engine.getTaskService().saveTask(task);
            engine.getTaskService().addCandidateGroup(task.getId(), "sales");
            ids.add(task.getId());
        }
        try (Statement grants = db.createStatement();
             ResultSet count = grants.executeQuery("select count(*) from act_ru_authorization where group_id_ = 'sales' and resource_type_ = 7")) {
            count.next();
            assertThat(count.getInt(1)).as("Camunda's grant on each task for its candidate group").isEqualTo(TASKS);
        }
        return ids;
    }

    /** Adds candidate-group grants on tasks of other teams until the table holds {@code size} filler rows. */
    private static int fill(Connection db, int from, int size) throws Exception {
        try (Statement insert = db.createStatement()) {
            insert.executeUpdate("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
                + " select 'filler-' || n, 1, 1, (array['" + String.join("','", GROUPS) + "'])[1 + n % " + GROUPS.size() + "],"
                + " 7, 'task-' || n, 2 from generate_series(" + (from + 1) + ", " + size + ") n");
            try (ResultSet count = insert.executeQuery("select count(*) from act_ru_authorization where id_ like 'filler-%'")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(size);
            }
        }
        return size;
    }

    /** Milliseconds per query; every query must see exactly the 50 granted tasks. */
    private static double timeQueries(ProcessEngine engine, List<String> taskIds) {
        engine.getIdentityService().setAuthentication("sam", List.of("sales", "sales-apac"));
        try {
            long start = System.nanoTime();
            for (int i = 0; i < QUERIES; i++) {
                List<Task> seen = engine.getTaskService().createTaskQuery().taskCandidateGroup("sales").listPage(0, 100);
                assertThat(seen).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(taskIds);
            }
            return (System.nanoTime() - start) / 1e6 / QUERIES;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static double timeDistinct(Connection db) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < QUERIES; i++) {
            try (Statement query = db.createStatement();
                 ResultSet groups = query.executeQuery("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A")) {
                int n = 0;
                while (groups.next()) {
                    n++;
                }
                assertThat(n).isGreaterThanOrEqualTo(GROUPS.size());
            }
        }
        return (System.nanoTime() - start) / 1e6 / QUERIES;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
