package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFixture;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The client answers the after-sales questions about an order on the shop's survey page ({@code POST /api/clients/{id}/surveys}
 * with {@code orderId}). Those scores were kept beside the order's check-in, which stayed open: support called the client to
 * ask the same questions again, and a second answer about the same order (the page sent twice, or the check-in done) sent
 * the client a second improvement report. Now the answer is the check-in's, and the order is rated once.
 */
@MeridianTest
class CheckInAnsweredOverApiTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldEndTheOrdersOpenCheckInWithTheClientsAnswerAndRefuseASecondAnswerAboutTheSameOrder() {
        ProcessInstance journey = OrderFixture.deliveredOrder(engine, api, JourneyFixture.startVariables("DE", "checkin-api@acme.example"));
        String orderId = OrderFixture.orderId(engine, journey);
        String orderNumber = OrderFixture.orderNumber(engine, journey);
        Task checkIn = engine.getTaskService().createTaskQuery().processInstanceId(journey.getId()).singleResult();
        String clientId = (String) engine.getRuntimeService().getVariable(journey.getId(), ClientJourney.Var.CLIENT_ID);
        String path = "/api/clients/" + clientId + "/surveys";
        String answer = "{\"nps\": 4, \"csat\": 2, \"ces\": 6, \"complaintCategory\": \"DELIVERY_DELAY\", \"comment\": \"Two weeks late.\", "
            + "\"orderId\": \"" + orderId + "\"}";

        ResponseEntity<JsonNode> answered = api.post(path, answer, "shop");
        AsyncContinuations.runAll(engine);

        assertThat(answered.getStatusCode()).as(String.valueOf(answered.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(answered.getBody().path("endedCheckIn").asText()).isEqualTo(checkIn.getId());
        JsonNode evaluation = answered.getBody().path("evaluation");
        assertThat(evaluation.path("source").asText()).isEqualTo("CHECK_IN");
        assertThat(evaluation.path("recordedBy").asText()).as("who recorded it").isEqualTo("shop");
        assertThat(evaluation.path("nps").asInt()).isEqualTo(4);
        // the journey went on from the check-in as when support enters the scores: one detractor's complaint, one report
        assertThat(journey).isEnded().hasPassed(ClientJourney.Activity.AFTER_SALES_CHECK_IN);
        assertThat(jdbc.sql("select count(*) from complaint where client_id = :c and category = 'DELIVERY_DELAY'").param("c", clientId)
            .query(Long.class).single()).isEqualTo(1L);
        assertThat(surveys.ofClient(clientId)).singleElement().satisfies(e -> assertThat(e.complaintId()).isNotNull());

        // the page sent twice: refused, naming the first answer; no second evaluation, no second report to the client
        ResponseEntity<JsonNode> again = api.post(path, answer, "shop");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // the first answer's time as an instant, as GET …/surveys gives it and the other 409s of /api state times, not in the
        // team's clock (Shanghai), which the integration answering for a German client has no reason to read
        Surveys.Evaluation first = surveys.ofClient(clientId).get(0);
        assertThat(again.getBody().path("detail").asText())
            .contains("order " + orderNumber + " was rated already, at the after-sales check-in at " + first.recordedAt()
                + ": NPS 4, CSAT 2, CES 6; one evaluation per order")
            .doesNotContain("Asia/Shanghai");
        assertThat(surveys.ofClient(clientId)).hasSize(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY)
            .variableValueEquals(SatisfactionSurvey.Var.CLIENT_ID, clientId).count()).isEqualTo(1L);
    }
}
