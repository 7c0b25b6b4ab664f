package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import io.meridian.testsupport.RunsBeside;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash tests' server processes: a server that stops during its start is reported at once, with
 * the end of its log, not after the start timeout (a start refused early costs a JVM start, not a boot);
 * servers launched side by side are awaited each with its own log; a server is called on the port it bound itself;
 * the nice value it reads is the one Linux reports.
 */
@RunsBeside
class ServerProcessTest {

    @TempDir
    Path workDir;

    @Test
    void aServerThatStopsDuringItsStartIsReportedWithItsLog() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> ServerProcess.start(workDir, Duration.ofSeconds(120), "--spring.config.import=file:./no-such-settings.yml"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("the server did not start")
            .hasMessageContaining("no-such-settings.yml");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .as("reported when the process stopped, not at the timeout").isLessThan(Duration.ofSeconds(100));
    }

    /** TwoNodesOnPostgresTest boots two servers at once: launch returns before the server answers, awaitReady reports each on its own. */
    @Test
    void launchedServersStartSideBySideAndEachIsAwaitedWithItsOwnLog() throws Exception {
        Path one = Files.createDirectories(workDir.resolve("one"));
        Path two = Files.createDirectories(workDir.resolve("two"));
        long started = System.nanoTime();
        try (ServerProcess first = ServerProcess.launch(one, "--spring.config.import=file:./no-such-settings-one.yml");
             ServerProcess second = ServerProcess.launch(two, "--spring.config.import=file:./no-such-settings-two.yml")) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("both launched without waiting for a boot")
                .isLessThan(Duration.ofSeconds(10));
            assertThatThrownBy(() -> first.awaitReady(Duration.ofSeconds(120)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the server did not start")
                .hasMessageContaining("no-such-settings-one.yml");
            assertThatThrownBy(() -> second.awaitReady(Duration.ofSeconds(120)))
                .hasMessageContaining("no-such-settings-two.yml")
                .hasMessageNotContaining("no-such-settings-one.yml");
        }
    }

    /**
     * A server is called on the port it bound and wrote, never on one picked before its start (which another process may
     * take while it boots, and answer in its place): before the server has written it, there is no port to call.
     */
    @Test
    void callsALaunchedServerOnlyOnThePortItBoundItself() throws Exception {
        try (ServerProcess failing = ServerProcess.launch(workDir, "--spring.config.import=file:./no-such-settings.yml")) {
            assertThatThrownBy(() -> failing.uri("/engine-rest/engine")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has not bound its port yet");
            assertThatThrownBy(() -> failing.awaitReady(Duration.ofSeconds(120))).hasMessageContaining("no-such-settings.yml");
        }
    }

    /**
     * The port is the one the process itself listens on, found in Linux's socket tables, not another process's: here a
     * small HTTP server of its own on a port the system chose, beside one in the test JVM that answers the same path.
     */
    @Test
    void callsAServerOnThePortItListensOn() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/engine-rest/engine", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        other.start();
        Process listener = new ProcessBuilder("python3", "-c", String.join("\n",
            "import http.server",
            "class Engine(http.server.BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        self.send_response(200)",
            "        self.end_headers()",
            "server = http.server.HTTPServer(('127.0.0.1', 0), Engine)",
            "print(server.server_address[1], flush=True)",
            "server.serve_forever()")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(listener.getInputStream(), StandardCharsets.UTF_8))) {
            int bound = Integer.parseInt(out.readLine().strip());
            ServerProcess server = new ServerProcess(listener, workDir.resolve("none.log"));

            server.awaitReady(Duration.ofSeconds(30));

            assertThat(server.uri("/engine-rest/engine").getPort()).isEqualTo(bound).isNotEqualTo(other.getAddress().getPort());
        } finally {
            listener.destroyForcibly();
            other.stop(0);
        }
    }

    /**
     * On a busy machine a server at nice 10 gets little CPU: a wait on it is bounded by the CPU it gets, not the wall
     * clock. A process that needs no CPU meanwhile (here a sleep) is waited for past the bound's length on the wall clock.
     */
    @Test
    void waitsForAServerThatWorksAsLongAsItHasNotHadTheCpuBound() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            ServerProcess idle = new ServerProcess(sleeper, 0, workDir.resolve("none.log"));
            long start = System.nanoTime();
            assertThatCode(() -> ServerProcess.awaitWorking("three seconds passed", Duration.ofSeconds(1),
                () -> System.nanoTime() - start > Duration.ofSeconds(3).toNanos(), idle))
                .as("an idle process has used none of its CPU bound, so the wait goes on until the condition holds")
                .doesNotThrowAnyException();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited past the CPU bound's second of wall time")
                .isGreaterThan(Duration.ofSeconds(3));
        } finally {
            sleeper.destroyForcibly();
        }
    }

    /** A process that takes its CPU without the awaited thing happening fails the wait, naming it, its CPU and the load. */
    @Test
    void givesUpOnAServerThatHadItsCpuWithoutTheConditionHolding() throws Exception {
        Process spinner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            ServerProcess busy = new ServerProcess(spinner, 0, workDir.resolve("none.log"));
            long start = System.nanoTime();
            assertThatThrownBy(() -> ServerProcess.awaitWorking("the impossible", Duration.ofSeconds(1), () -> false, busy))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the impossible: did not happen in ")
                .hasMessageContaining("s of CPU (bound 1 s); load average ");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("given up after its CPU, not the wall limit")
                .isLessThan(Duration.ofMinutes(2));
        } finally {
            spinner.destroyForcibly();
        }
    }

    /** The nice value CrashTest compares: field 19 of /proc/PID/stat, read past a command name that may hold spaces. */
    @Test
    void readsAProcesssNiceValue() throws Exception {
        assumeTrue(ServerProcess.niced(), "no /usr/bin/nice here");
        int own = ServerProcess.niceness(ProcessHandle.current().pid());
        Process sleeper = new ProcessBuilder("/usr/bin/nice", "-n", "7", "sleep", "30").start();
        try {
            // nice sets the priority, then becomes sleep: read once it has
            Path comm = Path.of("/proc", Long.toString(sleeper.pid()), "comm");
            Awaitility.await("nice has become sleep").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> Files.readString(comm).strip().equals("sleep"));
            assertThat(ServerProcess.niceness(sleeper.pid())).isEqualTo(Math.min(19, own + 7));
            assertThat(ServerProcess.expectedNiceness()).isEqualTo(Math.min(19, own + 10));
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
