package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * 201/200/204 means committed: a server process on the default run's H2 file under concurrent
 * inquiries and events is killed with {@code kill -9} and started again on the same data, and every
 * acknowledged inquiry, task completion and complaint is there with its journey; the journeys then go
 * on (the quote continuations left in the database run after the restart). The same on PostgreSQL is
 * part of {@link TwoNodesOnPostgresTest}, whose node killed under this load leaves its work to the other.
 * Writes the counts to {@code target/crash-test-h2.txt}.
 */
@Tag("crash")
// in server processes of its own: runs beside the in-JVM tests (src/test/resources/junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
class CrashTest {

    /** The CPU a start may take (ServerProcess#awaitWorking): a bound, not a target; on a busy machine it is spread over more time. */
    private static final Duration START = Duration.ofSeconds(300);

    @TempDir
    Path workDir;

    @Test
    void shouldKeepEveryAcknowledgedChangeAfterKillOnTheDefaultH2File() throws Exception {
        // no datasource argument: the default run's own URL (./data/meridian) in the working directory;
        // a job the killed server had locked is run after its lock time: 10 s here instead of 5 minutes;
        // an idle job executor looks again within 2 s (not up to a minute), and a continuation that lost
        // a race is retried 5 s later (not a minute): the same journeys go on, sooner
        String[] settings = {"--camunda.bpm.job-execution.lock-time-in-millis=10000",
            "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
            "--MERIDIAN_JOB_RETRY_CYCLE=R5/PT5S"};
        CrashLoad load = new CrashLoad();
        String[] firstStart = Stream.concat(Arrays.stream(settings),
            Stream.of("--meridian.schema.update=true")).toArray(String[]::new);
        try (ServerProcess server = ServerProcess.start(workDir, START, firstStart)) {
            if (ServerProcess.niced()) {
                assertThat(server.niceness()).as("the server's priority (nice)").isEqualTo(ServerProcess.expectedNiceness());
            }
            load.start(server);
            try {
                load.awaitEnough(server);
            } finally {
                server.kill();
                load.stop();
            }
            assertThat(server.isAlive()).isFalse();
        }
        try (ServerProcess server = ServerProcess.start(workDir, START, settings)) {
            load.assertAllThere(server);
        }
        assertThat(Files.exists(workDir.resolve("data/meridian.mv.db"))).isTrue();
        // ServerProcess turns the stored rule builds off: no background build takes the suite's CPU
        assertThat(workDir.resolve("data/rule-builds")).as("stored rule builds of the suite's servers").doesNotExist();
        load.report("h2", "after the restart");
    }
}
