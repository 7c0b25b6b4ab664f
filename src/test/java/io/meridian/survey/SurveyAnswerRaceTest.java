package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two answers of one client arriving at the same moment (the shop's survey page sent twice): both passed the one-per-order
 * (or one-per-quarter) check before either was kept, and the client got two evaluations and two improvement reports. One
 * answer of a client is checked and kept at a time: the first is kept (201), the second is the 409 naming it.
 */
@MeridianTest
class SurveyAnswerRaceTest {

    private static final Instant NOW = Instant.parse("2027-05-12T03:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(NOW);

    @Autowired
    ApiCalls api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Surveys surveys;

    @Test
    void shouldKeepOneOfTwoAnswersAboutTheSameOrderSentAtOnce() throws Exception {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "race-order@weber.example", NOW.minus(Duration.ofDays(40)),
            "DELIVERED");

        List<ResponseEntity<JsonNode>> answers = race("/api/clients/" + client.clientId() + "/surveys",
            "{\"nps\": 9, \"csat\": 5, \"ces\": 2, \"orderId\": \"" + client.orderId() + "\"}");

        assertOneKeptAndOneRefused(client, answers, "order " + client.orderNumber() + " was rated already, over the API at ");
    }

    @Test
    void shouldKeepOneOfTwoAnswersAboutNoOrderSentAtOnce() throws Exception {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "race-general@weber.example", NOW.minus(Duration.ofDays(40)),
            "DELIVERED");

        List<ResponseEntity<JsonNode>> answers = race("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 8, \"csat\": 4, \"ces\": 3}");

        assertOneKeptAndOneRefused(client, answers, "the client rated us already this quarter (2027-Q2), over the API at ");
    }

    private void assertOneKeptAndOneRefused(LedgerFixture.ClientWithOrder client, List<ResponseEntity<JsonNode>> answers, String refusal) {
        AsyncContinuations.runAll(engine);
        assertThat(answers).as("answers: %s", answers).extracting(a -> a.getStatusCode().value()).containsExactlyInAnyOrder(201, 409);
        assertThat(surveys.ofClient(client.clientId())).as("one evaluation").hasSize(1);
        Surveys.Evaluation kept = surveys.ofClient(client.clientId()).get(0);
        assertThat(answers).filteredOn(a -> a.getStatusCode().value() == 409).singleElement()
            .satisfies(a -> assertThat(a.getBody().path("detail").asText()).contains(refusal + kept.recordedAt() + ": NPS "));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY)
            .variableValueEquals(SatisfactionSurvey.Var.CLIENT_ID, client.clientId()).count()).as("one improvement report").isEqualTo(1L);
    }

    /** Two threads post the same answer as the shop, released together. */
    private List<ResponseEntity<JsonNode>> race(String path, String body) throws Exception {
        int racers = 2;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<JsonNode>>> racing = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                racing.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.post(path, body, "shop");
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : racing) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
