package io.meridian.inquiry;

import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.jobs.AsyncContinuations;
import java.math.BigDecimal;
import java.util.UUID;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderPayment;
import io.meridian.order.OrderRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Message;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.emergency.EmergencyPlan;
import io.meridian.order.OrderFulfilment;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static io.meridian.inquiry.JourneyFixture.clientAccepts;
import static io.meridian.inquiry.JourneyFixture.clientDeclines;
import static io.meridian.inquiry.JourneyFixture.clientPays;
import static io.meridian.inquiry.JourneyFixture.correlate;
import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * No silent waits (issue 11): walking every path of the client journey and of order fulfilment,
 * at every moment the journey's process tree has a user task or a timer that leads to one open, or
 * waits only for an external event of {@link #DOCUMENTED_EXTERNAL_EVENTS}. A wait for a message
 * nobody is asked to send, or a timer after which nobody is asked, fails here.
 */
@MeridianTest
class NoSilentWaitTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(START);

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(engine);
    }

    /**
     * External events a wait may rest on without a task or timer of its own. Everything else the
     * processes wait for comes with a timer that asks someone (the quote follow-up, chasing the
     * shipment, checking the delivery) or with an open task (production updates while a stock
     * forecast may come). None today: even the payment has a chase timer.
     */
    static final Map<String, String> DOCUMENTED_EXTERNAL_EVENTS = Map.of();

    /** Tuesday 10:00 in Shanghai. */
    static final Instant START = Instant.parse("2027-01-12T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    OrderLedger orders;
    @Autowired
    InquiryLedger inquiries;

    private final List<String> seen = new ArrayList<>();

    @Test
    void shouldNeverWaitSilentlyWhenTheClientNeverAnswers() {
        ProcessInstance pi = startAndQuote("DE", "never@example.com");
        int max = JourneyFixture.decidedEtiquette(inquiries, runtimeService(), pi.getId()).prop(Var.MAX_FOLLOW_UPS).numberValue().intValue();
        assertThat(max).as("follow-ups the etiquette the inquiry ledger keeps allows").isPositive();
        for (int i = 0; i < max; i++) {
            fire(Activity.FOLLOW_UP_DUE, pi);
            assertThat(pi).isWaitingAt(Activity.FOLLOW_UP_QUOTE);
            assertThat((String) taskService().getVariableLocal(task(pi).getId(), Var.BRIEFING))
                .contains("**Follow-up:** the client has not answered the quote.");
            complete(task(pi), withVariables("followUpNote", "Called, no answer"));
            runContinuations();
            checkpoint(pi, "after follow-up " + (i + 1));
        }
        fire(Activity.FOLLOW_UP_DUE, pi);
        assertThat(pi).isEnded().hasPassed(Activity.MARK_LOST);
    }

    @Test
    void shouldNeverWaitSilentlyDuringANoPushObservance() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-14T06:00:00Z")));
        ProcessInstance pi = startAndQuote("SA", "ramadan-wait@example.com");
        fire(Activity.FOLLOW_UP_DUE, pi);
        assertThat(pi).hasPassed(Activity.CHECK_OBSERVANCES).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
        checkpoint(pi, "waiting out Ramadan");
    }

    @Test
    void shouldNeverWaitSilentlyAfterAnObjectionLostOrRevised() {
        ProcessInstance lost = startAndQuote("DE", "objection-lost@example.com");
        clientDeclines(engine, lost, ClientJourney.Objection.PRICE);
        checkpoint(lost, "objection");
        complete(task(lost), withVariables(Var.OBJECTION_OUTCOME, "LOST"));
        runContinuations();
        assertThat(lost).isEnded();

        ProcessInstance revised = startAndQuote("DE", "objection-delay@example.com");
        clientDeclines(engine, revised, ClientJourney.Objection.DELAY);
        Map<String, Object> quote = quote();
        quote.put(Var.OBJECTION_OUTCOME, "REVISE");
        quote.put(Var.QUOTE_LEAD_TIME_DAYS, 20L); // the client could not wait: a shorter lead time
        quote.put(Var.NEXT_STEP_ON, "2027-01-20");
        complete(task(revised), quote);
        runContinuations();
        checkpoint(revised, "revised quote sent");
        assertThat(revised).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
    }

    @Test
    void shouldMoveOnWhenStockIsCompleteWithoutAForecast() {
        ProcessInstance pi = toFulfilment("no-forecast@example.com", "2027-02-22");
        ProcessInstance fulfilment = fulfilment(pi);
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, OrderFulfilment.Activity.AWAIT_STOCK_NEWS);
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 60L, OrderFulfilment.Var.STOCK_COMPLETE, false));
        runContinuations();
        checkpoint(pi, "production at 60 %");
        // production reports 100 % and "stock complete" before anybody posted a forecast
        stockComplete(fulfilment);
        checkpoint(pi, "stock complete without a forecast");
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.NOTIFY_STOCK_READY)
            .hasPassed(OrderFulfilment.Activity.STOCK_COMPLETED_FIRST);
        Task notice = task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment);
        assertThat(notice).hasCandidateGroup("order-desk");
        assertThat(notice.getDueDate().toInstant()).isBeforeOrEqualTo(ClockUtil.now().toInstant().plusSeconds(24 * 3600));
        complete(notice, withVariables("stockNoticeNote", "Stock is ready, booking freight"));
        runContinuations();
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.CLEAR_CUSTOMS);
        shipAndDeliver(pi, fulfilment);
        promoterCheckIn(pi);
    }

    @Test
    void shouldAskTheOrderDeskToChaseAPaymentThatDoesNotCome() {
        ProcessInstance pi = startAndQuote("DE", "payment-silent@example.com");
        clientAccepts(engine, pi);
        checkpoint(pi, "order opened, waiting for the payment");
        // Tuesday 12 January 2027: the order desk is asked after 3 team working days (Friday), then after 2 more
        Job overdue = job(Activity.PAYMENT_OVERDUE, pi);
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-15T02:00:00Z"));
        fire(Activity.PAYMENT_OVERDUE, pi);
        Task chase = task(Activity.CHASE_PAYMENT, pi);
        assertThat(chase).hasCandidateGroup("order-desk");
        assertThat(chase.getName()).isEqualTo("Chase payment — Acme Trading (DE, A)");
        checkpoint(pi, "payment chased");
        complete(chase, withVariables("paymentChaseNote", "Reminded the buyer; pays Monday"));
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.PAYMENT_RECEIVED);
        assertThat(job(Activity.PAYMENT_OVERDUE, pi).getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-19T02:00:00Z"));
        // the payment arrives while the desk is chasing again: the chase closes and the order goes on
        payWhileChased(pi, "paid while chasing");
    }

    @Test
    void shouldAskLogisticsWhenTheCarrierReportsNeitherShipmentNorDelivery() {
        ProcessInstance pi = toFulfilment("carrier-silent@example.com", "2027-02-22");
        ProcessInstance fulfilment = fulfilment(pi);
        correlate(engine, fulfilment, OrderFulfilment.Message.STOCK_FORECAST, OrderFulfilment.Var.STOCK_READY_ON, "2027-02-10");
        runContinuations();
        checkpoint(pi, "forecast received");
        sendStockNotice(fulfilment, "Told the client");
        checkpoint(pi, "stock notice sent, production running");
        stockComplete(fulfilment);
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables("customsDeclarationNumber", "CN-2027-0001"));
        runContinuations();
        checkpoint(pi, "customs cleared");
        // nobody posts the shipment: logistics is asked after 2 team working days, and again after each chase
        Job chase = job(OrderFulfilment.Activity.SHIPMENT_OVERDUE, fulfilment);
        assertThat(chase.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-14T02:00:00Z"));
        fire(OrderFulfilment.Activity.SHIPMENT_OVERDUE, fulfilment);
        Task chaseTask = task(OrderFulfilment.Activity.CHASE_SHIPMENT, fulfilment);
        assertThat(chaseTask).hasCandidateGroup("logistics");
        assertThat(chaseTask.getName()).isEqualTo("Chase shipment — Acme Trading (DE, A)");
        complete(chaseTask, withVariables(OrderFulfilment.Var.SHIPMENT_CHASE_NOTE, "Forwarder books Friday's vessel"));
        runContinuations();
        checkpoint(pi, "shipment chased");
        fire(OrderFulfilment.Activity.SHIPMENT_OVERDUE, fulfilment);
        complete(task(OrderFulfilment.Activity.CHASE_SHIPMENT, fulfilment),
            withVariables(OrderFulfilment.Var.SHIPMENT_CHASE_NOTE, "On board, waiting for the bill of lading"));
        runContinuations();
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, "Maersk").setVariable(OrderFulfilment.Var.TRACKING_NUMBER, "MAEU1").correlate();
        runContinuations();
        checkpoint(pi, "shipped");
        // the delivery check falls due the morning after the promised date (08:00 Shanghai)
        assertThat(job(OrderFulfilment.Activity.DELIVERY_OVERDUE, fulfilment).getDuedate().toInstant())
            .isEqualTo(Instant.parse("2027-02-23T00:00:00Z"));
        fire(OrderFulfilment.Activity.DELIVERY_OVERDUE, fulfilment);
        Task check = task(OrderFulfilment.Activity.CHECK_DELIVERY, fulfilment);
        assertThat(check).hasCandidateGroup("logistics");
        complete(check, withVariables(OrderFulfilment.Var.DELIVERY_CHECK_NOTE, "Held at the port, released tomorrow"));
        runContinuations();
        checkpoint(pi, "delivery checked");
        // asked again a working day later, not at once
        assertThat(job(OrderFulfilment.Activity.DELIVERY_OVERDUE, fulfilment).getDuedate()).isAfter(ClockUtil.getCurrentTime());
        correlate(engine, fulfilment, OrderFulfilment.Message.DELIVERED, OrderFulfilment.Var.DELIVERED_AT, ClockUtil.getCurrentTime());
        runContinuations();
        assertThat(fulfilment).isEnded();
        checkpoint(pi, "delivered");
        assertThat(pi).isWaitingAt(Activity.AFTER_SALES_CHECK_IN);
        complete(task(pi), withVariables(Var.NPS, 3L, Var.CSAT, 2L, Var.CES, 6L, "complaintCategory", "DELIVERY_DELAY"));
        runContinuations();
        assertThat(pi).isEnded().hasPassed(Activity.OPEN_COMPLAINT);
    }

    @Test
    void shouldNeverWaitSilentlyAroundAFulfilmentException() {
        ProcessInstance pi = toFulfilment("exception-wait@example.com", "2027-02-22");
        ProcessInstance fulfilment = fulfilment(pi);
        handleException(pi, fulfilment, OrderFulfilment.ExceptionKind.PRODUCTION_DELAY, "Driver boards late");
        assertThat(fulfilment).as("the fulfilment runs on once its emergency plan is done").isNotEnded();
        assertThat(pi).isNotEnded();
    }

    @Test
    void shouldNeverWaitSilentlyAroundALogisticsHoldWhileTheShipmentIsAwaited() {
        ProcessInstance pi = toFulfilment("hold-wait@example.com", "2027-02-22");
        ProcessInstance fulfilment = fulfilment(pi);
        stockComplete(fulfilment);
        sendStockNotice(fulfilment, "Stock is ready");
        clearCustoms(pi, fulfilment);
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.AWAIT_SHIPMENT);
        handleException(pi, fulfilment, OrderFulfilment.ExceptionKind.LOGISTICS_HOLD, "Port of Ningbo closed by a typhoon");
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.AWAIT_SHIPMENT);
        shipAndDeliverCleared(pi, fulfilment);
        promoterCheckIn(pi);
    }

    @Test
    void shouldNeverWaitSilentlyWhileTheDeskReviewsAPartialPaymentAndWaitsForTheRest() {
        ProcessInstance pi = startAndQuote("DE", "partial-wait@example.com");
        clientAccepts(engine, pi);
        payPartly(pi, 100.0);
        assertThat(pi).isWaitingAt(Activity.REVIEW_PARTIAL_PAYMENT).hasPassed(Activity.PARTIAL_PAYMENT_RECEIVED);
        checkpoint(pi, "partial payment under review");
        complete(task(pi), withVariables(Var.SHORTFALL_DECISION, ClientJourney.ShortfallDecision.WAIT.name()));
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.PAYMENT_RECEIVED);
        checkpoint(pi, "waiting for the rest");
        payPartly(pi, 200.0);
        assertThat(pi).isWaitingAt(Activity.REVIEW_PARTIAL_PAYMENT);
        checkpoint(pi, "second partial payment under review");
        // the rest arrives while the desk still reviews: its task closes and the order goes on
        clientPays(engine, pi, "USD");
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER).hasPassed(Activity.REST_PAID_DURING_REVIEW);
        checkpoint(pi, "rest paid during the review");
    }

    @Test
    void shouldNeverWaitSilentlyWhenTheDeskAcceptsAShortfall() {
        ProcessInstance pi = startAndQuote("DE", "shortfall-wait@example.com");
        clientAccepts(engine, pi);
        payPartly(pi, 6200.0);
        checkpoint(pi, "short payment under review");
        complete(task(pi), withVariables(Var.SHORTFALL_DECISION, ClientJourney.ShortfallDecision.ACCEPT.name(),
            Var.SHORTFALL_REASON, "Bank charges, agreed by phone"));
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER).hasPassed(Activity.SHORTFALL_DECISION);
        checkpoint(pi, "shortfall accepted");
        complete(task(pi), withVariables(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();
        assertThat(fulfilment(pi)).isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        checkpoint(pi, "order confirmed with a shortfall");
    }

    @Test
    void shouldNeverWaitSilentlyWhenAPartialPaymentArrivesWhileThePaymentIsChased() {
        ProcessInstance pi = startAndQuote("DE", "partial-chase@example.com");
        clientAccepts(engine, pi);
        fire(Activity.PAYMENT_OVERDUE, pi);
        assertThat(pi).isWaitingAt(Activity.CHASE_PAYMENT);
        checkpoint(pi, "payment chased");
        payPartly(pi, 3000.0);
        // the chase closes; the desk reviews what came
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(Activity.REVIEW_PARTIAL_PAYMENT);
        checkpoint(pi, "partial payment while chasing");
        complete(task(pi), withVariables(Var.SHORTFALL_DECISION, ClientJourney.ShortfallDecision.WAIT.name()));
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.PAYMENT_RECEIVED);
        checkpoint(pi, "waiting for the rest after the chase");
        payWhileChased(pi, "rest paid while chasing");
    }

    @Test
    void shouldNeverWaitSilentlyWhenStockIsLateOrItsForecastRevised() {
        ProcessInstance pi = toFulfilment("late-stock-wait@example.com", "2027-02-22");
        ProcessInstance fulfilment = fulfilment(pi);
        String orderId = (String) runtimeService().getVariable(pi.getId(), Var.ORDER_ID);
        forecastAfterPromisedDelivery(fulfilment, orderId, "2027-03-01");
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.REVIEW_STOCK_DATE, OrderFulfilment.Activity.NOTIFY_STOCK_READY,
            OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        checkpoint(pi, "stock after the promised delivery");
        complete(task(OrderFulfilment.Activity.REVIEW_STOCK_DATE, fulfilment), withVariables(OrderFulfilment.Var.STOCK_DATE_ACTION,
            OrderFulfilment.StockDateAction.DATE_CHANGED.name(), OrderFulfilment.Var.DELIVERY_DATE, "2027-03-10"));
        runContinuations();
        checkpoint(pi, "delivery date changed");

        // a revised forecast while the stock notice is open moves the notice
        forecast(fulfilment, orderId, "2027-03-05");
        assertThat(fulfilment).hasPassed(OrderFulfilment.Activity.RESCHEDULE_STOCK_NOTICE)
            .isWaitingAt(OrderFulfilment.Activity.NOTIFY_STOCK_READY, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        checkpoint(pi, "forecast revised");
        // revised again past the new date: the desk is warned again and tells the client this time
        forecastAfterPromisedDelivery(fulfilment, orderId, "2027-03-20");
        checkpoint(pi, "revised past the changed date");
        complete(task(OrderFulfilment.Activity.REVIEW_STOCK_DATE, fulfilment), withVariables(OrderFulfilment.Var.STOCK_DATE_ACTION,
            OrderFulfilment.StockDateAction.CLIENT_TOLD.name()));
        runContinuations();
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.NOTIFY_STOCK_READY, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        checkpoint(pi, "client told of the late stock");

        sendStockNotice(fulfilment, "Told the client");
        checkpoint(pi, "stock notice sent, production running");
        stockComplete(fulfilment);
        shipAndDeliver(pi, fulfilment);
        promoterCheckIn(pi);
    }

    @Test
    void shouldNeverWaitSilentlyUntilTheNextDateAgreedWithTheClient() {
        ProcessInstance pi = startAndQuote("DE", "next-date-wait@example.com");
        clientDeclines(engine, pi, ClientJourney.Objection.DELAY);
        checkpoint(pi, "decision delay");
        complete(task(pi), withVariables(Var.OBJECTION_OUTCOME, ClientJourney.ObjectionOutcome.NEXT_DATE.name(),
            Var.NEXT_STEP_ON, "2027-01-20"));
        runContinuations();
        assertThat(pi).hasPassed(Activity.SCHEDULE_AGREED_DATE).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
        checkpoint(pi, "waiting for the agreed date");
        // the journey wakes on the agreed day and asks sales
        fire(Activity.FOLLOW_UP_DUE, pi);
        assertThat(pi).isWaitingAt(Activity.FOLLOW_UP_QUOTE);
        checkpoint(pi, "the agreed date came");
        complete(task(pi), withVariables("followUpNote", "Called on the agreed day"));
        runContinuations();
        checkpoint(pi, "followed up on the agreed date");
        fire(Activity.FOLLOW_UP_DUE, pi);
        assertThat(pi).isWaitingAt(Activity.FOLLOW_UP_QUOTE);
        assertThat((String) taskService().getVariableLocal(task(pi).getId(), Var.BRIEFING))
            .contains("**Follow-up:** the client has not answered since Wed 20 Jan 2027, the day they agreed to decide by.");
        // the client answers while sales follows up: the follow-up ends
        clientAccepts(engine, pi);
        assertThat(pi).hasPassed(Activity.OPEN_ORDER).isWaitingAt(Activity.PAYMENT_RECEIVED);
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Activity.FOLLOW_UP_QUOTE).count()).isZero();
        checkpoint(pi, "accepted during the follow-up after the agreed date");
    }

    @Test
    void shouldNotCountATimerThatAsksNobody() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("silentTimerProbe").camundaHistoryTimeToLive(1)
            .startEvent().intermediateCatchEvent("nothingDue").timerWithDuration("PT1H").endEvent().done();
        String deployment = repositoryService().createDeployment().name("silentTimerProbe")
            .addModelInstance("silentTimerProbe.bpmn", model).deploy().getId();
        try {
            ProcessInstance probe = runtimeService().startProcessInstanceByKey("silentTimerProbe");
            assertThat(managementService().createJobQuery().processInstanceId(probe.getId()).timers().count()).isOne();
            assertThatThrownBy(() -> checkpoint(probe, "a timer that leads to no task"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("nothingDue");
        } finally {
            repositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void shouldPutTheAfterSalesCheckInOnTheClientsWorkingDay() {
        // delivered on Wednesday 13 January 2027, 11:00 in Tokyo: 72 h later is Saturday in Tokyo (a rush order: sooner than the quote's 25 days)
        ProcessInstance pi = toFulfilment("weekend-check-in@example.com", "2027-01-13", "JP", true);
        ProcessInstance fulfilment = fulfilment(pi);
        stockComplete(fulfilment);
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        runContinuations();
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables("customsDeclarationNumber", "CN-2027-0002"));
        runContinuations();
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, "DHL").setVariable(OrderFulfilment.Var.TRACKING_NUMBER, "JD2").correlate();
        runContinuations();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-13T02:00:00Z")));
        correlate(engine, fulfilment, OrderFulfilment.Message.DELIVERED, OrderFulfilment.Var.DELIVERED_AT, ClockUtil.getCurrentTime());
        runContinuations();
        Task checkIn = task(pi);
        assertThat(checkIn.getTaskDefinitionKey()).isEqualTo(Activity.AFTER_SALES_CHECK_IN);
        ZonedDateTime due = checkIn.getDueDate().toInstant().atZone(ZoneId.of("Asia/Tokyo"));
        // not Saturday 16th, nor past the 72 hours on Monday: when the client's Friday ends, in the team's working time
        assertThat(due.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2027, 1, 15, 18, 0));
        assertThat(checkIn.getName()).isEqualTo("After-sales check-in — Acme Trading (JP, A)");
    }

    @Test
    void shouldBriefTheOrderDeskOnTheOrder() {
        ProcessInstance pi = startAndQuote("DE", "briefing-order@example.com");
        clientAccepts(engine, pi);
        // a deposit and the balance, as the payment endpoint records them in the ledger
        String orderId = (String) runtimeService().getVariable(pi.getId(), Var.ORDER_ID);
        Instant now = ClockUtil.now().toInstant();
        orders.recordPayment(new OrderPayment(UUID.randomUUID().toString(), orderId, new BigDecimal("1875.00"), "USD", now, "test", now));
        orders.recordPayment(new OrderPayment(UUID.randomUUID().toString(), orderId, new BigDecimal("4375.00"), "USD",
            now.plusSeconds(60), "test", now.plusSeconds(60)));
        orders.paymentStatus(orderId, OrderRecord.PaymentStatus.PAID);
        clientPays(engine, pi, "USD");
        Task confirm = task(pi);
        assertThat(confirm.getName()).isEqualTo("Confirm order — Acme Trading (DE, A)");
        String briefing = (String) taskService().getVariable(confirm.getId(), Var.BRIEFING);
        assertThat(briefing).contains("**Order:** MO-", "amount 6,250.00 USD", "paid 6,250.00 USD", "open 0.00 USD", "(paid)",
            // in both clocks, as every other moment of the briefing
            "last payment 4,375.00 USD received Tue 12 Jan 2027 10:01 team time (Asia/Shanghai) = Tue 12 Jan 2027 03:01 client time"
                + " (Europe/Berlin)", "**Promised delivery:** set it in this task",
            "**Quoted lead time:** 25 days after order confirmation: confirmed today (Tue 12 Jan 2027 for the client), the earliest"
                + " delivery date is Mon 8 Feb 2027, a working day of the client");
        complete(confirm, withVariables(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();
        Task progress = task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment(pi));
        assertThat((String) taskService().getVariable(progress.getId(), Var.BRIEFING))
            .contains("**Order:** MO-", "**Promised delivery:** Mon 22 Feb 2027 by sea").doesNotContain("Quoted lead time");

        // a stock forecast after the promised delivery: the desk's warning shows the same order facts
        forecastAfterPromisedDelivery(fulfilment(pi), orderId, "2027-03-01");
        Task warning = task(OrderFulfilment.Activity.REVIEW_STOCK_DATE, fulfilment(pi));
        assertThat((String) taskService().getVariable(warning.getId(), Var.BRIEFING)).contains("**Order:** MO-",
            "amount 6,250.00 USD", "paid 6,250.00 USD", "open 0.00 USD", "(paid)", "last payment 4,375.00 USD received",
            "**Promised delivery:** Mon 22 Feb 2027 by sea, stock ready on Mon 1 Mar 2027");
    }

    // --- the walk

    private ProcessInstance startAndQuote(String country, String email) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables(country, email));
        checkpoint(pi, "inquiry received");
        assertThat(task(pi).getName()).isEqualTo("Reply to inquiry — Acme Trading (" + country + ", A)");
        complete(task(pi), quote());
        runContinuations();
        checkpoint(pi, "quote sent");
        return pi;
    }

    private ProcessInstance toFulfilment(String email, String deliveryDate) {
        return toFulfilment(email, deliveryDate, "DE", false);
    }

    /** {@code rush}: a delivery date sooner than the quoted lead time, as the order desk ticks "Rush order". */
    private ProcessInstance toFulfilment(String email, String deliveryDate, String country, boolean rush) {
        ProcessInstance pi = startAndQuote(country, email);
        clientAccepts(engine, pi);
        checkpoint(pi, "order opened, waiting for the payment");
        clientPays(engine, pi, "USD");
        checkpoint(pi, "paid");
        complete(task(pi), withVariables(OrderFulfilment.Var.DELIVERY_DATE, deliveryDate, OrderFulfilment.Var.SHIPPING_METHOD, "SEA",
            "rushOrder", rush));
        runContinuations();
        checkpoint(pi, "order confirmed");
        return pi;
    }

    /** Production reports 100 % and the stock complete. */
    private void stockComplete(ProcessInstance fulfilment) {
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();
    }

    /** The order desk sends the stock notice with this note. */
    private void sendStockNotice(ProcessInstance fulfilment, String note) {
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment), withVariables("stockNoticeNote", note));
        runContinuations();
    }

    private void shipAndDeliver(ProcessInstance pi, ProcessInstance fulfilment) {
        clearCustoms(pi, fulfilment);
        shipAndDeliverCleared(pi, fulfilment);
    }

    private void clearCustoms(ProcessInstance pi, ProcessInstance fulfilment) {
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables("customsDeclarationNumber", "CN-2027-0009"));
        runContinuations();
        checkpoint(pi, "customs cleared");
    }

    private void shipAndDeliverCleared(ProcessInstance pi, ProcessInstance fulfilment) {
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, "Maersk").setVariable(OrderFulfilment.Var.TRACKING_NUMBER, "MAEU9").correlate();
        runContinuations();
        checkpoint(pi, "shipped");
        correlate(engine, fulfilment, OrderFulfilment.Message.DELIVERED, OrderFulfilment.Var.DELIVERED_AT, ClockUtil.getCurrentTime());
        runContinuations();
        assertThat(fulfilment).isEnded();
        checkpoint(pi, "delivered");
    }

    /** A production delay or logistics hold: the emergency plan's three roles, each completed with a checkpoint after it. */
    private void handleException(ProcessInstance pi, ProcessInstance fulfilment, OrderFulfilment.ExceptionKind kind, String description) {
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.FULFILMENT_EXCEPTION).processInstanceId(fulfilment.getId())
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_KIND, kind.name())
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_DESCRIPTION, description).correlate();
        runContinuations();
        checkpoint(pi, kind + " raised");
        ProcessInstance plan = runtimeService().createProcessInstanceQuery().superProcessInstanceId(fulfilment.getId())
            .processDefinitionKey(EmergencyPlan.KEY).singleResult();
        complete(task(EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE, plan), withVariables(EmergencyPlan.Var.CAUSE, description,
            EmergencyPlan.Var.SOLUTION, "Second route", EmergencyPlan.Var.EXPECTED_RECOVERY,
            java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC).plusDays(7).toString()));
        runContinuations();
        checkpoint(pi, kind + ": exception notice sent");
        complete(task(EmergencyPlan.Activity.TALK_TO_SUPPLIER, plan), withVariables(EmergencyPlan.Var.SUPPLIER_ANSWER, "Back on Monday"));
        runContinuations();
        checkpoint(pi, kind + ": supplier heard");
        complete(task(EmergencyPlan.Activity.DESIGN_FIX, plan), withVariables(EmergencyPlan.Var.FIX_PLAN, "Second route",
            EmergencyPlan.Var.FIX_EFFECTIVE_BY, "2027-02-01"));
        runContinuations();
        assertThat(plan).isEnded();
        assertThat(fulfilment).hasPassed(OrderFulfilment.Activity.EXCEPTION_HANDLED);
        checkpoint(pi, kind + ": emergency plan done");
    }

    private void promoterCheckIn(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(Activity.AFTER_SALES_CHECK_IN);
        complete(task(pi), withVariables(Var.NPS, 9L, Var.CSAT, 5L, Var.CES, 2L));
        runContinuations();
        assertThat(pi).isEnded();
    }

    /**
     * The check itself: in the journey's process tree (the journey and the fulfilment it calls),
     * something asks a person (an open user task, or a timer that will create one), or the only
     * waits are documented external events. Every open timer must lead to a user task: its event's
     * outgoing flows reach one through service tasks and gateways, without waiting on anything else.
     */
    private void checkpoint(ProcessInstance root, String moment) {
        List<String> tree = tree(root.getId());
        seen.add(moment);
        if (tree.isEmpty()) {
            return;
        }
        List<Task> tasks = taskService().createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new)).list();
        List<Job> timers = new ArrayList<>();
        for (String id : tree) {
            timers.addAll(managementService().createJobQuery().processInstanceId(id).timers().list());
        }
        for (Job timer : timers) {
            String activity = timerActivity(timer);
            assertThat(userTasksAfter(timer.getProcessDefinitionId(), activity))
                .as("at '%s' the timer %s leads to no user task: it asks nobody", moment, activity).isNotEmpty();
        }
        List<EventSubscription> events = runtimeService().createEventSubscriptionQuery().list().stream()
            .filter(e -> tree.contains(e.getProcessInstanceId())).toList();
        if (!tasks.isEmpty() || !timers.isEmpty()) {
            return;
        }
        Set<String> waits = events.stream().map(e -> e.getEventType() + " " + e.getEventName()).collect(Collectors.toSet());
        assertThat(events).as("at '%s' the journey waits for %s with no task and no timer", moment, waits).isNotEmpty()
            .allSatisfy(e -> assertThat(DOCUMENTED_EXTERNAL_EVENTS).as("at '%s' nobody is asked: only %s is awaited", moment, waits)
                .containsKey(e.getEventName()));
    }

    /** The timer's event: the intermediate catch event or boundary event it belongs to. */
    private static String timerActivity(Job timer) {
        return managementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult().getActivityId();
    }

    /** The user tasks the flow reaches from {@code activity} without waiting on anything but a person. */
    static Set<String> userTasksAfter(String processDefinitionId, String activity) {
        BpmnModelInstance model = repositoryService().getBpmnModelInstance(processDefinitionId);
        Set<String> found = new TreeSet<>();
        Set<String> visited = new HashSet<>();
        Deque<FlowNode> next = new ArrayDeque<>(List.of((FlowNode) model.getModelElementById(activity)));
        while (!next.isEmpty()) {
            for (SequenceFlow flow : next.pop().getOutgoing()) {
                FlowNode target = flow.getTarget();
                if (!visited.add(target.getId())) {
                    continue;
                }
                if (target instanceof UserTask) {
                    found.add(target.getId());
                } else if (passesOn(target)) {
                    next.push(target);
                }
            }
        }
        return found;
    }

    /** Steps the engine runs through at once; a catch event, receive task or call waits for something else. */
    private static boolean passesOn(FlowNode node) {
        return (node instanceof Gateway && !(node instanceof EventBasedGateway)) || node instanceof ServiceTask
            || node instanceof BusinessRuleTask || node instanceof ScriptTask || node instanceof SendTask
            || node instanceof IntermediateThrowEvent;
    }

    private static List<String> tree(String rootId) {
        List<String> ids = new ArrayList<>();
        List<String> next = new ArrayList<>(List.of(rootId));
        while (!next.isEmpty()) {
            String id = next.remove(0);
            if (runtimeService().createProcessInstanceQuery().processInstanceId(id).count() == 0) {
                continue;
            }
            ids.add(id);
            runtimeService().createProcessInstanceQuery().superProcessInstanceId(id).list().forEach(p -> next.add(p.getId()));
        }
        return ids;
    }

    /** What {@code POST /api/orders/{id}/stock-forecast} does: the ledger keeps the date, fulfilment hears of it. */
    private void forecast(ProcessInstance fulfilment, String orderId, String readyOn) {
        orders.stockForecast(orderId, LocalDate.parse(readyOn));
        correlate(engine, fulfilment, OrderFulfilment.Message.STOCK_FORECAST, OrderFulfilment.Var.STOCK_READY_ON, readyOn);
    }

    /** The same with a date after the promised delivery: the order desk is warned. */
    private void forecastAfterPromisedDelivery(ProcessInstance fulfilment, String orderId, String readyOn) {
        forecast(fulfilment, orderId, readyOn);
        correlate(engine, fulfilment, OrderFulfilment.Message.STOCK_AFTER_PROMISED_DELIVERY, OrderFulfilment.Var.STOCK_READY_ON, readyOn);
    }

    /** The payment falls overdue, the desk is asked to chase it, and the whole amount arrives meanwhile: on to "Confirm order". */
    private void payWhileChased(ProcessInstance pi, String moment) {
        fire(Activity.PAYMENT_OVERDUE, pi);
        assertThat(task(Activity.CHASE_PAYMENT, pi)).isNotNull();
        checkpoint(pi, moment + ": chased");
        clientPays(engine, pi, "USD");
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        checkpoint(pi, moment);
    }

    /** A payment that does not cover the amount due, as the payment endpoint correlates it. */
    private void payPartly(ProcessInstance pi, double amount) {
        runtimeService().createMessageCorrelation(Message.PARTIAL_PAYMENT_RECEIVED).processInstanceId(pi.getId())
            .setVariable(Var.PAYMENT_AMOUNT, amount).setVariable(Var.PAYMENT_CURRENCY, "USD")
            .setVariable(Var.PAYMENT_RECEIVED_AT, ClockUtil.getCurrentTime()).correlate();
        runContinuations();
    }

    private ProcessInstance fulfilment(ProcessInstance journey) {
        ProcessInstance called = runtimeService().createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
        assertThat(called).isNotNull();
        return called;
    }

    private void fire(String timerActivity, ProcessInstance pi) {
        Job timer = job(timerActivity, pi);
        if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(timer.getDuedate());
        }
        execute(timer);
    }
}
