package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.meridian.system.ConflictException;
import io.meridian.system.OnPostgres;
import io.meridian.testsupport.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SurveyAnswerRaceTest} on PostgreSQL, whose reads under READ COMMITTED do not wait for another transaction's insert: two
 * answers of one client at the same moment are one evaluation, the other refused naming it.
 */
class SurveyAnswerRaceOnPostgresTest extends OnPostgres {

    @Autowired
    SurveyAnswers answers;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldKeepOneOfTwoAnswersAboutTheSameOrderSentAtOnce() throws Exception {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "race-" + UUID.randomUUID() + "@pg.example",
            Instant.now().minus(Duration.ofDays(40)), "DELIVERED");

        List<String> outcomes = race(client.clientId(), new SurveyAnswers.SurveyRequest(9, 5, 2, null, null, client.orderId()));

        assertThat(outcomes).as("outcomes").containsExactlyInAnyOrder("kept", "refused: order " + client.orderNumber() + " was rated already");
        assertThat(surveys.ofClient(client.clientId())).hasSize(1);
    }

    @Test
    void shouldKeepOneOfTwoAnswersAboutNoOrderSentAtOnce() throws Exception {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "race-" + UUID.randomUUID() + "@pg.example",
            Instant.now().minus(Duration.ofDays(40)), "DELIVERED");

        List<String> outcomes = race(client.clientId(), new SurveyAnswers.SurveyRequest(8, 4, 3, null, null, null));

        assertThat(outcomes).as("outcomes").containsExactlyInAnyOrder("kept", "refused: the client rated us already");
        assertThat(surveys.ofClient(client.clientId())).hasSize(1);
    }

    /** Two threads record the same answer, released together: "kept", or "refused: " and the 409's first words. */
    private List<String> race(String clientId, SurveyAnswers.SurveyRequest request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<SurveyAnswers.Recorded>> racing = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racing.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return answers.record(clientId, request);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<SurveyAnswers.Recorded> answer : racing) {
                try {
                    answer.get(60, TimeUnit.SECONDS);
                    outcomes.add("kept");
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    String detail = e.getCause().getMessage();
                    outcomes.add("refused: " + detail.substring(0, detail.indexOf(" already") + " already".length()));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
