package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.ClientDays;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A delivered order's refusals name the day of its delivery where it happened: in the client's clock, not UTC. */
@MeridianTest
class DeliveredOrderTest {

    /** Tuesday 12 January 2027 in UTC; already Wednesday 13 January, 08:30, in Tokyo. */
    static final Instant DELIVERED_IN_TOKYO = ClientDays.TOKYO_MORNING;

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldNameTheDayOfTheDeliveryInTheClientsClock() {
        // no time zone in the client record: the one the etiquette gives Japan
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("JP", "delivered-tokyo@example.com"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        OrderFixture.readyToShip(engine, fulfilment);
        assertThat(post("/api/orders/" + order + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU1\"}").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        ClockUtil.setCurrentTime(Date.from(DELIVERED_IN_TOKYO.plusSeconds(600)));
        assertThat(post("/api/orders/" + order + "/delivery", "{\"deliveredAt\": \"" + DELIVERED_IN_TOKYO + "\"}").getStatusCode())
            .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> late = post("/api/orders/" + order + "/exceptions", "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port closed\"}");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText())
            .contains("it was delivered on Wed 13 Jan 2027 in the client's time zone Asia/Tokyo");
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        ResponseEntity<JsonNode> answer = api.post(path, body, "shop");
        runContinuations();
        return answer;
    }

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(engine);
    }
}
