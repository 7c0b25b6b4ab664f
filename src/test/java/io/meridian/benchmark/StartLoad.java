package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Drives starts over HTTP with concurrent clients: {@code POST /api/inquiries} (a client journey) and
 * engine-rest starts of a process with one user task (the bare engine start), on one server, in
 * alternating windows so that both paths see the same warm-up, the same database and the same noise.
 */
public final class StartLoad {

    /**
     * Starts per second of both paths in one pair of windows, and their ratio; with {@link #measuringFileWrites},
     * also the bytes the database file took per start of each path (NaN without).
     */
    public record Pair(String phase, double inquiries, double engineRest, double inquiryBytes, double engineRestBytes) {
        public double ratio() {
            return inquiries / engineRest;
        }

        @Override
        public String toString() {
            String rates = String.format(Locale.ROOT, "%-8s inquiries %6.1f/s  engine-rest %6.1f/s  ratio %.2f", phase, inquiries,
                engineRest, ratio());
            return Double.isNaN(inquiryBytes) ? rates : rates + String.format(Locale.ROOT,
                "  file writes %5.0f KB per inquiry, %5.0f KB per engine-rest start (%.2f×)",
                inquiryBytes / 1024, engineRestBytes / 1024, inquiryBytes / engineRestBytes);
        }
    }

    /** One window of one path: starts per second, and bytes written to the database file per start (NaN when not measured). */
    private record Window(double perSecond, double bytesPerStart) {

        /** The mean of two windows of the same path. */
        Window and(Window other) {
            return new Window((perSecond + other.perSecond) / 2, (bytesPerStart + other.bytesPerStart) / 2);
        }
    }

    public static final String BARE_PROCESS = "benchOneTask";

    /**
     * Which path has the first window of a run ({@code -Dbench.first=inquiries}, the default, or
     * {@code engine-rest}): that window pays the warm-up of what both paths share (HTTP, sign-in,
     * the engine's commands, the data source), so a run shows the cold ratio from one side only.
     */
    public static final boolean INQUIRIES_FIRST = switch (System.getProperty("bench.first", "inquiries")) {
        case "inquiries" -> true;
        case "engine-rest" -> false;
        default -> throw new IllegalArgumentException("bench.first must be inquiries or engine-rest, not "
            + System.getProperty("bench.first"));
    };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final int clients;
    private final AtomicLong sequence = new AtomicLong();
    private final String run = Long.toString(System.nanoTime(), 36);
    /** The bytes the database has written to its file so far, read before and after each window; null: not measured. */
    private LongSupplier fileWrites;

    public StartLoad(int port, int clients) {
        this.base = "http://127.0.0.1:" + port;
        this.clients = clients;
    }

    /**
     * Measures each window's writes to the database file per start as well ({@code written}: the bytes
     * written so far, e.g. {@link H2FileWrites#written}). Under load commits share the pages they write,
     * so this is what a start costs the file store with the other clients' commits beside it.
     */
    public StartLoad measuringFileWrites(LongSupplier written) {
        this.fileWrites = written;
        return this;
    }

    /** Deploys the bare one-user-task process the engine-rest path starts. */
    public static void deployBareProcess(RepositoryService repository) {
        repository.createDeployment().name("benchmark").addModelInstance(BARE_PROCESS + ".bpmn",
            Bpmn.createExecutableProcess(BARE_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("sales").endEvent().done()).deploy();
    }

    /** One inquiry from one of three countries (JP, US, DE), each new client with its own email. */
    public HttpRequest inquiry(int n) {
        return post("/api/inquiries", """
            {"client": {"company": "Bench %1$d", "contactName": "Client %1$d", "email": "bench%1$d-%3$s@example.com", "country": "%2$s"},
             "inquiry": {"product": "LED panel", "quantity": 100, "externalRef": "bench-%3$s-%1$d"}}"""
            .formatted(n, n % 3 == 0 ? "JP" : n % 3 == 1 ? "US" : "DE", run));
    }

    /** One engine-rest start of the bare process with one variable. */
    public HttpRequest engineRest(int n) {
        return post("/engine-rest/process-definition/key/" + BARE_PROCESS + "/start",
            "{\"businessKey\": \"bench-" + run + "-" + n + "\", \"variables\": {\"n\": {\"value\": " + n + ", \"type\": \"Integer\"}}}");
    }

    /**
     * Alternates windows of {@code window} each, the path of {@link #INQUIRIES_FIRST} first in odd
     * pairs and the other first in even ones.
     */
    public List<Pair> alternate(String phase, int pairs, Duration window) throws Exception {
        List<Pair> result = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            boolean inquiriesFirst = (i % 2 == 0) == INQUIRIES_FIRST;
            Window first = window(inquiriesFirst, window);
            Window second = window(!inquiriesFirst, window);
            result.add(pair(phase, i, inquiriesFirst, first, second));
        }
        return result;
    }

