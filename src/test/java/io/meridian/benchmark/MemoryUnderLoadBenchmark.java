package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.meridian.testsupport.RuntimeClasspath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Resident memory under start load (issue 16): Meridian as a separate JVM with {@link BootBenchmark}'s
 * flags on a new H2 file database (its defaults otherwise), then {@code bench.clients} clients (default 8)
 * post inquiries ({@code POST /api/inquiries} as {@code shop}, {@link StartLoad#inquiry}) for
 * {@code bench.minutes} (default 10) while the server's resident memory (VmRSS from /proc), its heap
 * (used and committed, {@code jcmd PID GC.heap_info}), the inquiries started and the load average are
 * sampled every {@code bench.sampleSeconds} (default 30), and the heap once more after a full collection at
 * the end (what the server keeps). Asserts that inquiries were started and
 * that the server is still up at the end. Not part of the test run (tag {@code benchmark}); writes
 * {@code target/memory-under-load.txt}.
 */
@Tag("benchmark")
class MemoryUnderLoadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final double MINUTES = Double.parseDouble(System.getProperty("bench.minutes", "10"));
    private static final int SAMPLE_SECONDS = Integer.getInteger("bench.sampleSeconds", 30);
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    record Sample(double seconds, long rssKib, long heapUsedKib, long heapCommittedKib, long inquiries, String load) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%7.0f  %7d  %13d  %18d  %9d  %s", seconds, rssKib / 1024, heapUsedKib / 1024,
                heapCommittedKib / 1024, inquiries, load);
        }
    }

    @Test
    void residentMemoryUnderStartLoad() throws Exception {
        String classpath = RuntimeClasspath.path(RuntimeClasspath.server());
        Path data = Path.of("target/memory-under-load").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BootBenchmark.JVM_FLAGS);
        command.addAll(List.of("-cp", classpath, "io.meridian.MeridianApplication", "--server.port=" + port,
            "--server.address=127.0.0.1", "--logging.level.org.springframework.boot.availability=DEBUG",
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
            "--meridian.rules.stored-builds=" + data.resolve("rule-builds")));
        long launched = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<Double> ready = new CompletableFuture<>();
            List<Long> loaded = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> BootBenchmark.readLog(server, data.resolve("server.log"), launched, new double[1], ready,
                line -> BootBenchmark.LOADED.matcher(line).results().forEach(m -> loaded.add(Long.parseLong(m.group(1))))), "server-log");
            reader.setDaemon(true);
            reader.start();
            double readySeconds = ready.get(5, TimeUnit.MINUTES);

            List<Sample> samples = new ArrayList<>();
            AtomicLong started = new AtomicLong();
            samples.add(sample(server, 0, started.get()));
            StartLoad load = new StartLoad(port, CLIENTS);
            long loadStart = System.nanoTime();
            long end = loadStart + (long) (MINUTES * 60e9);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        load.send(load.inquiry(load.next()), 201);
                        started.incrementAndGet();
                    }
                    return null;
                }));
            }
            try {
                long next = loadStart + SAMPLE_SECONDS * 1_000_000_000L;
                while (next <= end) {
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                    for (Future<?> client : clients) {
                        if (client.isDone()) {
                            client.get(); // a refused or failed start ends the run with its cause
                        }
                    }
                    samples.add(sample(server, (System.nanoTime() - loadStart) / 1e9, started.get()));
                    next += SAMPLE_SECONDS * 1_000_000_000L;
                }
                for (Future<?> client : clients) {
                    client.get();
                }
            } finally {
                pool.shutdownNow();
            }
            Sample last = sample(server, (System.nanoTime() - loadStart) / 1e9, started.get());
            samples.add(last);
            // what the server keeps, not what G1 let pile up: the heap after a full collection
            jcmd(server.pid(), "GC.run");
            Sample live = sample(server, (System.nanoTime() - loadStart) / 1e9, started.get());

            String report = report(readySeconds, samples) + String.format(Locale.ROOT,
                "after the load and a full collection (jcmd GC.run): heap used %d MiB (live), committed %d MiB, RSS %d MiB%n",
                live.heapUsedKib() / 1024, live.heapCommittedKib() / 1024, live.rssKib() / 1024);
            // measured as a default server runs: its tables loaded from the builds it ships, none built at start
            assertThat(loaded).as("the start-up log's count of tables loaded from builds").containsExactly(BootBenchmark.shippedTables());
            Files.writeString(Path.of("target/memory-under-load.txt"), report);
            System.out.println(report);
            assertThat(started.get()).as("inquiries started").isPositive();
            assertThat(server.isAlive()).as("the server is still up after the load").isTrue();
            assertThat(load.send(load.get("/engine-rest/engine", "shop"), 200)).contains("\"name\"");
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            // ten minutes of load leave an H2 file of some 30 GB; the server's log stays
            try (Stream<Path> files = Files.list(data)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().equals("server.log")).toList()) {
                    FileSystemUtils.deleteRecursively(file);
                }
            }
        }
    }

    private static Sample sample(Process server, double seconds, long inquiries) throws Exception {
        long[] heap = heap(server.pid());
        return new Sample(seconds, BootBenchmark.residentKib(server.pid()), heap[1], heap[0], inquiries, loadAverage());
    }

    /** Heap committed and used in KiB from {@code jcmd PID GC.heap_info} (G1: "garbage-first heap total ..K, used ..K"). */
    static long[] heap(long pid) throws Exception {
        String out = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no heap figures in jcmd's answer: " + out);
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
            Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    static String report(double readySeconds, List<Sample> samples) {
        Sample last = samples.get(samples.size() - 1);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
            "Resident memory under start load, %s, %d cores, JVM %s %s, flags %s, H2 file database, %d clients posting inquiries for %.1f min%n"
                + "ready after %.1f s; %d inquiries started (%.1f/s)%n"
                + "      s  RSS MiB  heap used MiB  heap committed MiB  inquiries  load average%n",
            Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.version"), BootBenchmark.JVM_FLAGS, CLIENTS, MINUTES, readySeconds, last.inquiries(),
            last.inquiries() / Math.max(1, last.seconds())));
        samples.forEach(s -> out.append(s).append('\n'));
        return out.toString();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
