package io.meridian.inquiry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts per second through {@code POST /api/inquiries} against engine-rest starts of a process
 * with one user task, on the same server (H2 in file mode with WRITE_DELAY=0, job executor on, as the default run)
 * in the same run: 8 concurrent clients, 30 s each after a 5 s warm-up. Not part of the normal
 * build; run with {@code ./mvnw test -Dtest=StartThroughputBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 * Writes {@code target/start-throughput.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/meridian-${random.uuid};WRITE_DELAY=0",
    "camunda.bpm.job-execution.enabled=true",
    "logging.level.root=WARN"})
class StartThroughputBenchmark {

    private static final Logger log = LoggerFactory.getLogger(StartThroughputBenchmark.class);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Test
    void measureStartsPerSecond() throws Exception {
        repository.createDeployment().name("benchmark").addModelInstance("benchOneTask.bpmn",
            Bpmn.createExecutableProcess("benchOneTask").camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("sales").endEvent().done()).deploy();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("shop:demo".getBytes(StandardCharsets.UTF_8));
        IntFunction<HttpRequest> inquiry = n -> post(auth, "/api/inquiries", """
            {"client": {"company": "Bench %1$d", "contactName": "Client %1$d", "email": "bench%1$d@example.com", "country": "%2$s"},
             "inquiry": {"product": "LED panel", "quantity": 100, "externalRef": "bench-%3$s-%1$d"}}"""
            .formatted(n, n % 3 == 0 ? "JP" : n % 3 == 1 ? "US" : "DE", System.nanoTime()));
        IntFunction<HttpRequest> engineRest = n -> post(auth, "/engine-rest/process-definition/key/benchOneTask/start",
            "{\"businessKey\": \"bench-" + n + "\", \"variables\": {\"n\": {\"value\": " + n + ", \"type\": \"Integer\"}}}");

        run(http, inquiry, WARM_UP, 201);
        double inquiries = run(http, inquiry, RUN, 201);
        run(http, engineRest, WARM_UP, 200);
        double plain = run(http, engineRest, RUN, 200);
        // the work measured was done: every answered start is a process instance in the engine
        assertThat(inquiries).as("inquiries started per second").isPositive();
        assertThat(plain).as("engine-rest starts per second").isPositive();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ClientJourney.KEY).count())
            .as("journeys in the engine").isPositive();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("benchOneTask").count())
            .as("one-task processes in the engine").isPositive();
        String report = String.format(java.util.Locale.ROOT,
            "clients=%d seconds=%d%nPOST /api/inquiries: %.1f starts/s%nengine-rest one-user-task start: %.1f starts/s%nratio inquiries/engine-rest: %.2f%n",
            CLIENTS, RUN.toSeconds(), inquiries, plain, inquiries / plain);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/start-throughput.txt"), report);
        log.warn("Start throughput:\n{}", report);
    }

    private HttpRequest post(String auth, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", auth)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Starts per second over {@code duration}; a response other than {@code expected} fails the run. */
    private double run(HttpClient http, IntFunction<HttpRequest> request, Duration duration, int expected) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<String> r = http.send(request.apply((int) sequence.incrementAndGet()), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != expected) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
