package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A tracking number sent to the client was wrong (a typing slip at the forwarder, a number of another shipment): the shop
 * sends the right one with {@code "corrects"} naming the number the client has, the order keeps the right one and the
 * client gets it in an email that says which number it replaces. Without {@code corrects} a second shipment stays a 409,
 * which now says how to correct the number or add a further part's; a {@code corrects} that is not the number sent is a 400 naming it, and changes
 * nothing.
 */
@MeridianTest
class TrackingNumberCorrectionTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;
    @Autowired
    Outbox outbox;

    @Test
    void shouldSendTheClientTheCorrectedTrackingNumberNamingTheOneItReplaces() {
        String order = shipped("corrected-tracking@example.com", "MAEU1234567");

        ResponseEntity<JsonNode> corrected = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU1234576\", \"corrects\": \"MAEU1234567\"}", "shop");
        AsyncContinuations.runAll(engine);

        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode record = api.get("/api/orders/" + order, "shop").getBody().path("order");
        assertThat(record.path("trackingNumber").asText()).isEqualTo("MAEU1234576");
        assertThat(record.path("carrier").asText()).as("the carrier reported with the shipment stays").isEqualTo("Maersk");
        assertThat(record.path("status").asText()).isEqualTo("SHIPPED");
        List<OutboxMessage> emails = trackingEmails(order);
        assertThat(emails).hasSize(2);
        OutboxMessage correction = emails.get(1);
        assertThat(correction.subject()).startsWith("Correction: ").contains("MAEU1234576");
        assertThat(correction.body())
            .contains("the tracking number MAEU1234567 we sent you earlier was wrong")
            .contains("Carrier: Maersk\nTracking number: MAEU1234576");
        assertThat(correction.body()).as("a short apology to a client whose etiquette is direct (US)")
            .contains("We apologise for this error.").doesNotContain("sincerely");
        assertThat(emails.get(0).body()).as("the first email names no correction").doesNotContain("wrong").doesNotContain("apologise");
    }

    @Test
    void shouldApologiseMoreFullyToAClientWhoseEtiquetteIsIndirect() {
        String order = shipped("corrected-tracking-jp@example.com", "JP", "MAEU1357913");

        api.post("/api/orders/" + order + "/shipment", "{\"trackingNumber\": \"MAEU1357931\", \"corrects\": \"MAEU1357913\"}", "shop");
        AsyncContinuations.runAll(engine);

        OutboxMessage correction = trackingEmails(order).get(1);
        assertThat(correction.body()).as("the Japanese part and the English one, both in the indirect tone")
            .contains("心よりお詫び申し上げます")
            .contains("We sincerely apologise for this error and for any inconvenience it may have caused you.")
            .doesNotContain("We apologise for this error.");
    }

    @Test
    void shouldLetLogisticsShipAndCorrectTheTrackingNumberThemselves() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("US", "leo-corrects@example.com"), "2027-02-22");
        OrderFixture.readyToShip(engine, OrderFixture.fulfilment(engine, journey));
        String order = OrderFixture.orderId(engine, journey);

        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU6666666\"}", "leo");
        AsyncContinuations.runAll(engine);
        ResponseEntity<JsonNode> corrected = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU6666669\", \"corrects\": \"MAEU6666666\"}", "leo");
        AsyncContinuations.runAll(engine);

        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/orders/" + order, "leo").getBody().path("order").path("trackingNumber").asText()).isEqualTo("MAEU6666669");
        List<OutboxMessage> emails = trackingEmails(order);
        assertThat(emails).hasSize(2);
        assertThat(emails.get(1).body()).contains("MAEU6666666").contains("Tracking number: MAEU6666669");
        assertThat(api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU6666660\", \"corrects\": \"MAEU6666669\"}", "sam").getStatusCode())
            .as("sales report no shipments").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldRefuseACorrectionOfANumberTheClientWasNotSent() {
        String order = shipped("wrong-correction@example.com", "MAEU7654321");

        ResponseEntity<JsonNode> refused = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU1111111\", \"corrects\": \"MAEU0000000\"}", "shop");
        AsyncContinuations.runAll(engine);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("corrects");
        assertThat(refused.getBody().path("detail").asText()).contains("MAEU0000000").contains("MAEU7654321");
        assertThat(api.get("/api/orders/" + order, "shop").getBody().path("order").path("trackingNumber").asText())
            .isEqualTo("MAEU7654321");
        assertThat(trackingEmails(order)).hasSize(1);
    }

    @Test
    void shouldSayHowToCorrectWhenTheSameOrderIsShippedAgain() {
        String order = shipped("shipped-twice@example.com", "MAEU2222222");

        ResponseEntity<JsonNode> again = api.post("/api/orders/" + order + "/shipment", "{\"trackingNumber\": \"MAEU3333333\"}", "shop");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText()).contains("shipped already (tracking number MAEU2222222)")
            .contains("\"corrects\": \"MAEU2222222\"").contains("\"additionalTrackingNumbers\"");
        assertThat(trackingEmails(order)).hasSize(1);
    }

    @Test
    void shouldRefuseACorrectionBeforeTheShipmentAndAfterTheDelivery() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("US", "correct-too-early@example.com"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        OrderFixture.readyToShip(engine, OrderFixture.fulfilment(engine, journey));

        ResponseEntity<JsonNode> early = api.post("/api/orders/" + order + "/shipment",
            "{\"trackingNumber\": \"MAEU4444444\", \"corrects\": \"MAEU5555555\"}", "shop");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().path("detail").asText()).contains("has not been shipped");

        String delivered = OrderFixture.orderId(engine,
            OrderFixture.deliveredOrder(engine, api, startVariables("US", "correct-too-late@example.com")));
        ResponseEntity<JsonNode> late = api.post("/api/orders/" + delivered + "/shipment",
            "{\"trackingNumber\": \"MAEU8\", \"corrects\": \"MAEU7\"}", "shop");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).contains("delivered");
        assertThat(trackingEmails(delivered)).hasSize(1);
    }

    private String shipped(String email, String trackingNumber) {
        return shipped(email, "US", trackingNumber);
    }

    private String shipped(String email, String country, String trackingNumber) {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables(country, email), "2027-02-22");
        OrderFixture.readyToShip(engine, OrderFixture.fulfilment(engine, journey));
        String order = OrderFixture.orderId(engine, journey);
        assertThat(api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"" + trackingNumber + "\"}", "shop").getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        return order;
    }

    private List<OutboxMessage> trackingEmails(String order) {
        return OrderFixture.trackingEmails(outbox, order);
    }
}
