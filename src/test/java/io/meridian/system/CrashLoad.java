package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import io.meridian.testsupport.QuoteEndDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crash tests' clients: they start inquiries, complete replies and open complaints against a
 * server process until it is killed, keep what the server acknowledged (201/204), and afterwards
 * check that all of it is there, with its journey going on: on the restarted server (H2, whose
 * database lived in the killed process), or on the node that survived (PostgreSQL).
 */
final class CrashLoad {

    private static final Logger log = LoggerFactory.getLogger(CrashLoad.class);
    /** How long the clients send at least before the kill may come. */
    static final Duration LOAD = Duration.ofSeconds(Long.getLong("crash.load-seconds", 3));
    /**
     * Acknowledged work the kill must interrupt at least: on a busy machine (the crash tests run beside
     * the rest of the suite) {@link #LOAD} alone may see only a few requests answered.
     */
    static final int MIN_INQUIRIES = 30;
    static final int MIN_REPLIES = 10;
    static final int MIN_COMPLAINTS = 10;
    private static final int CLIENTS = 6;
    /** The CPU the server may take for what is awaited of it (ServerProcess#awaitWorking): a bound, not a target. */
    static final Duration WORK = Duration.ofSeconds(240);
    /**
     * How long one request may take: on a machine busy with other work a server at nice 10 may take minutes for one;
     * a client whose request timed out goes on (nothing was acknowledged), where it stopped as if the server had been killed.
     */
    private static final Duration REQUEST = Duration.ofSeconds(300);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server answered with a success: inquiry → journey, inquiry → completed reply task, complaint → inquiry. */
    final Map<String, String> inquiries = new ConcurrentHashMap<>();
    final Map<String, String> replies = new ConcurrentHashMap<>();
    final Map<String, String> complaints = new ConcurrentHashMap<>();
    private final Queue<String> toReply = new ConcurrentLinkedQueue<>();
    private final Queue<String> toComplain = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final QuoteEndDays quoteEnds = new QuoteEndDays();
    private final AtomicBoolean running = new AtomicBoolean();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private ExecutorService clients;

    /** The clients start sending to {@code server}; {@link #stop()} after the kill. */
    void start(ServerProcess server) {
        running.set(true);
        AtomicInteger sequence = new AtomicInteger();
        clients = Executors.newFixedThreadPool(CLIENTS);
        String run = Long.toString(System.nanoTime(), 36);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    int n = sequence.incrementAndGet();
                    try {
                        switch (n % 3) {
                            case 1 -> replyTo(server);
                            case 2 -> complainAbout(server);
                            default -> { }
                        }
                        startInquiry(server, run + "-" + n, n);
                    } catch (HttpTimeoutException e) {
                        log.info("no answer within {}: not acknowledged, the client goes on", REQUEST);
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
    }

    /**
     * Waits until the clients have sent for {@link #LOAD} and the server acknowledged the minimums, for as long as the
     * server gets {@link #WORK} of CPU to answer them.
     */
    void awaitEnough(ServerProcess server) throws InterruptedException {
        Thread.sleep(LOAD.toMillis());
        ServerProcess.awaitWorking("acknowledged work before the kill (at least %d inquiries, %d replies, %d complaints)"
            .formatted(MIN_INQUIRIES, MIN_REPLIES, MIN_COMPLAINTS), WORK, () -> inquiries.size() >= MIN_INQUIRIES
                && replies.size() >= MIN_REPLIES && complaints.size() >= MIN_COMPLAINTS, server);
    }

    /** After the kill: the clients stop; then nothing more is acknowledged. */
    void stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        log.info("killed with {} inquiries, {} replies, {} complaints acknowledged", inquiries.size(), replies.size(), complaints.size());
        assertThat(inquiries).as("inquiries acknowledged before the kill").hasSizeGreaterThanOrEqualTo(MIN_INQUIRIES);
    }

    /**
     * On the server started again on the same data (H2) or the node that survived (PostgreSQL): every acknowledged inquiry with its journey, every completed
     * reply and every complaint; and the quotes the completed replies planned go out (their continuations were
     * committed; one that lost a race to a complaint opened at the same moment is retried later).
     */
    void assertAllThere(ServerProcess server) throws Exception {
        for (Map.Entry<String, String> inquiry : inquiries.entrySet()) {
            assertFound(send(server, "/api/inquiries/" + inquiry.getKey(), "shop"), "inquiry " + inquiry.getKey() + " after the crash");
            assertFound(send(server, "/engine-rest/history/process-instance/" + inquiry.getValue(), "demo"),
                "journey " + inquiry.getValue() + " of " + inquiry.getKey());
        }
        for (Map.Entry<String, String> reply : replies.entrySet()) {
            JsonNode task = get(server, "/engine-rest/history/task?maxResults=10&taskId=" + reply.getValue(), "demo");
            assertThat(task).as("completed reply of %s", reply.getKey()).hasSize(1);
            assertThat(task.get(0).path("deleteReason").asText()).isEqualTo("completed");
        }
        for (Map.Entry<String, String> complaint : complaints.entrySet()) {
            HttpResponse<String> found = send(server, "/api/complaints/" + complaint.getKey(), "shop");
            assertFound(found, "complaint " + complaint.getKey());
            JsonNode view = JSON.readTree(found.body());
            assertThat(view.path("complaint").path("inquiryId").asText()).isEqualTo(complaint.getValue());
        }
        Map<String, String> notQuoted = new ConcurrentHashMap<>();
        try {
            ServerProcess.awaitWorking("every replied journey has sent its quote (status QUOTED)", WORK, () -> {
                notQuoted.clear();
                for (String inquiry : replies.keySet()) {
                    JsonNode view = get(server, "/api/inquiries/" + inquiry, "shop");
                    String status = view == null ? "no answer" : view.path("inquiry").path("status").asText();
                    if (!"QUOTED".equals(status)) {
                        notQuoted.put(inquiry, status);
                    }
                }
                return notQuoted.isEmpty();
            }, server);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; not quoted: " + notQuoted, e);
        }
    }

