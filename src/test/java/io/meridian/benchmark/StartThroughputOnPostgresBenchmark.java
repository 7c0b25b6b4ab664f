package io.meridian.benchmark;

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

    @Test
    void measureStartsPerSecond() throws Exception {
        StartLoad load = new StartLoad(port, StartThroughputBenchmark.CLIENTS);
        StartThroughputBenchmark.write("target/start-throughput-postgres.txt",
            StartThroughputBenchmark.measure(load, repository, runtime, "PostgreSQL (embedded)"));
    }
}
