package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;


import io.meridian.inquiry.ClientJourney;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link OrderFixture} brings a journey where the order tests start from: paid and waiting, or confirmed and in fulfilment. */
@MeridianTest
class OrderFixtureTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    OrderLedger orders;
    @Autowired
    ApiCalls api;

    @Test
    void shouldBringAJourneyToAPaidOrderAndThenIntoFulfilment() {
        ProcessInstance journey = OrderFixture.paidOrder(engine, startVariables("DE", "fixture-order@example.com"));
        String orderId = OrderFixture.orderId(engine, journey);

        // the payment reaches the journey as its message, not through the order ledger's API
        BpmnAwareTests.assertThat(journey).isWaitingAt(ClientJourney.Activity.CONFIRM_ORDER);
        assertThat(orders.byId(orderId)).hasValueSatisfying(o -> assertThat(o.amount()).isEqualByComparingTo("6250"));
        assertThat(OrderFixture.fulfilment(engine, journey)).as("no fulfilment before the order is confirmed").isNull();

        ProcessInstance confirmed = OrderFixture.confirmedOrder(engine, startVariables("DE", "fixture-confirmed@example.com"), "2027-03-01");

        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, confirmed);
        assertThat(fulfilment).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(fulfilment.getId(), ClientJourney.Var.ORDER_ID))
            .isEqualTo(OrderFixture.orderId(engine, confirmed));
        assertThat(orders.byId(OrderFixture.orderId(engine, confirmed)).orElseThrow().deliveryDate()).hasToString("2027-03-01");
        assertThat(OrderFixture.orderNumber(engine, confirmed)).startsWith("MO-")
            .isEqualTo(orders.byId(OrderFixture.orderId(engine, confirmed)).orElseThrow().orderNumber());

        OrderFixture.readyToShip(engine, fulfilment);
        BpmnAwareTests.assertThat(fulfilment).as("stock ready told, customs cleared: waiting for the shipment")
            .hasPassed(OrderFulfilment.Activity.NOTIFY_STOCK_READY, OrderFulfilment.Activity.CLEAR_CUSTOMS)
            .isWaitingAt(OrderFulfilment.Activity.AWAIT_SHIPMENT);
    }

    @Test
    void shouldBringAJourneyThroughItsOrdersDeliveryToTheCheckIn() {
        ProcessInstance journey = OrderFixture.deliveredOrder(engine, api, startVariables("DE", "fixture-delivered@example.com"));

        BpmnAwareTests.assertThat(journey).isWaitingAt(ClientJourney.Activity.AFTER_SALES_CHECK_IN);
        // shipped and delivered over the API, as the shop sends them: the ledger knows it
        OrderRecord order = orders.byId(OrderFixture.orderId(engine, journey)).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderRecord.Status.DELIVERED);
        assertThat(order.trackingNumber()).isEqualTo("MAEU7");
        assertThat(order.deliveredAt()).isEqualTo(OrderFixture.START);
    }
}
