package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.clientAccepts;
import static io.meridian.inquiry.JourneyFixture.clientDeclines;
import static io.meridian.inquiry.JourneyFixture.clientPays;
import static io.meridian.inquiry.JourneyFixture.correlate;
import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.meridian.complaint.ComplaintHandling;
import io.meridian.complaint.DetractorComplaints;
import io.meridian.emergency.EmergencyPlan;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Message;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFulfilment;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.survey.Surveys;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the client journey and of order fulfilment, with a controlled clock. */
@MeridianTest
class ClientJourneyProcessTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(START);

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(engine);
    }

    /** A Tuesday morning in Shanghai, Monday evening in Germany: no observance for a German client. */
    static final Instant START = Instant.parse("2027-01-12T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    Outbox outbox;
    @Autowired
    Surveys surveys;
    @Autowired
    DetractorComplaints detractors;
    @Autowired
    InquiryLedger inquiries;
    @Autowired
    InquiryEnds ends;
    /** What the reply task's form showed, read before {@link #startAndQuote} completes the task. */
    private String replyBriefing;

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldGoFromInquiryToPromoterCheckIn() {
        ProcessInstance pi = startAndQuote("DE", "promoter@example.com");
        clientAccepts(engine, pi);
        assertThat(pi).isWaitingAt(Activity.PAYMENT_RECEIVED);
        clientPays(engine, pi);
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        Task confirm = task(pi);
        assertThat(confirm).hasCandidateGroup("order-desk");
        // paid on Tuesday morning in Shanghai: confirm by Wednesday, same time
        assertThat(confirm.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T02:00:00Z"));
        complete(confirm, withVariables(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();

        ProcessInstance fulfilment = fulfilment(pi);
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, OrderFulfilment.Activity.AWAIT_STOCK_NEWS);
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 40L, OrderFulfilment.Var.STOCK_COMPLETE, false));
        runContinuations();
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        correlate(engine, fulfilment, OrderFulfilment.Message.STOCK_FORECAST, OrderFulfilment.Var.STOCK_READY_ON, "2027-02-10");
        runContinuations();
        Task notice = task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment);
        // 3 days ahead, by the end of that day's call window with the client (22:00 Shanghai, 15:00 Berlin), on the team's
        // working day: Sunday 7 February falls in their Spring Festival closure, so Thursday 4 February
        assertThat(notice.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-02-04T14:00:00Z"));
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        runContinuations();
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables("customsDeclarationNumber", "CN-2027-0123"));
        runContinuations();
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.AWAIT_SHIPMENT);
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, "Maersk").setVariable(OrderFulfilment.Var.TRACKING_NUMBER, "MAEU123456")
            .correlate();
        runContinuations();
        List<OutboxMessage> sent = outbox.about((String) runtimeService().getVariable(pi.getId(), Var.ORDER_ID));
        // shipped at 03:00 in Germany: the tracking number lands when the client opens (08:00 Berlin), after the quote
        // (08:00) and the order confirmation (08:01) written the same night, which still wait for that opening
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.subject()).contains("MAEU123456");
            assertThat(m.plannedAt()).isEqualTo(Instant.parse("2027-01-12T07:02:00Z"));
        });
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.content().messageKind()).isEqualTo("ORDER_CONFIRMATION");
            assertThat(m.plannedAt()).isEqualTo(Instant.parse("2027-01-12T07:01:00Z"));
        });
        correlate(engine, fulfilment, OrderFulfilment.Message.DELIVERED, OrderFulfilment.Var.DELIVERED_AT, new Date());
        runContinuations();
        assertThat(fulfilment).isEnded();

        assertThat(pi).isWaitingAt(Activity.AFTER_SALES_CHECK_IN);
        assertThat(task(pi)).hasCandidateGroup("support");
        // the category select is hidden for a score of 7-10, but Tasklist still sends what it holds
        complete(task(pi), withVariables(Var.NPS, 9L, Var.CSAT, 5L, Var.CES, 2L, "complaintCategory", "QUALITY"));
        runContinuations();
        String orderId = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
            .variableName(Var.ORDER_ID).singleResult().getValue();
        // a promoter has no complaint: neither the survey ledger (GET /api/clients/{id}/surveys) nor the journey keeps a category
        ProcessInstance report = runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementReport")
            .variableValueEquals("orderId", orderId).singleResult();
        String evaluationId = (String) runtimeService().getVariable(report.getId(), "evaluationId");
        Assertions.assertThat(surveys.byId(evaluationId).orElseThrow().complaintCategory()).isNull();
        Assertions.assertThat(runtimeService().getVariable(report.getId(), "complaintCategory")).isNull();
        Assertions.assertThat((String) taskService().getVariableLocal(task(report).getId(), "briefing"))
            .contains("NPS 9/10").doesNotContain("QUALITY");
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
            .variableName("complaintCategory").list()).as("the journey's history").isEmpty();
        assertThat(pi).isEnded().hasPassedInOrder(Activity.REGISTER_INQUIRY, Activity.DETERMINE_ETIQUETTE, Activity.REPLY_TO_INQUIRY,
            Activity.SEND_QUOTE, Activity.CLIENT_RESPONDED, Activity.OPEN_ORDER, Activity.PAYMENT_RECEIVED, Activity.CONFIRM_ORDER,
            Activity.FULFIL_ORDER, Activity.AFTER_SALES_CHECK_IN, Activity.RECORD_SATISFACTION, Activity.JOURNEY_COMPLETED)
            .hasNotPassed(Activity.OPEN_COMPLAINT);
    }

    /** The paid order of {@code pi} produced, shipped by air and delivered: the journey waits at the after-sales check-in. */
    private void deliverByAir(ProcessInstance pi) {
        complete(task(pi), withVariables(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "AIR"));
        runContinuations();
        ProcessInstance fulfilment = fulfilment(pi);
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();
        correlate(engine, fulfilment, OrderFulfilment.Message.STOCK_FORECAST, OrderFulfilment.Var.STOCK_READY_ON, "2027-01-14");
        runContinuations();
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        runContinuations();
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables("customsDeclarationNumber", "CN-2027-0124"));
        runContinuations();
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, "DHL").setVariable(OrderFulfilment.Var.TRACKING_NUMBER, "JD0001").correlate();
        runContinuations();
        correlate(engine, fulfilment, OrderFulfilment.Message.DELIVERED, OrderFulfilment.Var.DELIVERED_AT, new Date());
        runContinuations();
    }

    @Test
    void shouldAddTheCheckInsDetractorScoreToTheClientsOpenComplaintAboutTheOrder() {
        ProcessInstance pi = startAndQuote("DE", "detractor-twice@example.com");
        clientAccepts(engine, pi);
        clientPays(engine, pi);
        deliverByAir(pi);
        String orderId = (String) runtimeService().getVariable(pi.getId(), Var.ORDER_ID);
        // the client complained about the order already (here a survey's score opened it): it is open
        String open = detractors.open(Map.of(ComplaintHandling.Var.ORDER_ID, orderId, ComplaintHandling.Var.CATEGORY, "QUALITY",
            ComplaintHandling.Var.WORDING, "STRONG", ComplaintHandling.Var.DESCRIPTION, "Satisfaction survey: NPS 1 of 10."),
            ClockUtil.now().toInstant()).id();
        runContinuations();

        complete(task(pi), withVariables(Var.NPS, 4L, Var.CSAT, 2L, Var.CES, 6L, "complaintCategory", "QUALITY",
            Var.SATISFACTION_COMMENT, "Still scratched."));
        runContinuations();

        assertThat(pi).isEnded().hasPassed(Activity.OPEN_COMPLAINT);
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
            .variableName("detractorComplaintId").singleResult().getValue()).as("the open complaint took the score").isEqualTo(open);
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .variableValueEquals("orderId", orderId).count()).as("no second complaint").isEqualTo(1);
        ProcessInstance complaint = runtimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .processInstanceBusinessKey(open).singleResult();
        Assertions.assertThat((String) taskService().getVariableLocal(task(complaint).getId(), "briefing"))
            .contains("**Detractor score while this complaint is open:** ", "NPS 4 of 10", "Still scratched.");
        ProcessInstance report = runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementReport")
            .variableValueEquals("orderId", orderId).singleResult();
        Assertions.assertThat((String) taskService().getVariableLocal(task(report).getId(), "briefing"))
            .contains("it was added to complaint " + runtimeService().getVariable(complaint.getId(), "complaintNumber"));
    }

    @Test
    void shouldOpenAComplaintAboutTheOrderWhenTheClientIsADetractor() {
        ProcessInstance pi = startAndQuote("DE", "detractor@example.com");
        clientAccepts(engine, pi);
        clientPays(engine, pi);
        deliverByAir(pi);
        String orderId = (String) runtimeService().getVariable(pi.getId(), Var.ORDER_ID);
        // a detractor names what went wrong: no category, no completion (never a QUALITY complaint by default)
        Task checkIn = task(pi);
        Assertions.assertThatThrownBy(() -> taskService().complete(checkIn.getId(),
                withVariables(Var.NPS, 4L, Var.CSAT, 2L, Var.CES, 6L)))
            .hasMessageContaining("complaintCategory is required for a detractor");
        assertThat(pi).isWaitingAt(Activity.AFTER_SALES_CHECK_IN);
        complete(task(pi), withVariables(Var.NPS, 4L, Var.CSAT, 2L, Var.CES, 6L, "complaintCategory", "DELIVERY_DELAY",
            Var.SATISFACTION_COMMENT, "Arrived two weeks late."));
        runContinuations();
        assertThat(pi).isEnded().hasPassed(Activity.OPEN_COMPLAINT);
        // the check-in is an evaluation: its improvement report is due 72 hours later
        ProcessInstance report = runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementReport")
            .variableValueEquals("orderId", orderId).singleResult();
        assertThat(report).isWaitingAt("writeImprovementReport");
        assertThat(task(report).getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofHours(72)));

        String complaintId = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
            .variableName("detractorComplaintId").singleResult().getValue();
        ProcessInstance complaint = runtimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .processInstanceBusinessKey(complaintId).singleResult();
        assertThat(complaint).isWaitingAt("acknowledgeComplaint")
            .variables().containsEntry("orderId", orderId).containsEntry("category", "DELIVERY_DELAY")
            .containsEntry("wording", "NEUTRAL").containsEntry("complaintSource", "DETRACTOR");
        assertThat((String) runtimeService().getVariable(complaint.getId(), "description"))
            .contains("NPS 4 of 10").contains("Arrived two weeks late.");
        // the survey ledger names the complaint the check-in's score opened (GET /api/clients/{id}/surveys shows it)
        String evaluationId = (String) runtimeService().getVariable(report.getId(), "evaluationId");
        assertThat(surveys.byId(evaluationId).orElseThrow().complaintId()).isEqualTo(complaintId);
        // the report's form names that complaint by its number, though the complaint opened after the report's task was made
        assertThat((String) taskService().getVariableLocal(task(report).getId(), "briefing"))
            .contains("Detractor: the score opened complaint " + runtimeService().getVariable(complaint.getId(), "complaintNumber")
                + " (delivery delay)")
            .doesNotContain(complaintId).doesNotContain("is handled with the order");
    }

    @Test
    void shouldRaiseExceptionNoticesAtAnyPointOfFulfilmentAndRescheduleTheStockNotice() {
        ProcessInstance pi = startAndQuote("DE", "exceptions@example.com");
        clientAccepts(engine, pi);
        clientPays(engine, pi);
        complete(task(pi), withVariables(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();
        ProcessInstance fulfilment = fulfilment(pi);
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.FULFILMENT_EXCEPTION).processInstanceId(fulfilment.getId())
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_KIND, "PRODUCTION_DELAY")
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_DESCRIPTION, "Driver boards late").correlate();
        runContinuations();
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.RUN_EMERGENCY_PLAN, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        ProcessInstance plan = emergencyPlan(fulfilment);
        Task notice = task(EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE, plan);
        assertThat(notice).hasCandidateGroup("sales");
        assertThat((String) taskService().getVariable(notice.getId(), Var.BRIEFING)).contains("production delay", "Driver boards late");
        complete(notice, withVariables(OrderFulfilment.Var.EXCEPTION_CAUSE, "Supplier of driver boards is late",
            OrderFulfilment.Var.EXCEPTION_SOLUTION, "Second supplier qualified",
            OrderFulfilment.Var.EXPECTED_RECOVERY, "2027-01-20T10:00Z"));
        runContinuations();
        String orderId = (String) runtimeService().getVariable(pi.getId(), Var.ORDER_ID);
        assertThat(outbox.about(orderId)).anySatisfy(m -> assertThat(m.body()).contains("Cause: Supplier", "Solution: Second", "Wednesday, 20 January 2027"));

        correlate(engine, fulfilment, OrderFulfilment.Message.STOCK_FORECAST, OrderFulfilment.Var.STOCK_READY_ON, "2027-02-10");
        runContinuations();
        correlate(engine, fulfilment, OrderFulfilment.Message.STOCK_FORECAST, OrderFulfilment.Var.STOCK_READY_ON, "2027-02-20");
        runContinuations();
        assertThat(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment).getDueDate().toInstant())
            .isEqualTo(Instant.parse("2027-02-17T14:00:00Z"));
        assertThat(fulfilment).hasPassed(OrderFulfilment.Activity.RESCHEDULE_STOCK_NOTICE);
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        runContinuations();
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables("customsDeclarationNumber", "CN-2027-0124"));
        runContinuations();
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.FULFILMENT_EXCEPTION).processInstanceId(fulfilment.getId())
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_KIND, "LOGISTICS_HOLD")
            .setVariableLocal(OrderFulfilment.Var.EXCEPTION_DESCRIPTION, "Port congestion").correlate();
        runContinuations();
        assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.RUN_EMERGENCY_PLAN, OrderFulfilment.Activity.AWAIT_SHIPMENT);
        assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(fulfilment.getId()).count())
            .as("the first plan still has two roles open; the second one runs beside it").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ClientJourney.Objection.class)
    void shouldHandleEachObjectionAndReviseTheQuote(ClientJourney.Objection objection) {
        ProcessInstance pi = startAndQuote("DE", objection.name().toLowerCase() + "@example.com");
        clientDeclines(engine, pi, objection);
        assertThat(pi).isWaitingAt(Activity.HANDLE_OBJECTION);
        Task handle = task(pi);
        assertThat(handle).hasCandidateGroup("sales");
        assertThat((String) taskService().getVariable(handle.getId(), Var.BRIEFING)).contains("**Objection:**");
        Map<String, Object> revised = quote();
        revised.put(Var.QUOTE_UNIT_PRICE, 11.9);
        revised.put(Var.OBJECTION_OUTCOME, "REVISE");
        complete(handle, revised);
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
        // both quotes written before Berlin opened: the first, still waiting, is withdrawn, so the client gets the revised one only
        assertThat(outbox.about(pi.getBusinessKey())).hasSize(2).satisfiesExactly(
            first -> {
                assertThat(first.status()).isEqualTo(OutboxMessage.Status.WITHDRAWN);
                assertThat(first.subject()).contains("Quotation for").doesNotContain("Revised");
            },
            second -> {
                assertThat(second.status()).isEqualTo(OutboxMessage.Status.PLANNED);
                // the revision says so, and thanks for the feedback rather than for the inquiry again
                // German first (the client's country's language), the English after
                assertThat(second.subject()).endsWith(" / Revised quotation for LED panel 60x60");
                assertThat(second.body()).contains("11.90 USD", "Thank you for your feedback on our quotation",
                    "We are pleased to make you the following revised offer").doesNotContain("Thank you for your inquiry");
            });
        clientAccepts(engine, pi);
        assertThat(pi).isWaitingAt(Activity.PAYMENT_RECEIVED);
    }

    @Test
    void shouldCloseAsLostAfterAnObjection() {
        ProcessInstance pi = startAndQuote("DE", "lost@example.com");
        clientDeclines(engine, pi, ClientJourney.Objection.NEED);
        complete(task(pi), withVariables(Var.OBJECTION_OUTCOME, "LOST"));
        runContinuations();
        assertThat(pi).isEnded().hasPassed(Activity.MARK_LOST, Activity.INQUIRY_LOST);
    }

    @Test
    void shouldFollowUpAtMostMaxFollowUpsTimesThenCloseAsLost() {
        ProcessInstance pi = startAndQuote("DE", "silent@example.com");
        int max = JourneyFixture.decidedEtiquette(inquiries, runtimeService(), pi.getId()).prop(Var.MAX_FOLLOW_UPS).numberValue().intValue();
        assertThat(max).isPositive();
        for (int i = 0; i < max; i++) {
            fireFollowUpTimer(pi);
            assertThat(pi).isWaitingAt(Activity.FOLLOW_UP_QUOTE);
            assertThat(task(pi)).hasCandidateGroup("sales");
            complete(task(pi));
            runContinuations();
            assertThat(pi).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
        }
        String inquiryId = (String) runtimeService().getVariable(pi.getId(), Var.INQUIRY_ID);
        fireFollowUpTimer(pi);
        assertThat(pi).isEnded().hasPassed(Activity.MARK_LOST);
        // how it ended, as a refusal names it (confirmed items on a LOST inquiry)
        assertThat(ends.lost(inquiries.byId(inquiryId).orElseThrow())).hasValueSatisfying(said -> assertThat(said)
            .startsWith("inquiry " + inquiryId + " was closed as lost at ").endsWith(" (no answer after the last follow-up)"));
    }

    @Test
    void shouldNotPressAClientDuringANoPushObservance() {
        // during Ramadan 2027 (about 8 February to 9 March) for a Saudi client
        // a Sunday: the reply is due when the team's Monday ends (22:00 in Shanghai), as the auto-reply promised (AutoReplyTest)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-14T06:00:00Z")));
        ProcessInstance pi = startAndQuote("SA", "ramadan@example.com", Instant.parse("2027-02-15T14:00:00Z"));
        fireFollowUpTimer(pi);
        assertThat(pi).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE).hasPassed(Activity.CHECK_OBSERVANCES);
        assertThat((Boolean) runtimeService().getVariable(pi.getId(), Var.NO_PUSH)).isTrue();
        Job next = job(Activity.FOLLOW_UP_DUE, pi);
        assertThat(next.getDuedate().toInstant()).isAfter(Instant.parse("2027-03-08T00:00:00Z"));
        fireFollowUpTimer(pi);
        assertThat(pi).isWaitingAt(Activity.FOLLOW_UP_QUOTE);
        // weeks after the quote: the task says why, where its briefing had read only "the client has not answered the quote"
        Task followUp = task(Activity.FOLLOW_UP_QUOTE, pi);
        assertThat((String) taskService().getVariableLocal(followUp.getId(), Var.BRIEFING)).contains("**Waited:** the follow-up fell due on ",
            " team time, in Ramadan (", "), when the client is not to be pressed: it waited for the team's first call window with them after it, ");
    }

    @Test
    void shouldPlanTheQuoteForANewYorkClientInsideNewYorkBusinessHours() {
        // 02:00 UTC on Tuesday is Monday 21:00 in New York: the quote lands when New York opens
        ProcessInstance pi = startAndQuote("US", "new-york-quote@example.com");
        String inquiryId = (String) runtimeService().getVariable(pi.getId(), Var.INQUIRY_ID);
        assertThat(outbox.about(inquiryId)).filteredOn(m -> m.subject().startsWith("Quotation"))
            .singleElement().satisfies(m -> {
                ZonedDateTime local = m.plannedAt().atZone(ZoneId.of("America/New_York"));
                assertThat(local.toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 12, 9, 0));
            });
        // follow up after 3 New York business days from when the quote reached the client (Tuesday), so on
        // Friday, not Thursday as counted from Monday evening when it was written; in that day's first call
        // window: 09:00 New York, 22:00 in Shanghai, the team's late stretch
        Date followUp = (Date) runtimeService().getVariable(pi.getId(), Var.FOLLOW_UP_AT);
        assertThat(followUp.toInstant()).isEqualTo(Instant.parse("2027-01-15T14:00:00Z"));
        // the reply task told the salesperson when to call and that it is a late evening for the team
        assertThat(replyBriefing).as("the inquiry's channel by its name").contains(" via email, received ").doesNotContain("via EMAIL")
            .contains("Tue 12 Jan 2027 22:00–00:00 team time (Asia/Shanghai) = Tue 12 Jan 2027 09:00–11:00 client time",
                "Late evening for the team (its stretch hours)");
    }

    /** Received now, on a working day of the team: the reply is due in 24 hours. */
    private ProcessInstance startAndQuote(String country, String email) {
        return startAndQuote(country, email, ClockUtil.now().toInstant().plus(Duration.ofHours(24)));
    }

    private ProcessInstance startAndQuote(String country, String email, Instant replyDue) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables(country, email));
        assertThat(pi).isWaitingAt(Activity.REPLY_TO_INQUIRY).hasPassedInOrder(Activity.REGISTER_INQUIRY, Activity.DETERMINE_ETIQUETTE);
        // one JSON value, kept with the inquiry: the decision with the rows that fired and the workbook version
        assertThat(runtimeService().getVariable(pi.getId(), Var.ETIQUETTE)).as("no etiquette variable").isNull();
        assertThat(JourneyFixture.decidedEtiquette(inquiries, runtimeService(), pi.getId()).toString()).contains("\"firedRules\":[{\"table\":\"etiquette\"", "\"rulesVersion\"");
        Task reply = task(pi);
        replyBriefing = (String) taskService().getVariableLocal(reply.getId(), Var.BRIEFING);
        assertThat(reply).hasCandidateGroup("sales");
        assertThat(reply.getDueDate().toInstant()).isEqualTo(replyDue);
        assertThat(reply.getFollowUpDate()).isNotNull();
        complete(reply, quote());
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
        return pi;
    }

    private ProcessInstance fulfilment(ProcessInstance journey) {
        ProcessInstance called = runtimeService().createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
        assertThat(called).isNotNull();
        return called;
    }

    /** The one emergency plan a fulfilment runs now (issue 15 point 4, io.meridian.emergency). */
    private ProcessInstance emergencyPlan(ProcessInstance fulfilment) {
        ProcessInstance called = runtimeService().createProcessInstanceQuery().superProcessInstanceId(fulfilment.getId())
            .processDefinitionKey(EmergencyPlan.KEY).singleResult();
        assertThat(called).isNotNull();
        return called;
    }

    private void fireFollowUpTimer(ProcessInstance pi) {
        Job timer = job(Activity.FOLLOW_UP_DUE, pi);
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
    }
}
