package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.order.OrderFixture;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.ReceivedMail;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An order that ends without a delivery: its fulfilment cancelled (the client called the order off), or its journey
 * cancelled before the fulfilment started. The order is over, so the client gets no checklist about it and no "Confirm
 * the milestone" stays open to escalate: the milestones still waiting are WITHDRAWN with the reason (what ended, on which
 * of the client's days), a checklist still in the outbox is withdrawn, a confirmed milestone stays, and a new milestone is
 * a 409. Before, the milestones ran on after the cancellation: checklists went out and the tasks escalated to the managers.
 */
@MeridianTest
class MilestonesWithoutDeliveryTest {

    /** Monday 11 January 2027, 08:00 in Berlin: the German client's opening. */
    static final Instant BERLIN_OPENS = Instant.parse("2027-01-11T07:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;

    MilestoneSteps steps;

    @BeforeEach
    void steps() {
        steps = new MilestoneSteps(engine, api);
    }

    @Test
    void shouldWithdrawTheMilestonesStillWaitingWhenTheFulfilmentIsCancelled() {
        String email = "weber-cancelled-ms@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);

        String samples = steps.planned(order, "Sample approval", "2027-01-14", "Golden sample signed");
        String inspection = steps.planned(order, "Pre-shipment inspection", "2027-02-10", "AQL level II agreed");
        String labels = steps.planned(order, "Label approval", "2027-02-03", "Carton marks approved");
        assertThat(api.post("/api/orders/" + order + "/milestones/" + labels + "/confirmation", "{\"confirmedBy\": \"Jan Weber\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        ClockUtil.setCurrentTime(Date.from(BERLIN_OPENS));
        steps.ask(samples);
        assertThat(steps.checklists(order)).extracting(m -> m.path("status").asText()).containsExactly("PLANNED");

        // the client calls the order off: an administrator cancels its fulfilment
        engine.getRuntimeService().deleteProcessInstance(fulfilment.getId(), "Client cancelled the order");

        String ended = "order " + number + " ended without a delivery on Mon 11 Jan 2027 in the client's time zone Europe/Berlin"
            + " (Order fulfilment cancelled: Client cancelled the order)";
        String reason = "Withdrawn: " + ended + " before the client confirmed this milestone; no checklist goes to the client and no"
            + " task stays open for an order that is not delivered.";
        List<JsonNode> listed = steps.list(order);
        assertThat(listed).extracting(m -> m.path("name").asText() + ": " + m.path("state").asText() + ": " + m.path("withdrawalReason").asText())
            .containsExactly("Sample approval: WITHDRAWN: " + reason, "Label approval: CONFIRMED: null",
                "Pre-shipment inspection: WITHDRAWN: " + reason);
        assertThat(steps.running(order)).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(Activity.CONFIRM_MILESTONE)
            .processInstanceBusinessKey(samples).count()).isZero();
        for (String id : List.of(samples, inspection)) {
            HistoricProcessInstance gone = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult();
            assertThat(gone.getDeleteReason()).isEqualTo(reason);
        }
        assertThat(steps.checklists(order)).extracting(m -> m.path("status").asText() + ": " + m.path("lastError").asText())
            .containsExactly("WITHDRAWN: withdrawn before it went out: " + ended);
        mail.deliverDue();
        assertThat(mail.receivedBy(email)).extracting(ReceivedMail::subject).noneMatch(s -> s.contains("Sample approval"));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(journey.getId()).count())
            .as("the journey that called the fulfilment ends with it").isZero();
        ResponseEntity<JsonNode> late = steps.plan(order, "Claim window", "2027-02-17", "Goods checked");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).isEqualTo("order " + number + " was cancelled at " + BERLIN_OPENS
            + " (Order fulfilment cancelled: Client cancelled the order): no milestone is planned for it (the client gets no checklist"
            + " about an order that is not delivered)");
    }

    @Test
    void shouldWithdrawTheMilestonesOfAnOrderWhoseJourneyIsCancelledBeforeItsFulfilment() {
        ProcessInstance journey = OrderFixture.paidOrder(engine, startVariables("DE", "weber-journey-off@weber.example"));
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        String samples = steps.planned(order, "Sample approval", "2027-01-14", "Golden sample signed");
        assertThat(steps.running(order)).isOne();

        // cancelled in the engine's REST API, as an administrator does it (no reason given)
        ResponseEntity<String> deleted = http.withBasicAuth("demo", "demo")
            .exchange("/engine-rest/process-instance/" + journey.getId(), HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(steps.list(order)).extracting(m -> m.path("id").asText() + ": " + m.path("state").asText() + ": "
                + m.path("withdrawalReason").asText())
            .containsExactly(samples + ": WITHDRAWN: Withdrawn: order " + number + " ended without a delivery on Mon 11 Jan 2027 in"
                + " the client's time zone Europe/Berlin (Client journey cancelled) before the client confirmed this milestone; no"
                + " checklist goes to the client and no task stays open for an order that is not delivered.");
        assertThat(steps.running(order)).isZero();
        assertThat(steps.plan(order, "Production start", "2027-01-20", "Colours signed").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
