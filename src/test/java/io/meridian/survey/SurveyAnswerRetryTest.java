package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shop's survey page sends a client's scores again after a timeout, with the key it sent them with: the repeat answers
 * as the first (201, the same evaluation) and keeps nothing more, where it was a 409 "the client rated us already this
 * quarter" that read as a refusal of the answer just kept; the key with other scores is a 422, as on every event endpoint.
 */
@MeridianTest
class SurveyAnswerRetryTest {

    private static final Instant NOW = Instant.parse("2027-05-12T03:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(NOW);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;

    private ResponseEntity<JsonNode> answer(String clientId, String body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth("shop", "demo").exchange("/api/clients/" + clientId + "/surveys", HttpMethod.POST,
            new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void shouldAnswerARetriedSurveyAnswerAsTheFirstAndRefuseItsKeyForOtherScores() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "retry-survey@weber.example", NOW.minus(Duration.ofDays(40)),
            "DELIVERED");

        ResponseEntity<JsonNode> first = answer(client.clientId(), "{\"nps\": 8, \"csat\": 4, \"ces\": 3}", "survey-page-7f3a");
        ResponseEntity<JsonNode> again = answer(client.clientId(), "{\"nps\": 8, \"csat\": 4, \"ces\": 3}", "survey-page-7f3a");
        ResponseEntity<JsonNode> other = answer(client.clientId(), "{\"nps\": 2, \"csat\": 1, \"ces\": 7, \"complaintCategory\": \"QUALITY\"}",
            "survey-page-7f3a");

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.getBody().at("/evaluation/id").asText()).isEqualTo(first.getBody().at("/evaluation/id").asText());
        assertThat(other.getStatusCode().value()).as("%s", other.getBody()).isEqualTo(422);
        assertThat(other.getBody().path("detail").asText()).startsWith("Idempotency-Key was used for another request");
        assertThat(surveys.ofClient(client.clientId())).as("one evaluation").hasSize(1);
    }
}
