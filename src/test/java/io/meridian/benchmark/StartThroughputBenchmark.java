package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.meridian.calendar.TeamCalendar;
import io.meridian.testsupport.DeletedAfterwards;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey starts ({@code POST /api/inquiries}) against bare engine starts (engine-rest, a process with one
 * user task) on one server, H2 in file mode with {@code WRITE_DELAY=0} and the job executor on, as the
 * default run: 8 clients; the first minute in three pairs of A, B, B, A 5 s windows (cold), then alternating 20 s
 * windows (warm, 3 pairs by default), each window with the bytes H2 wrote to its file per start; then the SQL
 * statements of one start of each kind. Not in the
 * normal build: {@code ./mvnw test -Dtest=StartThroughputBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 * Writes {@code target/start-throughput-h2.txt}. {@code -Dbench.h2-options=;QUERY_CACHE_SIZE=256} (for example)
 * appends settings to the H2 URL, to compare them.
 */
@Tag("benchmark")
@DeletedAfterwards("target/benchmark/start-throughput") // its H2 database, gigabytes after a run
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/start-throughput/meridian-${random.uuid};WRITE_DELAY=0${bench.h2-options:}",
    "camunda.bpm.job-execution.enabled=true",
    "logging.level.root=WARN"})
@Import(SqlStatementCounter.class)
class StartThroughputBenchmark {

    private static final Logger log = LoggerFactory.getLogger(StartThroughputBenchmark.class);
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final int WARM_PAIRS = Integer.getInteger("bench.pairs", 3);
    /** The first minute as pairs of A, B, B, A in 5 s windows ({@code balanced}, the default) or A, B in 10 s windows ({@code alternate}). */
    static final boolean COLD_BALANCED = switch (System.getProperty("bench.cold", "balanced")) {
        case "balanced" -> true;
        case "alternate" -> false;
        default -> throw new IllegalArgumentException("bench.cold must be balanced or alternate, not " + System.getProperty("bench.cold"));
    };

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TeamCalendar team;

    @Test
    void measureStartsPerSecond() throws Exception {
        // the file writes per start under load: the commits of concurrent starts share the pages they write
        StartLoad load = new StartLoad(port, CLIENTS).measuringFileWrites(() -> H2FileWrites.written(jdbc));
        StringBuilder report = new StringBuilder(measure(load, repository, runtime, team, "H2 file"));

        sql.reset();
        load.send(load.inquiry(load.next()), 201);
        String inquiry = statements();
        long inquiryInserts = sql.total("insert");
        sql.reset();
        load.send(load.engineRest(load.next()), 200);
        String plain = statements();
        assertThat(inquiryInserts).as("an inquiry start writes").isPositive();
        report.append("\nSQL of one POST /api/inquiries: ").append(inquiry)
            .append("\nSQL of one engine-rest start: ").append(plain);
        write("target/start-throughput-h2.txt", report.toString());
    }

    /** Cold then warm windows; asserts the work was done; the report's lines. */
    static String measure(StartLoad load, RepositoryService repository, RuntimeService runtime, TeamCalendar team, String database)
        throws Exception {
        StartLoad.deployBareProcess(repository);
        boolean workingAtStart = team.isWorking(Instant.now());
        long journeysBefore = runtime.createProcessInstanceQuery().processDefinitionKey("clientJourney").count();
        long plainBefore = runtime.createProcessInstanceQuery().processDefinitionKey(StartLoad.BARE_PROCESS).count();
        // the first minute: each pair A, B, B, A in 5 s windows, so that the warm-up the paths share
        // is not credited to whichever follows the first window (-Dbench.cold=alternate: A, B in 10 s windows)
        List<StartLoad.Pair> pairs = new ArrayList<>(COLD_BALANCED
            ? load.balanced("cold", 3, Duration.ofSeconds(20)) : load.alternate("cold", 3, Duration.ofSeconds(10)));
        pairs.addAll(load.alternate("warm", WARM_PAIRS, Duration.ofSeconds(20)));
        assertThat(pairs).as("three pairs in the first minute, then the warm ones").hasSize(3 + WARM_PAIRS);
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p.inquiries()).as("inquiries per second").isPositive();
            assertThat(p.engineRest()).as("engine-rest starts per second").isPositive();
        });
        long journeys = runtime.createProcessInstanceQuery().processDefinitionKey("clientJourney").count() - journeysBefore;
        long plain = runtime.createProcessInstanceQuery().processDefinitionKey(StartLoad.BARE_PROCESS).count() - plainBefore;
        assertThat(journeys).as("journeys started and in the engine").isPositive();
        assertThat(plain).as("one-task processes started and in the engine").isPositive();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s, %d clients, %s first, first minute %s, load average before: %s%n",
            database, CLIENTS, StartLoad.INQUIRIES_FIRST ? "inquiries" : "engine-rest",
            COLD_BALANCED ? "A, B, B, A in 5 s windows" : "A, B in 10 s windows",
            Files.readString(Path.of("/proc/loadavg")).trim()));
        // an inquiry received outside the team's contact hours plans an auto-reply email (a rendering and an outbox row)
        boolean workingAtEnd = team.isWorking(Instant.now());
        b.append(String.format(Locale.ROOT, "team's contact hours (%s): %s%n", team.zone(), workingAtStart == workingAtEnd
            ? (workingAtStart ? "inside them all along, no auto-replies" : "outside them all along, an auto-reply planned per inquiry")
            : "crossed during the run, auto-replies planned for part of the inquiries"));
        pairs.forEach(p -> b.append(p).append('\n'));
        // what a per-request profile divides by (scripts/ProfileStart.java split)
        b.append(String.format(Locale.ROOT, "started in the windows: %d journeys, %d one-task processes%n", journeys, plain));
        b.append(String.format(Locale.ROOT, "lowest cold ratio %.2f, warm ratios %.2f–%.2f%n",
            pairs.stream().filter(p -> p.phase().startsWith("cold")).mapToDouble(StartLoad.Pair::ratio).min().orElseThrow(),
            pairs.stream().filter(p -> p.phase().startsWith("warm")).mapToDouble(StartLoad.Pair::ratio).min().orElseThrow(),
            pairs.stream().filter(p -> p.phase().startsWith("warm")).mapToDouble(StartLoad.Pair::ratio).max().orElseThrow()));
        return b.toString();
    }

    static void write(String file, String report) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(file), report);
        log.warn("Start throughput:\n{}", report);
    }

    /** The statements counted since the last reset, every thread's (the job executor's polls and continuations meanwhile too). */
    private String statements() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d statements, %d inserts, %d updates, %d selects%n",
            sql.total(), sql.total("insert"), sql.total("update"), sql.total("select")));
        sql.snapshot().forEach((shape, n) -> b.append(String.format(Locale.ROOT, "%5d  %s%n", n, shape)));
        return b.toString();
    }
}
