package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * "Handle objection" with the outcome "Revise quote", completed over engine-rest as Tasklist completes it: a
 * revision that changes nothing against the quote in force is the form's error, where it mailed the client a
 * "Revised quotation" identical to the last.
 */
@MeridianTest
class RevisedQuoteApiTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    InquiryLedger inquiries;

    @Test
    void shouldRefuseARevisedQuoteThatChangesNothingAndSendNothing() {
        String id = quotedAndDeclined("same-again@acme.example");
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Task handle = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(handle.getTaskDefinitionKey()).isEqualTo(Activity.HANDLE_OBJECTION);
        String inForce = inquiries.byId(id).orElseThrow().quote();

        // the form shows the quote in force; sales chooses "Revise quote" and submits it as it is
        ResponseEntity<JsonNode> same = revise(handle, JourneyFixture.quote());
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(same.getBody().path("message").asText()).contains(
            "the revised quote changes nothing against the quote in force (12.50 USD a piece, valid until "
                + JourneyFixture.validUntil() + ")",
            "product parameters, MOQ, lead time, payment terms, port of loading, unit price, currency and validity are all the same");
        assertThat(tasks.createTaskQuery().taskId(handle.getId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(runtime.getVariable(pi, Var.OBJECTION_OUTCOME)).as("nothing kept of the form").isNull();
        assertThat(quotes(id)).as("no revised quotation planned, the first not withdrawn").singleElement()
            .satisfies(q -> assertThat(q.status()).isEqualTo(OutboxMessage.Status.PLANNED));
        assertThat(inquiries.byId(id).orElseThrow().quote()).isEqualTo(inForce);

        // the same quote with the price the client asked for goes out as the revised one
        Map<String, Object> cheaper = JourneyFixture.quote();
        cheaper.put(Var.QUOTE_UNIT_PRICE, 11.9);
        assertThat(revise(handle, cheaper).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        AsyncContinuations.runAll(engine);
        assertThat(quotes(id)).hasSize(2).last().satisfies(q -> assertThat(q.subject()).contains("Revised quotation"));
    }

    /**
     * The client answers again while sales handles their objection: still a 409, but one that says what is going on
     * and when the answer is taken, where it read "is not waiting for a client response (status DECLINED)" alone.
     */
    @Test
    void shouldSayWhileTheObjectionIsHandledThatTheAnswerIsTakenOnceTheTeamHasProposedSomething() {
        String id = quotedAndDeclined("answers-again@acme.example");
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Task handle = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(handle.getTaskDefinitionKey()).isEqualTo(Activity.HANDLE_OBJECTION);

        ResponseEntity<JsonNode> again = post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText())
            .startsWith("inquiry " + id + " is not waiting for a client response: the client declined the quote (objection PRICE)"
                + " and the team is handling that objection in task \"Handle objection — Acme GmbH (DE, A)\", due ")
            .containsPattern("due \\w{3} \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} \\(Asia/Shanghai\\)\\. ")
            .endsWith(". Send the client's answer again once the team has proposed a revised quote or agreed a next date with the"
                + " client: the inquiry then waits for the client again. Nothing was changed.")
            .doesNotContain("status DECLINED");
        assertThat(tasks.createTaskQuery().taskId(handle.getId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(inquiries.byId(id).orElseThrow().status()).isEqualTo(InquiryRecord.Status.DECLINED);
    }

    /** An inquiry of Acme GmbH (Germany) quoted at 12.50 USD, which the client declines for its price. */
    private String quotedAndDeclined(String email) {
        String id = post("/api/inquiries", """
            {"client": {"company": "Acme GmbH", "contactName": "Jana Weber", "email": "%s", "country": "DE", "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""".formatted(email))
            .getBody().path("id").asText();
        AsyncContinuations.runAll(engine);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), JourneyFixture.quote());
        AsyncContinuations.runAll(engine);
        ResponseEntity<JsonNode> declined = post("/api/inquiries/" + id + "/client-response",
            "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}");
        assertThat(declined.getStatusCode()).as(String.valueOf(declined.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        return id;
    }

    /** Sales completes "Handle objection" over engine-rest with the outcome REVISE and the quote's values. */
    private ResponseEntity<JsonNode> revise(Task handle, Map<String, Object> quote) {
        StringBuilder variables = new StringBuilder("{\"objectionOutcome\": {\"value\": \"REVISE\"}");
        quote.forEach((name, value) -> variables.append(", \"").append(name).append("\": ")
            .append(value instanceof String text ? "{\"value\": \"" + text + "\"}"
                : value instanceof Double number ? "{\"value\": " + number + ", \"type\": \"Double\"}"
                : "{\"value\": " + value + ", \"type\": \"Long\"}"));
        return api.post("/engine-rest/task/" + handle.getId() + "/complete", "{\"variables\": " + variables + "}}", "sam");
    }

    private List<OutboxMessage> quotes(String inquiryId) {
        return outbox.about(inquiryId).stream().filter(m -> "QUOTE".equals(m.content().messageKind())).toList();
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return api.post(path, body, "shop");
    }
}
