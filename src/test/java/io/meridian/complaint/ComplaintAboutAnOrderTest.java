package io.meridian.complaint;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFixture;
import io.meridian.process.ClientVariables;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A complaint about an order tells the team that answers it where the order stands: shipped when, with which carrier and
 * tracking number, and the delivery promised, where the briefing named the order's number alone and logistics, answering
 * a late delivery within two hours, looked the shipment up elsewhere.
 */
@MeridianTest
class ComplaintAboutAnOrderTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldShowTheShipmentAndThePromisedDeliveryInTheBriefingOfADeliveryComplaint() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-where-are-goods@weber.example"), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        OrderFixture.readyToShip(engine, OrderFixture.fulfilment(engine, journey));
        // Monday 11 January 2027, 10:00 in Shanghai, 03:00 in Berlin
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-11T02:00:00Z")));
        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU1234567\"}", "shop");
        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);

        ResponseEntity<JsonNode> opened = api.post("/api/complaints", "{\"orderId\": \"" + order + "\", \"category\": \"DELIVERY_DELAY\","
            + " \"wording\": \"MILD\", \"description\": \"Where are our panels?\"}", "shop");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);

        Task first = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(opened.getBody().path("id").asText()).list().get(0);
        assertThat((String) engine.getTaskService().getVariable(first.getId(), ClientVariables.BRIEFING))
            .contains(", order " + number + "\n\n**Order:** shipped Mon 11 Jan 2027 10:00 team time (Asia/Shanghai) = Mon 11 Jan 2027"
                + " 03:00 client time (Europe/Berlin) with Maersk, tracking number MAEU1234567; promised delivery Wed 14 Apr 2027 by sea"
                + "\n\n> Where are our panels?");
    }

    @Test
    void shouldNameEveryTrackingNumberOfASplitShipmentInTheBriefing() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-split-complaint@weber.example"), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        OrderFixture.readyToShip(engine, OrderFixture.fulfilment(engine, journey));
        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU7000001\", \"additionalTrackingNumbers\": [\"MAEU7000002\"]}", "shop");
        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);

        ResponseEntity<JsonNode> opened = api.post("/api/complaints", "{\"orderId\": \"" + order + "\", \"category\": \"DELIVERY_DELAY\","
            + " \"wording\": \"MILD\", \"description\": \"Only one container arrived\"}", "shop");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);

        // support traces the container that did not arrive: both numbers, as the client's tracking email gave them
        Task first = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(opened.getBody().path("id").asText()).list().get(0);
        assertThat((String) engine.getTaskService().getVariable(first.getId(), ClientVariables.BRIEFING))
            .contains(" with Maersk, tracking numbers MAEU7000001 and MAEU7000002; promised delivery Wed 14 Apr 2027 by sea");
    }
}
