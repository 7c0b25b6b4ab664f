package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.quote;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.testsupport.ApiCalls;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Journeys brought to an order on the engine's current clock (tests register testsupport.EngineClock first, which binds camunda-bpm-assert to the engine). */
public final class OrderFixture {

    /** Monday 11 January 2027, 10:00 in Shanghai: when the order tests' journeys start (the engine's clock, {@code EngineClock.at(START)}). */
    public static final Instant START = Instant.parse("2027-01-11T02:00:00Z");

    private OrderFixture() {
    }

    /** A journey of a client with these start variables, quoted, accepted and paid in full: waiting at "Confirm order". */
    public static ProcessInstance paidOrder(ProcessEngine engine, Map<String, Object> start) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, start);
        complete(task(pi), quote());
        AsyncContinuations.runAll(engine);
        JourneyFixture.clientAccepts(engine, pi);
        JourneyFixture.clientPays(engine, pi);
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        return pi;
    }

    /** The same, confirmed for delivery on {@code deliveryDate} by sea: its fulfilment runs. */
    public static ProcessInstance confirmedOrder(ProcessEngine engine, Map<String, Object> start, String deliveryDate) {
        ProcessInstance pi = paidOrder(engine, start);
        complete(task(pi), withVariables(OrderFulfilment.Var.DELIVERY_DATE, deliveryDate, OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        AsyncContinuations.runAll(engine);
        return pi;
    }

    /** The order id of a journey. */
    public static String orderId(ProcessEngine engine, ProcessInstance journey) {
        return (String) engine.getRuntimeService().getVariable(journey.getId(), Var.ORDER_ID);
    }

    /** The order number of a journey ({@code MO-…}), as the emails and the team quote it. */
    public static String orderNumber(ProcessEngine engine, ProcessInstance journey) {
        return (String) engine.getRuntimeService().getVariable(journey.getId(), "orderNumber");
    }

    /** A confirmed order's production reported complete and the client told the stock is ready: "Clear customs" is open. */
    public static void stockReady(ProcessEngine engine, ProcessInstance fulfilment) {
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment), withVariables("progressPercent", 100, "stockComplete", true));
        AsyncContinuations.runAll(engine);
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        AsyncContinuations.runAll(engine);
    }

    /** A US client's order for delivery on 22 February 2027, brought to the shipment ({@link #readyToShip}): its id. */
    public static String usOrderReadyToShip(ProcessEngine engine, String email) {
        ProcessInstance journey = confirmedOrder(engine, JourneyFixture.startVariables("US", email), "2027-02-22");
        readyToShip(engine, fulfilment(engine, journey));
        return orderId(engine, journey);
    }

    /** The tracking-number emails (the shipment's and its corrections) the outbox holds about an order, oldest first. */
    public static List<OutboxMessage> trackingEmails(Outbox outbox, String order) {
        return outbox.about(order).stream().filter(m -> "TRACKING_NUMBER".equals(m.content().messageKind())).toList();
    }

    /**
     * A confirmed order's fulfilment brought to the shipment: production reported complete, the client told the stock is
     * ready, customs cleared; waiting for the carrier's shipment ({@code POST /api/orders/{id}/shipment}).
     */
    public static void readyToShip(ProcessEngine engine, ProcessInstance fulfilment) {
        stockReady(engine, fulfilment);
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, "310120270000123456"));
        AsyncContinuations.runAll(engine);
    }

    /**
     * A journey of a client with these start variables brought through its order's delivery (the carrier's shipment and
     * delivery sent over the API, as the shop sends them): waiting at "After-sales check-in".
     */
    public static ProcessInstance deliveredOrder(ProcessEngine engine, ApiCalls api, Map<String, Object> start) {
        ProcessInstance pi = confirmedOrder(engine, start, "2027-02-22");
        readyToShip(engine, fulfilment(engine, pi));
        String orderId = orderId(engine, pi);
        Assertions.assertThat(api.post("/api/orders/" + orderId + "/shipment", "{\"trackingNumber\": \"MAEU7\"}", "shop")
            .getStatusCode().value()).isEqualTo(200);
        AsyncContinuations.runAll(engine);
        Assertions.assertThat(api.post("/api/orders/" + orderId + "/delivery", "{}", "shop").getStatusCode().value())
            .isEqualTo(200);
        AsyncContinuations.runAll(engine);
        assertThat(pi).isWaitingAt(Activity.AFTER_SALES_CHECK_IN);
        return pi;
    }

    /** The running fulfilment of a journey's order. */
    public static ProcessInstance fulfilment(ProcessEngine engine, ProcessInstance journey) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
    }
}
