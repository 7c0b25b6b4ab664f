package io.meridian.aftersales;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFixture;
import io.meridian.order.OrderFulfilment;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskBriefings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The order's own tasks name the client's complaints not resolved yet: the order desk's "Notify stock ready" said nothing of
 * a crisis complaint about flickering panels on that very order, and the desk would have called the client with good news
 * as if nothing had happened (found in Tasklist).
 */
@MeridianTest
class OpenComplaintsOnOrderTasksTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldNameTheClientsOpenComplaintOnTheStockReadyNotice() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("JP", "open-complaint-order@nakamura.example"),
            "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        ResponseEntity<JsonNode> complained = api.post("/api/complaints", """
            {"orderId": "%s", "category": "COMMUNICATION", "wording": "MILD", "description": "Nobody told us when the panels ship."}"""
            .formatted(OrderFixture.orderId(engine, journey)), "shop");
        assertThat(complained.getStatusCode()).as(String.valueOf(complained.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);

        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables("progressPercent", 100, "stockComplete", true));
        AsyncContinuations.runAll(engine);

        String briefing = TaskBriefings.briefing(engine, task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        assertThat(briefing).contains("**Open complaints:** " + complained.getBody().path("complaintNumber").asText() + " (communication, ",
                ", status ", "Know where it stands before you talk to the client")
            .as("the order's tasks name the complaints alone: the client's history is the journey's").doesNotContain("**Client history:**");
    }
}
