package io.meridian.order;

import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.jobs.AsyncContinuations;
import java.time.Instant;

import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Message;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** The payment segment of the journey (partial payments, the desk's review, an accepted shortfall) and the stock-date warning. */
@MeridianTest
class PartialPaymentProcessTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(START);

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(engine);
    }

    /** A Tuesday morning in Shanghai. */
    static final Instant START = Instant.parse("2027-01-12T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    OrderLedger orders;

    @Test
    void shouldWaitForTheRestAfterAPartialPaymentUntilTheAmountDueIsCovered() {
        ProcessInstance pi = acceptedOrder("rest@example.com");
        correlate(pi, Message.PARTIAL_PAYMENT_RECEIVED, 100.0);
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.REVIEW_PARTIAL_PAYMENT).hasNotPassed(Activity.CONFIRM_ORDER);
        Task review = task(pi);
        assertThat(review).hasCandidateGroup("order-desk");
        // one working day of the team: Tuesday 10:00 Shanghai -> Wednesday 10:00
        assertThat(review.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T02:00:00Z"));
        assertThat(review.getFollowUpDate()).isNotNull();

        complete(review, withVariables(Var.SHORTFALL_DECISION, "WAIT"));
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.PAYMENT_RECEIVED);
        correlate(pi, Message.PARTIAL_PAYMENT_RECEIVED, 200.0);
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.REVIEW_PARTIAL_PAYMENT);
        // the rest arrives while the desk still reviews: its task closes and the order goes to confirmation
        correlate(pi, Message.PAYMENT_RECEIVED, 5950.0);
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER)
            .hasPassed(Activity.PARTIAL_PAYMENT_RECEIVED, Activity.SHORTFALL_DECISION, Activity.REST_PAID_DURING_REVIEW);
    }

    @Test
    void shouldConfirmTheOrderWhenTheDeskAcceptsTheShortfallWithAReason() {
        ProcessInstance pi = acceptedOrder("short@example.com");
        String orderId = (String) runtimeService().getVariable(pi.getId(), Var.ORDER_ID);
        correlate(pi, Message.PARTIAL_PAYMENT_RECEIVED, 6200.0);
        runContinuations();
        Task review = task(pi);

        assertThatThrownBy(() -> taskService().complete(review.getId(), withVariables(Var.SHORTFALL_DECISION, "ACCEPT")))
            .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("less than the amount due");
        assertThatThrownBy(() -> taskService().complete(review.getId(), withVariables(Var.SHORTFALL_DECISION, "MAYBE")))
            .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("ACCEPT, WAIT");
        assertThat(pi).isWaitingAt(Activity.REVIEW_PARTIAL_PAYMENT);

        complete(review, withVariables(Var.SHORTFALL_DECISION, "ACCEPT", Var.SHORTFALL_REASON, "Bank charges, agreed by phone"));
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER).hasPassed(Activity.SHORTFALL_DECISION);
        OrderRecord order = orders.byId(orderId).orElseThrow();
        assertThat(order.paymentStatus()).isEqualTo(OrderRecord.PaymentStatus.SHORTFALL_ACCEPTED);
        assertThat(order.status()).isEqualTo(OrderRecord.Status.PAID);
        assertThat(orders.shortfall(orderId)).hasValueSatisfying(s -> {
            assertThat(s.reason()).isEqualTo("Bank charges, agreed by phone");
            assertThat(s.acceptedAt()).isEqualTo(START);
        });
    }

    @Test
    void shouldWarnTheOrderDeskOfStockAfterThePromisedDelivery() {
        ProcessInstance pi = acceptedOrder("late-stock@example.com");
        correlate(pi, Message.PAYMENT_RECEIVED, 6250.0);
        runContinuations();
        complete(task(pi), withVariables(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();
        ProcessInstance fulfilment = runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.STOCK_AFTER_PROMISED_DELIVERY)
            .processInstanceId(fulfilment.getId()).setVariable(OrderFulfilment.Var.STOCK_READY_ON, "2027-03-01").correlate();
        runContinuations();
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.REVIEW_STOCK_DATE, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        Task warning = task(OrderFulfilment.Activity.REVIEW_STOCK_DATE, fulfilment);
        assertThat(warning).hasCandidateGroup("order-desk").hasName("Stock after promised delivery: tell the client or change the date — Acme Trading (DE, A)");
        assertThat(warning.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T02:00:00Z"));

        assertThatThrownBy(() -> taskService().complete(warning.getId(), withVariables(OrderFulfilment.Var.STOCK_DATE_ACTION,
            "DATE_CHANGED", OrderFulfilment.Var.DELIVERY_DATE, "2027-01-01"))).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("lies in the past");
        complete(warning, withVariables(OrderFulfilment.Var.STOCK_DATE_ACTION, "CLIENT_TOLD"));
        runContinuations();
        assertThat(fulfilment).hasPassed(OrderFulfilment.Activity.STOCK_DATE_REVIEWED)
            .isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
    }

    private ProcessInstance acceptedOrder(String email) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", email));
        complete(task(pi), quote());
        runContinuations();
        runtimeService().createMessageCorrelation(Message.CLIENT_RESPONSE).processInstanceId(pi.getId())
            .setVariable(Var.CLIENT_DECISION, "ACCEPTED").correlate();
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.PAYMENT_RECEIVED);
        return pi;
    }

    private void correlate(ProcessInstance pi, String message, double amount) {
        runtimeService().createMessageCorrelation(message).processInstanceId(pi.getId())
            .setVariable(Var.PAYMENT_AMOUNT, amount).setVariable(Var.PAYMENT_RECEIVED_AT, ClockUtil.getCurrentTime()).correlate();
        runContinuations();
    }
}
