package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
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
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An order that ships before the client confirmed its key milestones: every key milestone comes before the goods leave,
 * so the client gets no checklist about a step that is past and no "Confirm the milestone" stays open. The milestones
 * still waiting are WITHDRAWN with a reason naming the shipment, a checklist still in the outbox is withdrawn, a confirmed
 * one stays, the order desk is emailed which ones went unconfirmed, and a new milestone is a 409. Before, a "Pre-shipment
 * inspection" stayed PLANNED after the shipment and its checklist went to the client weeks after the goods had left.
 */
@MeridianTest
class MilestonesAtShipmentTest {

    /** Monday 11 January 2027, 08:00 in Berlin: the German client's opening. */
    static final Instant BERLIN_OPENS = Instant.parse("2027-01-11T07:00:00Z");
    /** The same Monday, 11:00 in Berlin: the goods leave. */
    static final Instant SHIPPED = Instant.parse("2027-01-11T10:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    MilestoneSteps steps;

    @BeforeEach
    void steps() {
        steps = new MilestoneSteps(engine, api);
    }

    @Test
    void shouldWithdrawTheUnconfirmedMilestonesWhenTheGoodsShipAndTellTheOrderDesk() {
        String email = "weber-shipped-ms@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        String path = "/api/orders/" + order + "/milestones";

        String production = steps.planned(order, "Production start", "2027-01-13", "Colour samples signed");
        String samples = steps.planned(order, "Sample approval", "2027-01-14", "Golden sample signed");
        String inspection = steps.planned(order, "Pre-shipment inspection", "2027-02-10", "AQL level II agreed");
        ClockUtil.setCurrentTime(Date.from(BERLIN_OPENS));
        steps.ask(production);
        mail.deliverDue();
        assertThat(api.post(path + "/" + production + "/confirmation", "{\"confirmedBy\": \"Jan Weber\"}", "shop").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        // asked today at the client's opening: its checklist still waits in the outbox when the goods leave
        steps.ask(samples);
        assertThat(steps.checklists(order)).extracting(m -> m.path("status").asText()).containsExactly("SENT", "PLANNED");
        ProcessInstance planned = steps.process(inspection);

        // the goods leave early, the same day: the inspection's checklist would have gone on Friday 5 February
        OrderFixture.readyToShip(engine, fulfilment);
        ClockUtil.setCurrentTime(Date.from(SHIPPED));
        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU11\"}", "shop");
        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);

        String reason = "Withdrawn at the shipment: order " + number + " shipped on Mon 11 Jan 2027 in the client's time zone"
            + " Europe/Berlin before the client confirmed this milestone; no checklist goes to the client and no task stays open"
            + " once the goods have left.";
        List<JsonNode> listed = steps.list(order);
        assertThat(listed).extracting(m -> m.path("name").asText() + ": " + m.path("state").asText())
            .containsExactly("Production start: CONFIRMED", "Sample approval: WITHDRAWN", "Pre-shipment inspection: WITHDRAWN");
        assertThat(listed.get(0).path("withdrawalReason").isNull()).as("a confirmed milestone stays as it was").isTrue();
        assertThat(listed.subList(1, 3)).allSatisfy(m -> {
            assertThat(m.path("withdrawalReason").asText()).isEqualTo(reason);
            assertThat(Instant.parse(m.path("withdrawnAt").asText())).isEqualTo(SHIPPED);
        });
        assertThat(steps.running(order)).as("no milestone process, task or timer is left").isZero();
        for (String id : List.of(samples, inspection)) {
            HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult();
            assertThat(ended.getDeleteReason()).isEqualTo(reason);
            assertThat(engine.getTaskService().getProcessInstanceComments(ended.getId())).extracting(Comment::getFullMessage)
                .containsExactly(reason);
        }
        assertThat(steps.checklists(order)).extracting(m -> m.path("status").asText() + ": " + m.path("lastError").asText())
            .containsExactly("SENT: null", "WITHDRAWN: withdrawn before it went out: order " + number
                + " shipped on Mon 11 Jan 2027 in the client's time zone Europe/Berlin");

        // the order desk learns the goods left without the client's confirmation, and of which milestones
        mail.deliverDue();
        List<ReceivedMail> desk = mail.receivedBy("olivia@meridian.example").stream().filter(m -> m.subject().contains(number)).toList();
        assertThat(desk).extracting(ReceivedMail::subject).containsExactly("Order " + number
            + " shipped before the client confirmed 2 key milestones: Sample approval, Pre-shipment inspection");
        assertThat(desk.get(0).body())
            .contains("Order " + number + " shipped on Mon 11 Jan 2027 in the client's time zone Europe/Berlin (Maersk, tracking number"
                + " MAEU11) before the client confirmed these key milestones:")
            .contains("- Sample approval, due Thu 14 Jan 2027: the checklist went to the client on Mon 11 Jan 2027 08:00 (Europe/Berlin), no confirmation came")
            .contains("- Pre-shipment inspection, due Wed 10 Feb 2027: the checklist had not gone to the client yet")
            .contains("They are withdrawn: no checklist goes to the client about them any more",
                "If the client still has to sign off one of them (an inspection report, say), ask them yourself (by phone or on"
                    + " their usual channel) and record what they confirmed as confirmed items on order " + number)
            .doesNotContain("Production start")
            // a team member reads it in their mailbox: the order by its number and what to do, no API path or internal id
            .doesNotContain("/api/", "GET ", "POST ", order);

        // after the shipment no milestone is planned, and a withdrawn one is not confirmed
        ResponseEntity<JsonNode> late = steps.plan(order, "Re-inspection", "2027-02-17", "Rework accepted");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).isEqualTo("order " + number + " shipped on Mon 11 Jan 2027 in the client's"
            + " time zone Europe/Berlin: no milestone is planned after the shipment (every key milestone comes before the goods leave;"
            + " the client gets no checklist about a step that is past)");
        assertThat(api.post(path + "/" + inspection + "/confirmation", "{}", "shop").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // on the inspection's day nothing reaches the client
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-10T07:00:00Z")));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(planned.getId()).count()).isZero();
        mail.deliverDue();
        assertThat(mail.receivedBy(email)).extracting(ReceivedMail::subject).noneMatch(s -> s.contains("Pre-shipment inspection"))
            .noneMatch(s -> s.contains("Sample approval"));

        // the delivery changes nothing more: the reasons name the shipment, and the order desk is not told twice
        AsyncContinuations.runAll(engine);
        ResponseEntity<JsonNode> delivered = api.post("/api/orders/" + order + "/delivery", "{}", "shop");
        assertThat(delivered.getStatusCode()).as(String.valueOf(delivered.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        assertThat(steps.list(order)).extracting(m -> m.path("withdrawalReason").asText()).containsExactly("null", reason, reason);
        mail.deliverDue();
        assertThat(mail.receivedBy("olivia@meridian.example")).filteredOn(m -> m.subject().contains(number)).hasSize(1);
    }

    @Test
    void shouldTellNobodyWhenEveryMilestoneWasConfirmedBeforeTheShipment() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-shipped-ok@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        String samples = steps.planned(order, "Sample approval", "2027-01-14", "Golden sample signed");
        assertThat(api.post("/api/orders/" + order + "/milestones/" + samples + "/confirmation", "{}", "shop").getStatusCode())
            .isEqualTo(HttpStatus.OK);

        OrderFixture.readyToShip(engine, OrderFixture.fulfilment(engine, journey));
        assertThat(api.post("/api/orders/" + order + "/shipment", "{\"trackingNumber\": \"MAEU12\"}", "shop").getStatusCode())
            .isEqualTo(HttpStatus.OK);

        assertThat(steps.list(order)).extracting(m -> m.path("state").asText()).containsExactly("CONFIRMED");
        mail.deliverDue();
        assertThat(mail.received()).extracting(ReceivedMail::subject).noneMatch(s -> s.contains(number) && s.contains("key milestone"));
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(Activity.CONFIRM_MILESTONE).processInstanceBusinessKey(samples)
            .count()).isZero();
    }

    @Test
    void shouldNameEveryTrackingNumberOfASplitShipmentInTheOrderDesksEmail() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-split-ms@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        steps.planned(order, "Pre-shipment inspection", "2027-02-10", "AQL level II agreed");

        OrderFixture.readyToShip(engine, OrderFixture.fulfilment(engine, journey));
        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU21\", \"additionalTrackingNumbers\": [\"MAEU22\", \"MAEU23\"]}", "shop");
        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);

        // the order desk looks the goods up by every container's number, as the client's tracking email lists them
        mail.deliverDue();
        assertThat(mail.receivedBy("olivia@meridian.example")).filteredOn(m -> m.subject().contains(number)).singleElement()
            .extracting(ReceivedMail::body).asString()
            .contains("(Maersk, tracking numbers MAEU21, MAEU22 and MAEU23) before the client confirmed this key milestone:");
    }
}