    /** Writes the counts to {@code target/crash-test-<name>.txt}; no request may have been refused while the server ran. */
    void report(String name, String checkedOn) throws IOException {
        String text = "%s: acknowledged before kill -9: %d inquiries, %d completed replies, %d complaints; all present %s; %d refused while running%n"
            .formatted(name, inquiries.size(), replies.size(), complaints.size(), checkedOn, refused.get());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/crash-test-" + name + ".txt"), text);
        log.info(text.trim());
        assertThat(refused.get()).as("refusals while running (see the log)").isZero();
    }

    private void startInquiry(ServerProcess server, String ref, int n) throws IOException, InterruptedException {
        String country = n % 3 == 0 ? "JP" : n % 3 == 1 ? "US" : "DE";
        HttpResponse<String> r = post(server, "/api/inquiries", "shop", """
            {"client": {"company": "Crash %1$s", "contactName": "Client %1$s", "email": "crash-%1$s@example.com", "country": "%2$s"},
             "inquiry": {"product": "LED panel", "quantity": 100, "externalRef": "crash-%1$s"}}""".formatted(ref, country));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("start: HTTP " + r.statusCode() + " " + r.body());
        }
        JsonNode started = JSON.readTree(r.body());
        inquiries.put(started.path("id").asText(), started.path("processInstanceId").asText());
        toReply.add(started.path("id").asText());
        toComplain.add(started.path("id").asText());
    }

    private void replyTo(ServerProcess server) throws IOException, InterruptedException {
        String inquiry = toReply.poll();
        if (inquiry == null) {
            return;
        }
        HttpResponse<String> found = send(server, "/engine-rest/task?maxResults=10&taskDefinitionKey=replyToInquiry&processInstanceBusinessKey="
            + inquiry, "demo");
        JsonNode tasks = found.statusCode() == 200 ? JSON.readTree(found.body()) : null;
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalStateException("no reply task for acknowledged inquiry " + inquiry + ": HTTP " + found.statusCode() + " " + found.body());
        }
        String taskId = tasks.get(0).path("id").asText();
        // a working day of the clients in JP, US and DE, as the quote's last day must be
        String validUntil = quoteEnds.sixtyDaysAhead(body -> {
            HttpResponse<String> windows = post(server, "/api/decisions/contact-window", "shop", body);
            if (windows.statusCode() != 200) {
                throw new IllegalStateException("contact windows: HTTP " + windows.statusCode() + " " + windows.body());
            }
            return windows.body();
        }).toString();
        HttpResponse<String> r = post(server, "/engine-rest/task/" + taskId + "/complete", "demo", """
            {"variables": {"quoteProductParameters": {"value": "40 W, 4000 K"}, "quoteMoq": {"value": 100, "type": "Long"},
             "quoteLeadTimeDays": {"value": 25, "type": "Long"}, "quotePaymentTerms": {"value": "30%% deposit"},
             "quotePortOfLoading": {"value": "Ningbo"}, "quoteUnitPrice": {"value": 12.5, "type": "Double"},
             "quoteCurrency": {"value": "USD"}, "quoteValidUntil": {"value": "%s"}}}""".formatted(validUntil));
        if (r.statusCode() != 204) {
            throw new IllegalStateException("reply: HTTP " + r.statusCode() + " " + r.body());
        }
        replies.put(inquiry, taskId);
    }

    private void complainAbout(ServerProcess server) throws IOException, InterruptedException {
        String inquiry = toComplain.poll();
        if (inquiry == null) {
            return;
        }
        HttpResponse<String> r = post(server, "/api/complaints", "shop", """
            {"inquiryId": "%s", "category": "COMMUNICATION", "wording": "NEUTRAL", "description": "No answer yet."}""".formatted(inquiry));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("complaint: HTTP " + r.statusCode() + " " + r.body());
        }
        complaints.put(JSON.readTree(r.body()).path("id").asText(), inquiry);
    }

    private HttpResponse<String> post(ServerProcess server, String path, String user, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(REQUEST)
            .header("Authorization", basic(user)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code response} is a 200; else the failure names what was looked for, the status and the server's answer (a 404 is a loss, a 503 an outage). */
    private static void assertFound(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as("%s: HTTP %d %s", what, response.statusCode(), response.body()).isEqualTo(200);
    }

    /** The JSON answer of a GET, or null when it is not a 200. */
    private JsonNode get(ServerProcess server, String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> r = send(server, path, user);
        return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
    }

    private HttpResponse<String> send(ServerProcess server, String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(REQUEST)
            .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return ServerTest.basic(user, ServerTest.PASSWORD);
    }
}
