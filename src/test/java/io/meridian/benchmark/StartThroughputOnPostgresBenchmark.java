package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.system.OnPostgres;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link StartThroughputBenchmark} on PostgreSQL (embedded server, the postgres profile, job executor on).
 * {@code ./mvnw test -Dtest=StartThroughputOnPostgresBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark};
 * writes {@code target/start-throughput-postgres.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    "logging.level.root=WARN"})
class StartThroughputOnPostgresBenchmark extends OnPostgres {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    io.meridian.calendar.TeamCalendar team;

    @Test
    void measureStartsPerSecond() throws Exception {
        StartLoad load = new StartLoad(port, StartThroughputBenchmark.CLIENTS);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("clientJourney").count();
        String report = StartThroughputBenchmark.measure(load, repository, runtime, team, "PostgreSQL (embedded)");
        // measure() checks every window's rates; here: the journeys are in PostgreSQL and the report has every window
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("clientJourney").count()).isGreaterThan(before);
        assertThat(report).contains("cold 3", "warm 1", "lowest cold ratio");
        StartThroughputBenchmark.write("target/start-throughput-postgres.txt", report);
    }
}
