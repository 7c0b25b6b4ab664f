package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A milestone planned at the moment the order's delivery commits: whichever commits first, the other sees it. The
 * milestone's planning locks the order's row, which the delivery updates: a milestone planned while the delivery is
 * being written waits for it and is a 409 naming the day of the delivery; a delivery written while a milestone is being
 * planned waits for it and withdraws it with the others. Before, each transaction read the other's state as it was
 * before: the milestone was kept with its process running on a delivered order, its checklist going out after the goods.
 */
@MeridianTest
class MilestoneDuringDeliveryTest {

    /** Monday 11 January 2027, 10:00 in Berlin: the goods arrive. */
    static final Instant DELIVERED = Instant.parse("2027-01-11T09:00:00Z");
    /** How long the test holds one transaction open while the other runs: well under H2's lock timeout of 2 s. */
    static final Duration HELD = Duration.ofMillis(600);

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
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
    void shouldRefuseAMilestonePlannedWhileTheDeliveryCommits() throws Exception {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-race-1@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        ProcessInstance fulfilment = shipped(order, journey);

        // the delivery as POST /api/orders/{id}/delivery writes it, held open while the milestone is planned
        CompletableFuture<ResponseEntity<JsonNode>> planned = new TransactionTemplate(transactions).execute(status -> {
            orders.delivered(order, DELIVERED);
            engine.getRuntimeService().createMessageCorrelation(OrderFulfilment.Message.DELIVERED).processInstanceId(fulfilment.getId())
                .setVariable(OrderFulfilment.Var.DELIVERED_AT, Date.from(DELIVERED)).correlateWithResult();
            CompletableFuture<ResponseEntity<JsonNode>> answer = CompletableFuture.supplyAsync(
                () -> steps.plan(order, "Pre-shipment inspection", "2027-02-10", "AQL level II agreed"));
            pause();
            assertThat(answer).as("the milestone waits for the delivery").isNotDone();
            return answer;
        });

        ResponseEntity<JsonNode> answer = planned.get(30, TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().path("detail").asText()).startsWith("order " + number(order)
            + " was delivered on Mon 11 Jan 2027 in the client's time zone Europe/Berlin: no milestone is planned after the delivery");
        assertThat(steps.list(order)).isEmpty();
        assertThat(steps.running(order)).isZero();
    }

    @Test
    void shouldWithdrawAMilestonePlannedWhileTheDeliveryIsWritten() throws Exception {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-race-2@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        ProcessInstance fulfilment = shipped(order, journey);

        // the milestone as POST /api/orders/{id}/milestones keeps it, held open while the delivery comes in
        CompletableFuture<ResponseEntity<JsonNode>> delivery = new TransactionTemplate(transactions).execute(status -> {
            milestones.add(order, new MilestoneRequests.NewMilestone("Pre-shipment inspection", "2027-02-10", List.of("AQL level II agreed")));
            CompletableFuture<ResponseEntity<JsonNode>> answer = CompletableFuture.supplyAsync(
                () -> api.post("/api/orders/" + order + "/delivery", "{}", "shop"));
            pause();
            assertThat(answer).as("the delivery waits for the milestone").isNotDone();
            return answer;
        });

        ResponseEntity<JsonNode> delivered = delivery.get(30, TimeUnit.SECONDS);
        assertThat(delivered.getStatusCode()).as(String.valueOf(delivered.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        assertThat(fulfilment).isEnded();
        assertThat(steps.list(order)).extracting(m -> m.path("state").asText() + ": " + m.path("withdrawalReason").asText())
            .containsExactly("WITHDRAWN: Withdrawn at the delivery: order " + number(order) + " was delivered on Mon 11 Jan 2027 in the"
                + " client's time zone Europe/Berlin before the client confirmed this milestone; no checklist goes to the client and no"
                + " task opens after the goods arrived.");
        assertThat(steps.running(order)).isZero();
    }

    /** Production done, stock ready, customs cleared and shipped: the fulfilment waits for the delivery, the clock at its moment. */
    private ProcessInstance shipped(String order, ProcessInstance journey) {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment), withVariables("progressPercent", 100, "stockComplete", true));
        AsyncContinuations.runAll(engine);
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        AsyncContinuations.runAll(engine);
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, "CN-2027-0012"));
        AsyncContinuations.runAll(engine);
        assertThat(api.post("/api/orders/" + order + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU12\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        ClockUtil.setCurrentTime(Date.from(DELIVERED));
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
