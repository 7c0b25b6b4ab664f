package io.meridian.order;

import static io.meridian.testsupport.ClientDays.LOS_ANGELES_EVENING;
import static io.meridian.testsupport.ClientDays.TOKYO_MORNING;
import static io.meridian.testsupport.ClientDays.TUESDAY;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.system.InvalidInputException;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The delivery date promised to the client, at "Confirm order" and when the stock comes after it, lies from the
 * client's today on: the day in the client's clock, not the server's UTC date.
 */
@MeridianTest
class DeliveryDateTest {

    /** A Monday morning in Shanghai, when the journeys start. */
    static final Instant START = Instant.parse("2027-01-11T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    OrderLedger orders;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRefuseAtConfirmOrderADeliveryDateThatIsYesterdayForATokyoClient() {
        // no time zone of its own: the one the etiquette gives Japan
        ProcessInstance pi = OrderFixture.paidOrder(engine, startVariables("JP", "delivery-tokyo@example.com"));
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), confirmation(TUESDAY)))
            .hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("deliveryDate 2027-01-12 lies in the past (today is Wed 13 Jan 2027 in the client's time zone Asia/Tokyo)");
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        complete(task(pi), confirmation("2027-01-13"));
        runContinuations();
        assertThat(pi).hasPassed(Activity.CONFIRM_ORDER);
    }

    @Test
    void shouldTakeAtConfirmOrderADeliveryDateThatIsStillTodayForALosAngelesClient() {
        ProcessInstance pi = OrderFixture.paidOrder(engine, losAngeles("delivery-la@example.com"));
        ClockUtil.setCurrentTime(Date.from(LOS_ANGELES_EVENING));

        complete(task(pi), confirmation(TUESDAY));
        runContinuations();
        assertThat(pi).hasPassed(Activity.CONFIRM_ORDER);
        assertThat(orders.byId(OrderFixture.orderId(engine, pi)).orElseThrow().deliveryDate())
            .isEqualTo(LocalDate.parse(TUESDAY));
    }

    @Test
    void shouldRefuseAChangedDeliveryDateThatIsYesterdayForATokyoClient() {
        Map<String, Object> tokyo = startVariables("JP", "changed-tokyo@example.com");
        tokyo.put(Var.TIME_ZONE, "Asia/Tokyo");
        Task review = stockAfterPromisedDelivery(tokyo);
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));

        assertThatThrownBy(() -> taskService().complete(review.getId(), dateChanged(TUESDAY)))
            .hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("deliveryDate 2027-01-12 lies in the past (today is Wed 13 Jan 2027 in the client's time zone Asia/Tokyo)");
        complete(review, dateChanged("2027-01-13"));
        assertThat(orders.byId(orderOf(review)).orElseThrow().deliveryDate())
            .isEqualTo(LocalDate.parse("2027-01-13"));
    }

    @Test
    void shouldTakeAChangedDeliveryDateThatIsStillTodayForALosAngelesClient() {
        Task review = stockAfterPromisedDelivery(losAngeles("changed-la@example.com"));
        ClockUtil.setCurrentTime(Date.from(LOS_ANGELES_EVENING));

        complete(review, dateChanged(TUESDAY));
        assertThat(orders.byId(orderOf(review)).orElseThrow().deliveryDate()).isEqualTo(LocalDate.parse(TUESDAY));
    }

    private static Map<String, Object> losAngeles(String email) {
        Map<String, Object> v = startVariables("US", email);
        v.put(Var.TIME_ZONE, "America/Los_Angeles");
        return v;
    }

    private static Map<String, Object> confirmation(String deliveryDate) {
        return withVariables(OrderFulfilment.Var.DELIVERY_DATE, deliveryDate, OrderFulfilment.Var.SHIPPING_METHOD, "SEA");
    }

    private static Map<String, Object> dateChanged(String deliveryDate) {
        return withVariables(OrderFulfilment.Var.STOCK_DATE_ACTION, "DATE_CHANGED", OrderFulfilment.Var.DELIVERY_DATE, deliveryDate);
    }

    /** An order confirmed for 20 February whose stock comes on 1 March: the order desk's "Stock after promised delivery". */
    private Task stockAfterPromisedDelivery(Map<String, Object> start) {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, OrderFixture.confirmedOrder(engine, start, "2027-02-20"));
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.STOCK_AFTER_PROMISED_DELIVERY)
            .processInstanceId(fulfilment.getId()).setVariable(OrderFulfilment.Var.STOCK_READY_ON, "2027-03-01").correlate();
        runContinuations();
        return task(OrderFulfilment.Activity.REVIEW_STOCK_DATE, fulfilment);
    }

    private static String orderOf(Task task) {
        return (String) runtimeService().getVariable(task.getProcessInstanceId(), Var.ORDER_ID);
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }
}
