package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ClientVariables;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An order shipped in two containers or parcels has a tracking number for each: the shipment names the others in
 * {@code additionalTrackingNumbers} beside its {@code trackingNumber}, the order keeps them all and the client's notice lists
 * every one. A part that leaves later is the same shipment posted again with its number added: the client gets every
 * number again. Any number sent can be corrected.
 */
@MeridianTest
class SplitShipmentTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;
    @Autowired
    Outbox outbox;

    @Test
    void shouldSendEveryTrackingNumberOfASplitShipmentInOneNotice() {
        String order = OrderFixture.usOrderReadyToShip(engine, "split-one-notice@example.com");

        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU1000001\", \"additionalTrackingNumbers\": [\"MAEU1000002\"]}", "shop");
        AsyncContinuations.runAll(engine);

        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode record = api.get("/api/orders/" + order, "shop").getBody().path("order");
        assertThat(record.path("trackingNumber").asText()).isEqualTo("MAEU1000001");
        assertThat(record.path("additionalTrackingNumbers").toString()).isEqualTo("[\"MAEU1000002\"]");
        List<OutboxMessage> emails = trackingEmails(order);
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0).body()).contains("Tracking number: MAEU1000001\nTracking number: MAEU1000002");
    }

    @Test
    void shouldSendThePartThatLeftLaterWithEveryNumberOfTheShipment() {
        String order = OrderFixture.usOrderReadyToShip(engine, "split-later@example.com");
        assertThat(api.post("/api/orders/" + order + "/shipment", "{\"trackingNumber\": \"MAEU2000001\"}", "shop").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);

        ResponseEntity<JsonNode> added = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU2000001\", \"additionalTrackingNumbers\": [\"MAEU2000002\"]}", "leo");
        AsyncContinuations.runAll(engine);

        assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(added.getBody().path("event").asText()).isEqualTo("TrackingNumbersAdded");
        JsonNode record = api.get("/api/orders/" + order, "shop").getBody().path("order");
        assertThat(record.path("additionalTrackingNumbers").toString()).isEqualTo("[\"MAEU2000002\"]");
        List<OutboxMessage> emails = trackingEmails(order);
        assertThat(emails).hasSize(2);
        assertThat(emails.get(1).subject()).doesNotStartWith("Correction");
        assertThat(emails.get(1).body()).contains("Tracking number: MAEU2000001\nTracking number: MAEU2000002").doesNotContain("wrong");
    }

    @Test
    void shouldCorrectTheNumberOfOnePart() {
        String order = OrderFixture.usOrderReadyToShip(engine, "split-correct@example.com");
        api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU3000001\", \"additionalTrackingNumbers\": [\"MAEU3000002\"]}", "shop");
        AsyncContinuations.runAll(engine);

        ResponseEntity<JsonNode> corrected = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU3000020\", \"corrects\": \"MAEU3000002\"}", "shop");
        AsyncContinuations.runAll(engine);

        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode record = api.get("/api/orders/" + order, "shop").getBody().path("order");
        assertThat(record.path("trackingNumber").asText()).isEqualTo("MAEU3000001");
        assertThat(record.path("additionalTrackingNumbers").toString()).isEqualTo("[\"MAEU3000020\"]");
        OutboxMessage correction = trackingEmails(order).get(1);
        assertThat(correction.subject()).as("the subject names the right number, not the first part's")
            .endsWith("Correction: Order " + record.path("orderNumber").asText() + " shipped: tracking number MAEU3000020");
        assertThat(correction.body()).contains("MAEU3000002 we sent you earlier was wrong. The correct tracking number is MAEU3000020.")
            .contains("Tracking number: MAEU3000001\nTracking number: MAEU3000020");
    }

    @Test
    void shouldSayThatAPartPostedRightAfterTheShipmentComesAMomentTooSoonNotAfterTheDelivery() {
        String order = OrderFixture.usOrderReadyToShip(engine, "split-too-soon@example.com");
        assertThat(api.post("/api/orders/" + order + "/shipment", "{\"trackingNumber\": \"MAEU5000001\"}", "leo").getStatusCode())
            .isEqualTo(HttpStatus.OK);

        // the step that sends the tracking number has not run yet
        ResponseEntity<JsonNode> tooSoon = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU5000001\", \"additionalTrackingNumbers\": [\"MAEU5000002\"]}", "leo");
        ResponseEntity<JsonNode> deliveryTooSoon = api.post("/api/orders/" + order + "/delivery", "{}", "shop");

        assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooSoon.getBody().path("detail").asText())
            .contains("is still being recorded", "MAEU5000001", "send this again in a moment").doesNotContain("delivered");
        assertThat(deliveryTooSoon.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(deliveryTooSoon.getBody().path("detail").asText()).contains("is still being recorded").doesNotContain("not been shipped");

        AsyncContinuations.runAll(engine);
        ResponseEntity<JsonNode> again = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU5000001\", \"additionalTrackingNumbers\": [\"MAEU5000002\"]}", "leo");
        assertThat(again.getStatusCode()).as(String.valueOf(again.getBody())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseABlankOrRepeatedNumberAndRecordNothing() {
        String order = OrderFixture.usOrderReadyToShip(engine, "split-refused@example.com");

        ResponseEntity<JsonNode> refused = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU4000001\", \"additionalTrackingNumbers\": [\"MAEU4000001\", \" \"]}", "shop");
        AsyncContinuations.runAll(engine);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field"))
            .containsExactly("additionalTrackingNumbers[0]", "additionalTrackingNumbers[1]");
        JsonNode record = api.get("/api/orders/" + order, "shop").getBody().path("order");
        assertThat(record.path("trackingNumber").isNull()).isTrue();
        assertThat(trackingEmails(order)).isEmpty();
    }

    @Test
    void shouldNameEveryTrackingNumberInTheDeliveryCheck() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("US", "split-check@example.com"), "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        OrderFixture.readyToShip(engine, fulfilment);
        String order = OrderFixture.orderId(engine, journey);
        api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU5000001\", \"additionalTrackingNumbers\": [\"MAEU5000002\"]}", "shop");
        AsyncContinuations.runAll(engine);

        // the promised day passes without the delivery: logistics checks the tracking of every container with the carrier
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(fulfilment.getId())
            .activityId(OrderFulfilment.Activity.DELIVERY_OVERDUE).singleResult();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        AsyncContinuations.runAll(engine);

        Task check = engine.getTaskService().createTaskQuery().processInstanceId(fulfilment.getId())
            .taskDefinitionKey(OrderFulfilment.Activity.CHECK_DELIVERY).singleResult();
        assertThat((String) engine.getTaskService().getVariable(check.getId(), ClientVariables.BRIEFING))
            .contains("**Shipped:** Mon 11 Jan 2027 10:00 team time (Asia/Shanghai)", " with Maersk, tracking numbers MAEU5000001 and MAEU5000002");
    }

    private List<OutboxMessage> trackingEmails(String order) {
        return OrderFixture.trackingEmails(outbox, order);
    }
}