    /**
     * Like {@link #alternate}, but each pair's windows are halved and run A, B, B, A (the path of
     * {@link #INQUIRIES_FIRST} as A in odd pairs, the other in even ones), and each path's rate is
     * the mean of its two halves: a warm-up that runs on through the pair then favours neither path
     * to the first order, where plain alternation credits all of the first window's warm-up to the
     * path that follows it.
     */
    public List<Pair> balanced(String phase, int pairs, Duration window) throws Exception {
        Duration half = window.dividedBy(2);
        List<Pair> result = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            boolean inquiriesAsA = (i % 2 == 0) == INQUIRIES_FIRST;
            Window a = window(inquiriesAsA, half);
            Window b = window(!inquiriesAsA, half);
            b = b.and(window(!inquiriesAsA, half));
            a = a.and(window(inquiriesAsA, half));
            result.add(pair(phase, i, inquiriesAsA, a, b));
        }
        return result;
    }

    /** Starts per second of one path over {@code duration}, inquiries (201) or engine-rest starts (200), and its file writes per start. */
    private Window window(boolean inquiries, Duration duration) throws Exception {
        long writtenBefore = fileWrites == null ? 0 : fileWrites.getAsLong();
        AtomicLong started = new AtomicLong();
        double perSecond = inquiries ? run(this::inquiry, duration, 201, started) : run(this::engineRest, duration, 200, started);
        if (fileWrites == null) {
            return new Window(perSecond, Double.NaN);
        }
        long written = fileWrites.getAsLong() - writtenBefore;
        assertThat(written).as("the database file took this window's commits").isPositive();
        return new Window(perSecond, (double) written / started.get());
    }

    private static Pair pair(String phase, int index, boolean inquiriesFirst, Window first, Window second) {
        Window inquiries = inquiriesFirst ? first : second;
        Window engineRest = inquiriesFirst ? second : first;
        return new Pair(phase + " " + (index + 1), inquiries.perSecond(), engineRest.perSecond(), inquiries.bytesPerStart(),
            engineRest.bytesPerStart());
    }

    /** Sends one request and fails on any other status than {@code expected}. */
    public String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = exchange(request);
        assertThat(r.statusCode()).as("HTTP status for %s: %s", request.uri(), r.body()).isEqualTo(expected);
        return r.body();
    }

    public int next() {
        return (int) sequence.incrementAndGet();
    }

    /** Starts per second over {@code duration}; a response other than {@code expected} fails the run. */
    public double run(IntFunction<HttpRequest> request, Duration duration, int expected) throws Exception {
        return run(request, duration, expected, new AtomicLong());
    }

    /** As {@link #run(IntFunction, Duration, int)}, adding the requests answered to {@code done}. */
    private double run(IntFunction<HttpRequest> request, Duration duration, int expected, AtomicLong done) throws Exception {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        send(request.apply(next()), expected);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Sends one request, whatever it answers. */
    public HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST as {@code user} (a demo user, password {@code demo}). */
    public HttpRequest post(String path, String body, String user) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A GET as {@code user}. */
    public HttpRequest get(String path, String user) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).GET().build();
    }

    private HttpRequest post(String path, String body) {
        return post(path, body, "shop");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
