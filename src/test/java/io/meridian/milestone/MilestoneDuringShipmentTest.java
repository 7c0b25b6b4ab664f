package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.order.OrderFixture;
import io.meridian.order.OrderFulfilment;
import io.meridian.order.OrderLedger;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A milestone planned at the moment the order's shipment commits: whichever commits first, the other sees it. The
 * milestone's planning locks the order's row, which the shipment updates: a milestone planned while the shipment is
 * being written waits for it and is a 409 naming the day of the shipment; a shipment written while a milestone is being
 * planned waits for it and withdraws it with the others. Otherwise each transaction would read the other's state as it
 * was before: the milestone kept with its process running on a shipped order, its checklist going out after the goods left.
 */
@MeridianTest
class MilestoneDuringShipmentTest {

    /** Monday 11 January 2027, 11:00 in Berlin: the goods leave. */
    static final Instant SHIPPED = Instant.parse("2027-01-11T10:00:00Z");
    /** How long the test holds one transaction open while the other runs: well under H2's lock timeout of 2 s. */
    static final Duration HELD = Duration.ofMillis(600);

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;
    @Autowired
    OrderLedger orders;
    @Autowired
    MilestoneService milestones;
    @Autowired
    PlatformTransactionManager transactions;

    MilestoneSteps steps;

    @BeforeEach
    void steps() {
        steps = new MilestoneSteps(engine, api);
    }

    @Test
    void shouldRefuseAMilestonePlannedWhileTheShipmentCommits() throws Exception {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-race-1@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        ProcessInstance fulfilment = readyToShip(journey);

        // the shipment as POST /api/orders/{id}/shipment writes it, held open while the milestone is planned
        CompletableFuture<ResponseEntity<JsonNode>> planned = new TransactionTemplate(transactions).execute(status -> {
            orders.shipped(order, "Maersk", "MAEU12", SHIPPED);
            engine.getRuntimeService().createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
                .setVariable(OrderFulfilment.Var.CARRIER, "Maersk").setVariable(OrderFulfilment.Var.TRACKING_NUMBER, "MAEU12")
                .setVariable(OrderFulfilment.Var.SHIPPED_AT, Date.from(SHIPPED)).correlateWithResult();
            CompletableFuture<ResponseEntity<JsonNode>> answer = CompletableFuture.supplyAsync(
                () -> steps.plan(order, "Pre-shipment inspection", "2027-02-10", "AQL level II agreed"));
            pause();
            assertThat(answer).as("the milestone waits for the shipment").isNotDone();
            return answer;
        });

        ResponseEntity<JsonNode> answer = planned.get(30, TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().path("detail").asText()).startsWith("order " + number(order)
            + " shipped on Mon 11 Jan 2027 in the client's time zone Europe/Berlin: no milestone is planned after the shipment");
        assertThat(steps.list(order)).isEmpty();
        assertThat(steps.running(order)).isZero();
    }

    @Test
    void shouldWithdrawAMilestonePlannedWhileTheShipmentIsWritten() throws Exception {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-race-2@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        readyToShip(journey);

        // the milestone as POST /api/orders/{id}/milestones keeps it, held open while the shipment comes in
        CompletableFuture<ResponseEntity<JsonNode>> shipment = new TransactionTemplate(transactions).execute(status -> {
            milestones.add(order, new MilestoneRequests.NewMilestone("Pre-shipment inspection", "2027-02-10", List.of("AQL level II agreed")));
            CompletableFuture<ResponseEntity<JsonNode>> answer = CompletableFuture.supplyAsync(
                () -> api.post("/api/orders/" + order + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU13\"}", "shop"));
            pause();
            assertThat(answer).as("the shipment waits for the milestone").isNotDone();
            return answer;
        });

        ResponseEntity<JsonNode> shipped = shipment.get(30, TimeUnit.SECONDS);
        assertThat(shipped.getStatusCode()).as(String.valueOf(shipped.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(steps.list(order)).extracting(m -> m.path("state").asText() + ": " + m.path("withdrawalReason").asText())
            .containsExactly("WITHDRAWN: Withdrawn at the shipment: order " + number(order) + " shipped on Mon 11 Jan 2027 in the"
                + " client's time zone Europe/Berlin before the client confirmed this milestone; no checklist goes to the client and no"
                + " task stays open once the goods have left.");
        assertThat(steps.running(order)).isZero();
    }

    /** Production done, stock ready, customs cleared: the fulfilment waits for the shipment, the clock at its moment. */
    private ProcessInstance readyToShip(ProcessInstance journey) {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        OrderFixture.readyToShip(engine, fulfilment);
        ClockUtil.setCurrentTime(Date.from(SHIPPED));
        return fulfilment;
    }

    private static void pause() {
        try {
            Thread.sleep(HELD.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String number(String orderId) {
        return orders.byId(orderId).orElseThrow().orderNumber();
    }
}
