package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 201/200/204 means committed: a server process under concurrent inquiries and events is killed
 * with {@code kill -9} and started again on the same data, and every acknowledged inquiry, task
 * completion and complaint is there with its journey; the journeys then go on (the quote
 * continuations left in the database run after the restart). The default run's H2 file (its own
 * URL, in a fresh working directory) and the postgres profile on a real PostgreSQL.
 * Writes the counts to {@code target/crash-test-*.txt}.
 */
@Tag("crash")
// in server processes of its own: runs beside the in-JVM tests (src/test/resources/junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
class CrashTest {

    private static final Logger log = LoggerFactory.getLogger(CrashTest.class);
    private static final Duration START = Duration.ofSeconds(300); // a bound for a loaded machine, not a target
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("crash.load-seconds", 6));
    /**
     * Acknowledged work the kill must interrupt at least: on a busy machine (the crash tests run beside
     * the rest of the suite) {@link #LOAD} alone may see only a few requests answered.
     */
    private static final int MIN_INQUIRIES = 30;
    private static final int MIN_REPLIES = 10;
    private static final int MIN_COMPLAINTS = 10;
    private static final int CLIENTS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path workDir;

    @Test
    void shouldKeepEveryAcknowledgedChangeAfterKillOnTheDefaultH2File() throws Exception {
        // no datasource argument: the default run's own URL (./data/meridian) in the working directory
        Counts counts = crashAndRestart("h2");
        assertThat(Files.exists(workDir.resolve("data/meridian.mv.db"))).isTrue();
        report("h2", counts);
    }

    @Test
    void shouldKeepEveryAcknowledgedChangeAfterKillOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String[] database = {"--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password="};
            Counts counts = crashAndRestart("postgres", database);
            report("postgres", counts);
        }
    }

    record Counts(int inquiries, int replies, int complaints, int refusedWhileRunning) {
    }

    private Counts crashAndRestart(String name, String... database) throws Exception {
        Acknowledged acknowledged = new Acknowledged();
        AtomicInteger refused = new AtomicInteger();
        // a job the killed server had locked is run after its lock time: 10 s here instead of 5 minutes;
        // an idle job executor looks again within 2 s (not up to a minute), and a continuation that lost
        // a race is retried 5 s later (not a minute): the same journeys go on, sooner
        List<String> arguments = new ArrayList<>(List.of(database));
        arguments.add("--camunda.bpm.job-execution.lock-time-in-millis=10000");
        arguments.add("--camunda.bpm.job-execution.wait-time-in-millis=500");
        arguments.add("--camunda.bpm.job-execution.max-wait=2000");
        arguments.add("--MERIDIAN_JOB_RETRY_CYCLE=R5/PT5S");
        database = arguments.toArray(String[]::new);
        // the first start creates the schema: the explicit step the postgres profile needs (README "Production schema")
        List<String> firstStart = new ArrayList<>(List.of(database));
        firstStart.add("--meridian.schema.update=true");
        try (ServerProcess server = ServerProcess.start(workDir, START, firstStart.toArray(String[]::new))) {
            load(server, acknowledged, refused); // ends with kill -9 while the clients are sending
            assertThat(server.isAlive()).isFalse();
        }
        log.info("{}: killed with {} inquiries, {} replies, {} complaints acknowledged", name,
            acknowledged.inquiries.size(), acknowledged.replies.size(), acknowledged.complaints.size());
        assertThat(acknowledged.inquiries).as("inquiries acknowledged before the kill").hasSizeGreaterThanOrEqualTo(MIN_INQUIRIES);

        try (ServerProcess server = ServerProcess.start(workDir, START, database)) {
            for (Map.Entry<String, String> inquiry : acknowledged.inquiries.entrySet()) {
                JsonNode view = get(server, "/api/inquiries/" + inquiry.getKey(), "shop");
                assertThat(view).as("inquiry %s after the crash", inquiry.getKey()).isNotNull();
                assertThat(get(server, "/engine-rest/history/process-instance/" + inquiry.getValue(), "demo"))
                    .as("journey of %s", inquiry.getKey()).isNotNull();
            }
            for (Map.Entry<String, String> reply : acknowledged.replies.entrySet()) {
                JsonNode task = get(server, "/engine-rest/history/task?maxResults=10&taskId=" + reply.getValue(), "demo");
                assertThat(task).as("completed reply of %s", reply.getKey()).hasSize(1);
                assertThat(task.get(0).path("deleteReason").asText()).isEqualTo("completed");
            }
            for (Map.Entry<String, String> complaint : acknowledged.complaints.entrySet()) {
                JsonNode view = get(server, "/api/complaints/" + complaint.getKey(), "shop");
                assertThat(view).as("complaint %s", complaint.getKey()).isNotNull();
                assertThat(view.path("complaint").path("inquiryId").asText()).isEqualTo(complaint.getValue());
            }
            // the quotes planned by completed replies go out after the restart: their continuations were committed
            // (a continuation that lost a race to a complaint opened at the same moment is retried 5 s later)
            Awaitility.await("every replied journey has sent its quote").atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    for (String inquiry : acknowledged.replies.keySet()) {
                        assertThat(get(server, "/api/inquiries/" + inquiry, "shop").path("inquiry").path("status").asText())
                            .as("status of %s", inquiry).isEqualTo("QUOTED");
                    }
                });
        }
        return new Counts(acknowledged.inquiries.size(), acknowledged.replies.size(), acknowledged.complaints.size(), refused.get());
    }

    /** What the server answered with a success: inquiry → journey, inquiry → completed reply task, complaint → inquiry. */
    private static final class Acknowledged {
        final Map<String, String> inquiries = new ConcurrentHashMap<>();
        final Map<String, String> replies = new ConcurrentHashMap<>();
        final Map<String, String> complaints = new ConcurrentHashMap<>();
        final Queue<String> toReply = new ConcurrentLinkedQueue<>();
        final Queue<String> toComplain = new ConcurrentLinkedQueue<>();
    }

    /**
     * Clients start inquiries, complete replies and open complaints until the server is killed: after
     * {@link #LOAD}, and not before {@link #MIN_INQUIRIES}, {@link #MIN_REPLIES} and {@link #MIN_COMPLAINTS} were acknowledged.
     */
    private void load(ServerProcess server, Acknowledged acknowledged, AtomicInteger refused) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        String run = Long.toString(System.nanoTime(), 36);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    int n = sequence.incrementAndGet();
                    try {
                        switch (n % 3) {
                            case 1 -> replyTo(server, acknowledged);
                            case 2 -> complainAbout(server, acknowledged);
                            default -> { }
                        }
                        startInquiry(server, acknowledged, run + "-" + n, n);
                    } catch (IOException e) {
                        return null; // killed: an answer that never came acknowledges nothing
                    } catch (RuntimeException e) {
                        refused.incrementAndGet();
                        log.warn("refused while running: {}", e.getMessage());
                    }
                }
                return null;
            });
        }
        try {
            Awaitility.await("acknowledged work before the kill").pollDelay(LOAD).atMost(LOAD.plus(Duration.ofSeconds(180)))
                .pollInterval(Duration.ofMillis(100)).until(() -> acknowledged.inquiries.size() >= MIN_INQUIRIES
                    && acknowledged.replies.size() >= MIN_REPLIES && acknowledged.complaints.size() >= MIN_COMPLAINTS);
        } finally {
            server.kill();
            running.set(false);
            clients.shutdown();
        }
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private void startInquiry(ServerProcess server, Acknowledged acknowledged, String ref, int n) throws IOException, InterruptedException {
        String country = n % 3 == 0 ? "JP" : n % 3 == 1 ? "US" : "DE";
        HttpResponse<String> r = post(server, "/api/inquiries", "shop", """
            {"client": {"company": "Crash %1$s", "contactName": "Client %1$s", "email": "crash-%1$s@example.com", "country": "%2$s"},
             "inquiry": {"product": "LED panel", "quantity": 100, "externalRef": "crash-%1$s"}}""".formatted(ref, country));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("start: HTTP " + r.statusCode() + " " + r.body());
        }
        JsonNode started = JSON.readTree(r.body());
        acknowledged.inquiries.put(started.path("id").asText(), started.path("processInstanceId").asText());
        acknowledged.toReply.add(started.path("id").asText());
        acknowledged.toComplain.add(started.path("id").asText());
    }

    private void replyTo(ServerProcess server, Acknowledged acknowledged) throws IOException, InterruptedException {
        String inquiry = acknowledged.toReply.poll();
        if (inquiry == null) {
            return;
        }
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(server.uri(
                "/engine-rest/task?maxResults=10&taskDefinitionKey=replyToInquiry&processInstanceBusinessKey=" + inquiry))
            .timeout(Duration.ofSeconds(30)).header("Authorization", basic("demo")).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode tasks = found.statusCode() == 200 ? JSON.readTree(found.body()) : null;
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalStateException("no reply task for acknowledged inquiry " + inquiry + ": HTTP " + found.statusCode() + " " + found.body());
        }
        String taskId = tasks.get(0).path("id").asText();
        String validUntil = LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
        HttpResponse<String> r = post(server, "/engine-rest/task/" + taskId + "/complete", "demo", """
            {"variables": {"quoteProductParameters": {"value": "40 W, 4000 K"}, "quoteMoq": {"value": 200, "type": "Long"},
             "quoteLeadTimeDays": {"value": 25, "type": "Long"}, "quotePaymentTerms": {"value": "30%% deposit"},
             "quotePortOfLoading": {"value": "Ningbo"}, "quoteUnitPrice": {"value": 12.5, "type": "Double"},
             "quoteCurrency": {"value": "USD"}, "quoteValidUntil": {"value": "%s"}}}""".formatted(validUntil));
        if (r.statusCode() != 204) {
            throw new IllegalStateException("reply: HTTP " + r.statusCode() + " " + r.body());
        }
        acknowledged.replies.put(inquiry, taskId);
    }

    private void complainAbout(ServerProcess server, Acknowledged acknowledged) throws IOException, InterruptedException {
        String inquiry = acknowledged.toComplain.poll();
        if (inquiry == null) {
            return;
        }
        HttpResponse<String> r = post(server, "/api/complaints", "shop", """
            {"inquiryId": "%s", "category": "COMMUNICATION", "wording": "NEUTRAL", "description": "No answer yet."}""".formatted(inquiry));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("complaint: HTTP " + r.statusCode() + " " + r.body());
        }
        acknowledged.complaints.put(JSON.readTree(r.body()).path("id").asText(), inquiry);
    }

    private HttpResponse<String> post(ServerProcess server, String path, String user, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
            .header("Authorization", basic(user)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON answer of a GET, or null when it is not a 200. */
    private JsonNode get(ServerProcess server, String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
            .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static void report(String name, Counts counts) throws IOException {
        String text = "%s: acknowledged before kill -9: %d inquiries, %d completed replies, %d complaints; all present after the restart; %d refused while running%n"
            .formatted(name, counts.inquiries(), counts.replies(), counts.complaints(), counts.refusedWhileRunning());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/crash-test-" + name + ".txt"), text);
        log.info(text.trim());
        assertThat(counts.refusedWhileRunning()).as("refusals while running (see the log)").isZero();
    }
}
