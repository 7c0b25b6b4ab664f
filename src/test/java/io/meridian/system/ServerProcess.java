package io.meridian.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.meridian.MeridianApplication;
import io.meridian.testsupport.RuntimeClasspath;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Meridian server as a separate JVM, as {@code java -jar} runs it: the main classes and their
 * runtime dependencies (not the test classes or libraries), the given arguments, its output in a log file. It binds a free
 * port of its own choosing ({@code server.port=0}), which is read from Linux's table of listening sockets as the one this
 * process listens on ({@link #listeningPort}): a port picked before the start and free when picked could be taken by
 * another process (another test's server) in the minutes a busy machine takes to boot, and that process's answers taken
 * for this server's. {@link #kill()} is {@code kill -9}: no shutdown hook, no flush.
 */
public final class ServerProcess implements AutoCloseable {

    /** coreutils' nice: it runs the server in its own place (exec), so the process is the server's JVM. */
    private static final Path NICE = Path.of("/usr/bin/nice");

    private final Process process;
    private final Path log;
    /** 0 until the process listens on its port. */
    private volatile int port;

    /** A process of the tests' own as a server, for the waits on it: {@link #launch} starts the servers. */
    ServerProcess(Process process, int port, Path log) {
        this(process, log);
        this.port = port;
    }

    /** A server whose port is the one it listens on, once it does. */
    ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a server in {@code workDir} (its {@code ./data}, its log {@code server.log}) with these Spring
     * arguments ({@code --name=value}) and waits until it answers.
     */
    public static ServerProcess start(Path workDir, Duration startTimeout, String... arguments) throws IOException {
        return launch(workDir, arguments).awaitReady(startTimeout);
    }

    /**
     * Starts a server as {@link #start} does without waiting for it: several servers boot at the same
     * time, and {@link #awaitReady} waits for each. The caller closes it, ready or not.
     */
    public static ServerProcess launch(Path workDir, String... arguments) throws IOException {
        Path log = workDir.resolve("server.log");
        List<String> command = new ArrayList<>();
        if (niced()) {
            // the suite's stream of test classes is the run's longest path: the server takes the CPU it leaves
            command.addAll(List.of(NICE.toString(), "-n", "10"));
        }
        command.addAll(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            // a boot passed the default class-metadata threshold four times, a full collection each (0.7 of 1.1 s of GC)
            "-XX:MetaspaceSize=256m",
            "-cp", RuntimeClasspath.path(RuntimeClasspath.server()), MeridianApplication.class.getName(),
            "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN",
            "--spring.main.banner-mode=off",
            // no background build of each table's executable model after the start: the suite's CPU goes to its tests
            "--meridian.rules.stored-builds="));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServerProcess(process, log);
    }

    /**
     * Waits until the server answers; a server that stops meanwhile is reported at once with the end of
     * its log, and one that has had {@code startCpu} of CPU without answering (or {@link #WALL_LIMIT} passed) is killed
     * and reported the same way: on a machine busy with other work a start takes longer, not a failure
     * ({@link #awaitWorking}).
     *
     * @return this server
     */
    public ServerProcess awaitReady(Duration startCpu) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            awaitWorking("server (log " + log + ") answers", startCpu, () -> {
                if (!portKnown()) {
                    return false;
                }
                try {
                    return http.send(HttpRequest.newBuilder(uri("/engine-rest/engine")).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false;
                }
            }, this);
        } catch (AssertionError | RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start: " + e.getMessage() + "\n" + tail(log), e);
        }
        return this;
    }

    /** The longest any wait on servers lasts, however busy the machine: a server that gets no CPU at all in that time. */
    static final Duration WALL_LIMIT = Duration.ofMinutes(20);

    /**
     * Waits until {@code condition} holds while {@code servers} work towards it. The bound is the CPU time the servers
     * get between them ({@code cpu}), not the time on the wall clock: on a machine whose load average is 10 or more a
     * server at nice 10 gets a small share of a core, and what takes it 20 s on a quiet machine takes minutes there. A
     * wait fails when the servers have had {@code cpu} without the condition holding, or after {@link #WALL_LIMIT}, or at
     * once when one of them stops, with a message naming what did not happen, the time waited, the servers' CPU and the
     * load average. On a quiet machine it ends as soon as the condition holds, as a wait on the wall clock did.
     */
    static void awaitWorking(String what, Duration cpu, Callable<Boolean> condition, ServerProcess... servers) {
        Duration before = cpuTime(servers);
        long start = System.nanoTime();
        try {
            // one fail-fast condition: Awaitility keeps the last one it is given
            Awaitility.await(what).atMost(WALL_LIMIT).pollInterval(Duration.ofMillis(250))
                .failFast("a server stopped, or the servers had " + cpu.toSeconds() + " s of CPU",
                    () -> Arrays.stream(servers).anyMatch(server -> !server.isAlive()) || cpuTime(servers).minus(before).compareTo(cpu) > 0)
                .until(condition);
        } catch (RuntimeException e) {
            throw new AssertionError("%s: did not happen in %d s, while the server(s) had %d s of CPU (bound %d s); load average %s%s"
                .formatted(what, Duration.ofNanos(System.nanoTime() - start).toSeconds(), cpuTime(servers).minus(before).toSeconds(),
                    cpu.toSeconds(), loadAverage(), Arrays.stream(servers).anyMatch(server -> !server.isAlive()) ? "; a server stopped" : ""), e);
        }
        log().info("{}: after {} s, the server(s) had {} s of CPU meanwhile; load average {}",
            what, Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0, cpuTime(servers).minus(before).toMillis() / 1000.0, loadAverage());
    }

    private static Logger log() {
        return LoggerFactory.getLogger(ServerProcess.class);
    }

    /** The CPU time the servers' processes had so far (user and system), those still running. */
    static Duration cpuTime(ServerProcess... servers) {
        return Arrays.stream(servers).map(server -> server.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO))
            .reduce(Duration.ZERO, Duration::plus);
    }

    /** The machine's load average over the last minute, as {@code uptime} shows it. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    public URI uri(String path) {
        if (!portKnown()) {
            throw new IllegalStateException("the server (log " + log + ") has not bound its port yet: await it (awaitReady)");
        }
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Whether the port is known: given, or the one the process listens on by now. */
    private boolean portKnown() {
        if (port == 0 && process.isAlive()) {
            try {
                port = listeningPort(process.pid());
            } catch (IOException notYet) {
                return false;
            }
        }
        return port != 0;
    }

    /**
     * The TCP port the process listens on, 0 while it listens on none: its sockets ({@code /proc/<pid>/fd}) looked up in
     * the kernel's tables of TCP sockets ({@code /proc/net/tcp}, {@code tcp6}: local address and port in hexadecimal, state
     * {@code 0A} for listening, the socket's inode). A server listens on one port, its HTTP port; more than one is refused.
     */
    static int listeningPort(long pid) throws IOException {
        Set<String> sockets = new HashSet<>();
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path descriptor : descriptors) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while the directory was read
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length > 9 && "0A".equals(fields[3]) && sockets.contains(fields[9])) {
                    ports.add(Integer.parseInt(fields[1].substring(fields[1].lastIndexOf(':') + 1), 16));
                }
            }
        }
        if (ports.size() > 1) {
            throw new IllegalStateException("process " + pid + " listens on several ports " + ports + ": which one is its HTTP port?");
        }
        return ports.isEmpty() ? 0 : ports.iterator().next();
    }

    /**
     * The server's nice value as Linux reports it: where {@code /usr/bin/nice} exists, 10 more than
     * the test JVM's ({@link #expectedNiceness()}), so the suite's other tests keep their CPU.
     */
    public int niceness() throws IOException {
        return niceness(process.pid());
    }

    /** What {@link #niceness()} is where servers start at a lower priority: the test JVM's own plus 10, at most 19. */
    static int expectedNiceness() throws IOException {
        return Math.min(19, niceness(ProcessHandle.current().pid()) + 10);
    }

    /** A process's nice value: field 19 of {@code /proc/<pid>/stat}. */
    static int niceness(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    /** Whether servers start at a lower priority on this machine. */
    static boolean niced() {
        return Files.isExecutable(NICE);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Kills the process if it still runs, and keeps its log as {@code target/server-logs/<port>.log} (the working directory is often a temporary one). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        try {
            Path kept = Files.createDirectories(Path.of("target/server-logs")).resolve((portKnown() ? port : "pid-" + process.pid()) + ".log");
            Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the log stays only in the working directory
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
