package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.system.OnPostgres;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Whole client journeys on PostgreSQL against the database floor of the same statement shape, on
 * the same embedded server in the same run (issue 16, point 7). The server runs the postgres profile
 * with the job executor on; {@link JourneyLoad} drives whole journeys (inquiry to after-sales check-in,
 * every task of the happy path, ended) over HTTP with 8 clients. After a warm-up, {@link SqlStatementCounter}
 * records every transaction the server sends while each client runs {@code bench.countedJourneys} journeys
 * (3 by default): statements by kind and table, commits, rollbacks, auto-commit statements, JDBC batches.
 * {@link DatabaseFloor} replays exactly that shape over plain JDBC with 8 clients on floor tables (one row
 * by primary key per statement). Then windows of journeys over the API and of floor journeys alternate
 * ({@code bench.pairs}, default 3, of {@code bench.window} seconds, default 20, the path that goes first
 * alternating); ratio = API journeys/s / floor journeys/s. Asserts that every journey driven ended in
 * history at its end event with no incident, and that the floor tables hold what the floor inserted.
 * The counting wrapper stays around the server's data source during the API windows (a few dynamic-proxy
 * calls per statement). Not in the normal build:
 * {@code ./mvnw test -Dtest=JourneyOnPostgresBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark};
 * writes {@code target/journey-postgres.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    "logging.level.root=WARN"})
@Import(SqlStatementCounter.class)
class JourneyOnPostgresBenchmark extends OnPostgres {

    private static final Logger log = LoggerFactory.getLogger(JourneyOnPostgresBenchmark.class);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int PAIRS = Integer.getInteger("bench.pairs", 3);
    private static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.window", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));
    private static final int COUNTED = Integer.getInteger("bench.countedJourneys", 3);

    @LocalServerPort
    int port;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @Test
    void measureJourneysAgainstTheDatabaseFloor() throws Exception {
        JourneyLoad api = new JourneyLoad(new StartLoad(port, CLIENTS), CLIENTS);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
            "Whole journeys on PostgreSQL (embedded %s) against the database floor, %d clients, %s windows%n", serverVersion(),
            CLIENTS, WINDOW));
        report.append("load average at the start: ").append(loadAverage()).append('\n');
        double warm = api.run(WARM_UP);
        report.append(String.format(Locale.ROOT, "warm-up %s: %.2f journeys/s%n", WARM_UP, warm));

        // the shape: every transaction the server sends while COUNTED journeys run on each client
        long pollsBefore = api.polls();
        sql.reset();
        sql.record(true);
        List<String> counted = api.runEach(COUNTED);
        sql.record(false);
        int journeys = counted.size();
        Map<String, Long> statements = sql.snapshot();
        Map<String, Long> transactions = sql.transactions();
        List<SqlStatementCounter.Transaction> trace = sql.trace();
        double polls = (api.polls() - pollsBefore) / (double) journeys;
        assertThat(statements).as("a journey writes its process, its tasks and its order").containsKeys(
            "insert ACT_RU_EXECUTION", "insert ACT_RU_TASK", "insert ACT_HI_PROCINST", "update ACT_RU_EXECUTION");
        assertThat(trace).as("recorded transactions").isNotEmpty();

        DatabaseFloor floor = new DatabaseFloor(postgres().getPostgresDatabase(), trace, journeys, CLIENTS);
        floor.create();
        report.append(shape(statements, transactions, journeys, polls, floor));

        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            double journeysPerSecond;
            double floorPerSecond;
            if (i % 2 == 0) {
                journeysPerSecond = api.run(WINDOW);
                floorPerSecond = floor.run(WINDOW);
            } else {
                floorPerSecond = floor.run(WINDOW);
                journeysPerSecond = api.run(WINDOW);
            }
            pairs.add(new double[] {journeysPerSecond, floorPerSecond});
            report.append(String.format(Locale.ROOT, "pair %d (%s first): API %6.2f journeys/s  floor %8.1f journeys/s  ratio %.4f  load %s%n",
                i + 1, i % 2 == 0 ? "API" : "floor", journeysPerSecond, floorPerSecond, journeysPerSecond / floorPerSecond, loadAverage()));
        }
        report.append(String.format(Locale.ROOT, "ratio API/floor %.4f–%.4f%n",
            pairs.stream().mapToDouble(p -> p[0] / p[1]).min().orElseThrow(), pairs.stream().mapToDouble(p -> p[0] / p[1]).max().orElseThrow()));

        // the work measured was done: every journey ended at its end event, no incident; the floor wrote its rows
        List<String> driven = api.finished();
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p[0]).as("API journeys per second").isPositive();
            assertThat(p[1]).as("floor journeys per second").isPositive();
        });
        List<HistoricProcessInstance> ended = new ArrayList<>();
        for (int from = 0; from < driven.size(); from += 500) {
            ended.addAll(history.createHistoricProcessInstanceQuery().processDefinitionKey("clientJourney")
                .processInstanceBusinessKeyIn(driven.subList(from, Math.min(driven.size(), from + 500)).toArray(String[]::new)).list());
        }
        assertThat(ended).as("every journey driven is in history").hasSize(driven.size());
        assertThat(ended).as("and ended at journeyCompleted").allSatisfy(pi -> {
            assertThat(pi.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            assertThat(pi.getEndActivityId()).isEqualTo("journeyCompleted");
        });
        assertThat(runtime.createIncidentQuery().count()).as("open incidents").isZero();
        assertThat(history.createHistoricIncidentQuery().count()).as("incidents ever").isZero();
        long floorRows = floor.verify();
        report.append(String.format(Locale.ROOT, "checked: %d journeys driven, all ended at journeyCompleted, no incident; floor inserted %d rows%n",
            driven.size(), floorRows));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/journey-postgres.txt"), report);
        log.warn("Journeys against the database floor:\n{}", report);
    }

    private static String shape(Map<String, Long> statements, Map<String, Long> transactions, int journeys, double polls,
                                DatabaseFloor floor) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%nShape of one journey (%d journeys counted, %.1f repeated requests each "
            + "while a continuation ran):%n", journeys, polls));
        long total = statements.values().stream().mapToLong(Long::longValue).sum();
        b.append(String.format(Locale.ROOT, "%.1f statements:", total / (double) journeys));
        for (String kind : List.of("select", "insert", "update", "delete", "other")) {
            long n = statements.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " ")).mapToLong(Map.Entry::getValue).sum();
            b.append(String.format(Locale.ROOT, " %s %.1f", kind, n / (double) journeys));
        }
        long tx = transactions.values().stream().mapToLong(Long::longValue).sum();
        b.append(String.format(Locale.ROOT, "%n%.1f transactions: %s%n", tx / (double) journeys, transactions.entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) journeys)).collect(Collectors.joining(", "))));
        b.append(String.format(Locale.ROOT, "%.1f round trips (single statements, JDBC batches, commits and rollbacks); recorded transactions "
            + "per journey %.1f%n", floor.roundTripsPerJourney(), floor.transactionsPerJourney()));
        b.append("per journey, by statement (floor payload width in bytes):\n");
        Map<String, Integer> widths = floor.payloadWidths();
        statements.forEach((s, n) -> b.append(String.format(Locale.ROOT, "%8.2f  %-40s %s%n", n / (double) journeys, s,
            widths.getOrDefault(s.substring(s.indexOf(' ') + 1), 0))));
        return b.append('\n').toString();
    }

    private String serverVersion() {
        try (var c = postgres().getPostgresDatabase().getConnection()) {
            return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
        } catch (Exception e) {
            return "PostgreSQL";
        }
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
