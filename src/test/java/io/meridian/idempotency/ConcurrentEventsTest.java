package io.meridian.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.complaint.FixEmailOut;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Racing events for one journey, order or complaint: N identical requests at the same moment.
 * Without a key one wins and the others get 409 (never a 500, never two changes); with one
 * {@code Idempotency-Key} every one gets the winner's answer and the change happens once.
 */
@MeridianTest
class ConcurrentEventsTest {

    private static final int RACERS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Outbox outbox;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, JsonNode body, boolean replayed) {
    }

    @Test
    void shouldLetOneOfRacingAcceptancesWinAndAnswerTheOthers409() throws Exception {
        String inquiry = quotedInquiry("race-accept@example.com");

        List<Answer> answers = race("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"ACCEPTED\"}", null);

        assertThat(answers).extracting(Answer::status).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(answers).filteredOn(a -> a.status() == 409)
            .allSatisfy(a -> assertThat(a.body().path("detail").asText()).isNotBlank());
        assertThat(jdbc.queryForObject("select count(*) from customer_order where inquiry_id = ?", Integer.class, inquiry)).isEqualTo(1);
    }

    @Test
    void shouldReplayTheWinnersAnswerToRacingAcceptancesWithOneKey() throws Exception {
        String inquiry = quotedInquiry("race-key@example.com");
        String key = UUID.randomUUID().toString();

        List<Answer> answers = race("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"ACCEPTED\"}", key);

        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers).extracting(a -> a.body().path("orderId").asText()).doesNotContain("").containsOnly(answers.get(0).body().path("orderId").asText());
        assertThat(answers).filteredOn(Answer::replayed).hasSize(RACERS - 1);
        assertThat(jdbc.queryForObject("select count(*) from customer_order where inquiry_id = ?", Integer.class, inquiry)).isEqualTo(1);

        Answer later = send("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"ACCEPTED\"}", key);
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.replayed()).isTrue();
        assertThat(later.body()).isEqualTo(answers.get(0).body());
        Answer otherBody = send("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}", key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.body().path("title").asText()).isEqualTo("Idempotency-Key reused");
        assertThat(otherBody.body().path("errors").path(0).path("field").asText()).as("the header, named in errors")
            .isEqualTo("Idempotency-Key");
        assertThat(otherBody.body().path("errors").path(0).path("message").asText()).startsWith("Idempotency-Key was used for another request");
        assertThat(otherBody.body().path("instance").asText()).as("the path, as every other problem names it")
            .isEqualTo("/api/inquiries/" + inquiry + "/client-response");
    }

    @Test
    void shouldRecordOneOfRacingFullPayments() throws Exception {
        String order = order("race-pay@example.com");

        List<Answer> answers = race("/api/orders/" + order + "/payment", "{\"amount\": 6250, \"currency\": \"USD\"}", null);

        assertThat(answers).extracting(Answer::status).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(jdbc.queryForObject("select count(*) from order_payment where order_id = ?", Integer.class, order)).isEqualTo(1);
    }

    @Test
    void shouldRecordARepeatedPartialPaymentWithTheSameKeyOnce() throws Exception {
        String order = order("race-partial@example.com");

        List<Answer> answers = race("/api/orders/" + order + "/payment", "{\"amount\": 1000, \"currency\": \"USD\"}", "pay-1-" + order);

        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers).extracting(a -> a.body().path("paymentId").asText()).containsOnly(answers.get(0).body().path("paymentId").asText());
        assertThat(jdbc.queryForObject("select count(*) from order_payment where order_id = ?", Integer.class, order)).isEqualTo(1);
    }

    @Test
    void shouldLetOneOfRacingConfirmationsCloseTheComplaint() throws Exception {
        String complaint = complaintAwaitingConfirmation("race-confirm@example.jp");

        List<Answer> answers = FixEmailOut.whenSent(outbox, complaint,
            () -> race("/api/complaints/" + complaint + "/client-confirmation", "{\"satisfied\": true}", null));

        // the answers with their bodies in the message: a 400 here was seen once in a full run (2026-12-03) and not explained
        assertThat(answers).as("racing confirmations: %s", answers).extracting(Answer::status).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(jdbc.queryForObject("select status from complaint where id = ?", String.class, complaint)).isEqualTo("RESOLVED");
    }

    /** A repeat answers as the first did, its Location too (the new inquiry's path), where the replayed 201 had none. */
    @Test
    void shouldReplayTheLocationOfANewInquiry() throws Exception {
        String body = """
            {"client": {"company": "Race Ltd", "contactName": "Rae Race", "email": "located@example.com", "country": "DE"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500}}""";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inquiries"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("shop:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json").header("Idempotency-Key", "located-" + UUID.randomUUID())
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> repeat = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(first.statusCode()).isEqualTo(201);
        String id = JSON.readTree(first.body()).path("id").asText();
        assertThat(first.headers().firstValue("Location")).contains("/api/inquiries/" + id);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(repeat.headers().firstValue("Location")).contains("/api/inquiries/" + id);
        assertThat(repeat.headers().firstValue("Content-Type")).as("exactly the first answer's type")
            .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(repeat.body()).isEqualTo(first.body());
        AsyncContinuations.runAll(engine);
    }

    @Test
    void shouldRefuseAMalformedKey() throws Exception {
        String inquiry = quotedInquiry("bad-key@example.com");
        assertThat(send("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"ACCEPTED\"}", "x".repeat(201)).status())
            .isEqualTo(400);
    }

    private String quotedInquiry(String email) throws Exception {
        Answer started = send("/api/inquiries", """
            {"client": {"company": "Race Ltd", "contactName": "Rae Race", "email": "%s", "country": "DE"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500}}""".formatted(email), null);
        assertThat(started.status()).isEqualTo(201);
        String pi = started.body().path("processInstanceId").asText();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), JourneyFixture.quote());
        AsyncContinuations.run(engine, pi);
        return started.body().path("id").asText();
    }

    private String order(String email) throws Exception {
        String inquiry = quotedInquiry(email);
        Answer accepted = send("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"ACCEPTED\"}", null);
        assertThat(accepted.status()).isEqualTo(200);
        return accepted.body().path("orderId").asText();
    }

    private String complaintAwaitingConfirmation(String email) throws Exception {
        Answer opened = send("/api/complaints", """
            {"client": {"company": "Kato Trading", "contactName": "Kato Hiroshi", "email": "%s", "country": "JP", "tier": "A"},
             "category": "BILLING", "wording": "NEUTRAL", "description": "Charged twice."}""".formatted(email), null);
        assertThat(opened.status()).isEqualTo(201);
        String pi = opened.body().path("processInstanceId").asText();
        complete(pi, Activity.ACKNOWLEDGE_COMPLAINT, Map.of(Var.ACKNOWLEDGEMENT, "We are sorry."));
        complete(pi, Activity.DIAGNOSE_COMPLAINT, Map.of(Var.DIAGNOSIS, "Double booking."));
        complete(pi, Activity.PROVIDE_INTERIM_SOLUTION, Map.of(Var.INTERIM_SOLUTION, "Refund today."));
        complete(pi, Activity.FIX_ROOT_CAUSE, Map.of(Var.ROOT_CAUSE, "Manual invoicing.", Var.CORRECTIVE_ACTION, "Order system only."));
        return opened.body().path("id").asText();
    }

    private void complete(String pi, String activity, Map<String, Object> variables) {
        AsyncContinuations.run(engine, pi);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(activity).singleResult().getId(), variables);
        AsyncContinuations.run(engine, pi);
    }

    private List<Answer> race(String path, String body, String key) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> racing = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racing.add(pool.submit(() -> {
                go.await();
                return send(path, body, key);
            }));
        }
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : racing) {
            answers.add(answer.get());
        }
        pool.shutdown();
        return answers;
    }

    private Answer send(String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("shop:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()),
            response.headers().firstValue("Idempotency-Replayed").isPresent());
    }
}
