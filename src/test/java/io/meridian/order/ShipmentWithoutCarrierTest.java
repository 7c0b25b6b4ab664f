package io.meridian.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * DESIGN's shipment event requires only the tracking number ({@code {"carrier", "trackingNumber" (required), "shippedAt"}}):
 * a carrier system that sends no carrier is answered 200, the order keeps no carrier, and the client's tracking email gives
 * the tracking number without an empty "Carrier" line. A carrier named is kept and shown as before.
 */
@MeridianTest
class ShipmentWithoutCarrierTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;
    @Autowired
    Outbox outbox;

    @Test
    void shouldTakeAShipmentWithOnlyItsTrackingNumberAndLeaveTheCarrierOutOfTheEmail() {
        String order = OrderFixture.usOrderReadyToShip(engine, "no-carrier@example.com");

        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + order + "/shipment", "{\"trackingNumber\": \"MAEU7\"}", "shop");
        AsyncContinuations.runAll(engine);

        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode record = api.get("/api/orders/" + order, "shop").getBody().path("order");
        assertThat(record.path("trackingNumber").asText()).isEqualTo("MAEU7");
        assertThat(record.path("carrier").isNull()).as("no carrier kept: " + record).isTrue();
        assertThat(trackingEmail(order).body()).contains("MAEU7").doesNotContain("Carrier");
    }

    @Test
    void shouldKeepAndShowACarrierNamed() {
        String order = OrderFixture.usOrderReadyToShip(engine, "maersk-carrier@example.com");

        assertThat(api.post("/api/orders/" + order + "/shipment", "{\"carrier\": \" Maersk \", \"trackingNumber\": \"MAEU8\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);

        assertThat(api.get("/api/orders/" + order, "shop").getBody().path("order").path("carrier").asText()).isEqualTo("Maersk");
        assertThat(trackingEmail(order).body()).contains("Carrier: Maersk\nTracking number: MAEU8");
    }

    private OutboxMessage trackingEmail(String order) {
        return OrderFixture.trackingEmails(outbox, order).stream().findFirst()
            .orElseThrow(() -> new AssertionError("no tracking email for order " + order + ": " + outbox.about(order)));
    }
}
