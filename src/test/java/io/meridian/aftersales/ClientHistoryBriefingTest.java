package io.meridian.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A returning client's next inquiry tells the salesperson what came before: the earlier order, the last evaluation and
 * the complaint still open. It said nothing of them: a client who had scored 3 of 10 a week before, with a quality
 * complaint in crisis, was quoted like a stranger.
 */
@MeridianTest
class ClientHistoryBriefingTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiCalls api;

    @Test
    void shouldTellTheSalespersonOfAReturningClientsEarlierOrderLastScoreAndOpenComplaint() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-history@weber.example",
            Instant.now().minus(Duration.ofDays(40)), "DELIVERED");
        ResponseEntity<JsonNode> scored = api.post("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 3, \"csat\": 2, \"ces\": 5, "
            + "\"complaintCategory\": \"QUALITY\", \"comment\": \"Two panels flicker.\", \"orderId\": \"" + client.orderId() + "\"}", "shop");
        assertThat(scored.getStatusCode()).as(String.valueOf(scored.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);
        String complaintNumber = jdbc.sql("select complaint_number from complaint where client_id = :c").param("c", client.clientId())
            .query(String.class).single();

        String briefing = replyBriefing("weber-history@weber.example", "DE");

        assertThat(briefing).contains("**Client history:** 1 earlier order, the last " + client.orderNumber() + " (delivered, opened ",
            "Last evaluation ", "on the survey page: NPS 3/10, CSAT 2/5, CES 5/7, a detractor; the client said: \"Two panels flicker.\"\n\n",
            "**Open complaints:** " + complaintNumber + " (quality, critical, opened ", ", status received)",
            "Know where it stands before you talk to the client");
        // right after the request, before the due time and the etiquette
        assertThat(briefing.indexOf("**Client history:**")).isGreaterThan(briefing.indexOf("**Request:**"))
            .isLessThan(briefing.indexOf("**Due:**"));
    }

    @Test
    void shouldSayNothingOfHistoryOnANewClientsFirstInquiry() {
        assertThat(replyBriefing("first-time-history@newco.example", "US")).contains("**Request:**").doesNotContain("**Client history:**",
            "**Open complaints:**");
    }

    /** The briefing of "Reply to inquiry" of a new inquiry of the client with {@code email}. */
    private String replyBriefing(String email, String country) {
        ResponseEntity<JsonNode> started = api.post("/api/inquiries", "{\"client\": {\"company\": \"Weber GmbH\", \"contactName\": \"Jan Weber\", "
            + "\"email\": \"" + email + "\", \"country\": \"" + country + "\"}, \"inquiry\": {\"product\": \"LED panel 30x120\", \"quantity\": 300}}",
            "shop");
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
        Task reply = engine.getTaskService().createTaskQuery().processInstanceId(started.getBody().path("processInstanceId").asText())
            .taskDefinitionKey("replyToInquiry").singleResult();
        return (String) engine.getTaskService().getVariableLocal(reply.getId(), "briefing");
    }
}
