package io.meridian.emergency;

import static io.meridian.testsupport.TaskBriefings.briefing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.calendar.Clocks;
import io.meridian.emergency.EmergencyPlan.Activity;
import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.moments.TeamMoments;
import io.meridian.order.OrderFulfilment;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.ReceivedMail;
import io.meridian.process.EmailPreview;
import io.meridian.process.RoundTheClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The emergency plan (issue 15 point 4), with a controlled clock: a production delay, a logistics
 * hold and a quality complaint each open the three roles in parallel; the exception notice is
 * mailed exactly when the client-facing role completes, while the others are still open.
 */
@MeridianTest
class EmergencyPlanTest {

    /** Tuesday 12 January 2027, 10:00 in Shanghai, 03:00 in Berlin: before a German client's business hours. */
    static final Instant START = Instant.parse("2027-01-12T02:00:00Z");
    /** 08:00 in Berlin the same day: the German client's business hours (etiquette table) open, inside the team's hours. */
    static final Instant BERLIN_OPENS = Instant.parse("2027-01-12T07:00:00Z");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    Outbox outbox;
    @Autowired
    Clocks clocks;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        ClockUtil.reset();
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldOpenThreeRolesOnAProductionDelayAndMailTheNoticeWhenTheClientRoleCompletes() {
        Order order = orderInFulfilment("DE", "delay@weber.example");
        ResponseEntity<JsonNode> raised = post("/api/orders/" + order.id() + "/exceptions",
            "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Driver boards arrive two weeks late\"}");
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();

        ProcessInstance plan = plan(order.id());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.getId())
            .superProcessInstanceId(order.fulfilment().getId()).count()).as("called by the order's fulfilment").isEqualTo(1);
        assertThat(order.fulfilment()).isWaitingAt(OrderFulfilment.Activity.RUN_EMERGENCY_PLAN,
            OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        assertThat(plan).isWaitingAt(Activity.TALK_TO_SUPPLIER, Activity.SEND_EXCEPTION_NOTICE, Activity.DESIGN_FIX);

        Task supplier = task(Activity.TALK_TO_SUPPLIER, plan);
        Task client = task(Activity.SEND_EXCEPTION_NOTICE, plan);
        Task fix = task(Activity.DESIGN_FIX, plan);
        assertThat(supplier).hasCandidateGroup("order-desk");
        assertThat(client).hasCandidateGroup("sales");
        assertThat((String) engine.getTaskService().getVariableLocal(client.getId(), EmailPreview.VARIABLE))
            .as("the form says the notice goes when the role completes").contains("- Goes out: at once when you complete this task")
            .doesNotContain("Their business hours");
        assertThat(fix).hasCandidateGroup("order-desk");
        // the crisis clock of the complaint table (Response times, CRITICAL: PT2H) for the client, and for the supplier in
        // the team's working time (Tuesday 10:00 in Shanghai: the same 2 hours); the root-cause stage for the fix: 2 working
        // days of the team
        assertThat(supplier.getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(client.getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(fix.getDueDate().toInstant()).isEqualTo(clocks.plusTeamWorkingDays(START, 2)).isAfter(START.plus(Duration.ofDays(1)));
        // the crisis channel's task escalates on the 7×24 clock, the team's own work on the team's working time
        assertThat(engine.getTaskService().getVariableLocal(supplier.getId(), RoundTheClock.VARIABLE)).isNull();
        assertThat(engine.getTaskService().getVariableLocal(client.getId(), RoundTheClock.VARIABLE)).isEqualTo(true);
        assertThat(engine.getTaskService().getVariableLocal(fix.getId(), RoundTheClock.VARIABLE)).isNull();
        // follow up at the start of the client's next call window: when Berlin opens
        assertThat(client.getFollowUpDate().toInstant()).isEqualTo(BERLIN_OPENS);
        assertThat(client.getName()).contains("Acme Trading");
        assertThat(briefing(engine, client)).contains("Emergency plan: production delay", order.number(),
            "Driver boards arrive two weeks late", "Your role: inform the client", "the supplier: Order desk (order-desk); the client: Sales (sales); the fix: Order desk (order-desk)",
            "**Order:** " + order.number());
        assertThat(briefing(engine, supplier)).contains("Your role: talk to the supplier", "factory");
        assertThat(briefing(engine, fix)).contains("Your role: design the fix");
        assertThat((String) engine.getTaskService().getVariableLocal(client.getId(), "guidance")).contains("**Tone:**");
        assertThat((String) engine.getTaskService().getVariableLocal(client.getId(), "emailPreview")).contains("production delay");

        // nothing goes out before the client-facing role completes, and it completes only with the three facts
        assertThat(notices(order.id())).isEmpty();
        assertThatThrownBy(() -> engine.getTaskService().complete(client.getId(), Map.of(Var.CAUSE, "Supplier late")))
            .hasMessageContaining("the solution is required").hasMessageContaining("the expected recovery time is required");
        // a recovery the client would read as already over: a day before the client's today, a time an hour ago
        assertThatThrownBy(() -> engine.getTaskService().complete(client.getId(), Map.of(Var.CAUSE, "Supplier late",
            Var.SOLUTION, "Second supplier", Var.EXPECTED_RECOVERY, "2027-01-11")))
            .hasMessageContaining("the expected recovery day 2027-01-11 has passed for the client (today is Tue 12 Jan 2027 in the"
                + " client's time zone Europe/Berlin): give that day or a later one");
        assertThatThrownBy(() -> engine.getTaskService().complete(client.getId(), Map.of(Var.CAUSE, "Supplier late",
            Var.SOLUTION, "Second supplier", Var.EXPECTED_RECOVERY, START.minus(Duration.ofHours(1)).toString())))
            .hasMessageContaining("the expected recovery time 2027-01-12T01:00:00Z has passed");
        // a slip of the year: a recovery more than a year away
        assertThatThrownBy(() -> engine.getTaskService().complete(client.getId(), Map.of(Var.CAUSE, "Supplier late",
            Var.SOLUTION, "Second supplier", Var.EXPECTED_RECOVERY, "2031-01-20")))
            .hasMessageContaining("the expected recovery day 2031-01-20 is more than a year away (today is Tue 12 Jan 2027 in the"
                + " client's time zone Europe/Berlin; the latest is Wed 12 Jan 2028): check the year");
        // a cause the client's email cannot carry: a NUL pasted from another program
        assertThatThrownBy(() -> engine.getTaskService().complete(client.getId(), Map.of(Var.CAUSE, "Supplier\u0000 late",
            Var.SOLUTION, "Second supplier", Var.EXPECTED_RECOVERY, "2027-01-20")))
            .hasMessageContaining("exceptionCause holds the control character U+0000");
        assertThatThrownBy(() -> engine.getTaskService().complete(fix.getId(), Map.of(Var.FIX_EFFECTIVE_BY, "next week")))
            .hasMessageContaining(Var.FIX_PLAN).hasMessageContaining(Var.FIX_EFFECTIVE_BY);
        assertThatThrownBy(() -> engine.getTaskService().complete(fix.getId(), Map.of(Var.FIX_PLAN, "Second supplier",
            Var.FIX_EFFECTIVE_BY, "2020-01-01")))
            .hasMessageContaining("fixEffectiveBy 2020-01-01 lies in the past (today is Tue 12 Jan 2027 in the team's time zone ");
        assertThatThrownBy(() -> engine.getTaskService().complete(supplier.getId(), Map.of()))
            .hasMessageContaining(Var.SUPPLIER_ANSWER);

        Instant informedAt = START.plus(Duration.ofMinutes(50));
        ClockUtil.setCurrentTime(Date.from(informedAt));
        complete(client, withVariables(Var.CAUSE, "The supplier of the driver boards is two weeks late",
            Var.SOLUTION, "A second, qualified supplier ships the boards by air",
            Var.EXPECTED_RECOVERY, "2027-01-20T10:00:00Z"));
        runContinuations();
        // mailed right away, while the supplier and the fix roles are still open
        assertThat(plan).hasPassed(Activity.MAIL_EXCEPTION_NOTICE).isWaitingAt(Activity.TALK_TO_SUPPLIER, Activity.DESIGN_FIX);
        List<OutboxMessage> notices = notices(order.id());
        assertThat(notices).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("delay@weber.example");
            assertThat(m.plannedAt()).as("goes when the role completes, 03:50 in Berlin: the crisis channel runs 7×24")
                .isEqualTo(informedAt);
        });
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
            .variableName(Var.NOTICE_PLANNED_AT).singleResult().getValue()).isEqualTo(Date.from(informedAt));
        // a complaint about the order meanwhile ("where is it?"): its form says what emergency is open and what the client was told
        ResponseEntity<JsonNode> complained = post("/api/complaints", """
            {"orderId": "%s", "category": "DELIVERY_DELAY", "wording": "NEUTRAL", "description": "Where is our order?"}"""
            .formatted(order.id()));
        assertThat(complained.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ProcessInstance complaint = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .processInstanceBusinessKey(complained.getBody().path("id").asText()).singleResult();
        assertThat(briefing(engine, task("acknowledgeComplaint", complaint))).contains("**Emergency open on order " + order.number()
            + ":** production delay: Driver boards arrive two weeks late. Answer in line with what the client was last told.\n\n"
            + "**Client last told:** the exception notice of Tue 12 Jan 2027 10:50 team time (Asia/Shanghai) = Tue 12 Jan 2027 03:50"
            + " client time (Europe/Berlin), on the production delay: Driver boards arrive two weeks late: cause: The supplier of the"
            + " driver boards is two weeks late; solution: A second, qualified supplier ships the boards by air; expected recovery:"
            + " Wed 20 Jan 2027 18:00 team time (Asia/Shanghai) = Wed 20 Jan 2027 11:00 client time (Europe/Berlin). Keep to it with"
            + " the client.");

        // GreenMail: the notice arrives at once with cause, solution and expected recovery
        mail.deliverDue();
        ReceivedMail notice = mail.receivedBy("delay@weber.example").stream()
            .filter(m -> m.subject().contains("production delay")).findFirst().orElseThrow();
        assertThat(notice.to()).containsExactly("delay@weber.example");
        // a German client who named no language reads German first (the etiquette's language of Germany), the English after
        assertThat(notice.subject()).startsWith("Auftrag " + order.number() + ": ").endsWith(" / Order " + order.number() + ": production delay");
        assertThat(notice.body()).contains("Cause: The supplier of the driver boards is two weeks late",
            "Solution: A second, qualified supplier ships the boards by air", "Expected recovery: Wednesday, 20 January 2027, 11:00 (Central European Time)");

        complete(supplier, withVariables(Var.SUPPLIER_ANSWER, "Factory confirms boards on 18 January"));
        assertThat(plan).isWaitingAt(Activity.DESIGN_FIX);
        complete(fix, withVariables(Var.FIX_PLAN, "Qualify a second board supplier for every order", Var.FIX_EFFECTIVE_BY, "2027-02-01"));
        assertThat(plan).isEnded().hasPassed(Activity.EMERGENCY_RAISED, Activity.OPEN_ROLES, Activity.ROLES_DONE,
            Activity.EMERGENCY_HANDLED);
        assertThat(order.fulfilment()).hasPassed(OrderFulfilment.Activity.EXCEPTION_HANDLED)
            .isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        assertThat(notices(order.id())).as("one notice per exception").hasSize(1);
    }

    @Test
    void shouldNotSendTheNoticeOfALogisticsHoldBeforeTheClientRoleEvenWhenTheOthersFinishFirst() {
        Order order = orderInFulfilment("DE", "hold@weber.example");
        // the client already complains about the order: the plan's roles read that complaint by its number
        ResponseEntity<JsonNode> complained = post("/api/complaints", """
            {"orderId": "%s", "category": "DELIVERY_DELAY", "wording": "NEUTRAL", "description": "Where is our order?"}"""
            .formatted(order.id()));
        assertThat(complained.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/orders/" + order.id() + "/exceptions", "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port of Ningbo closed by a typhoon\"}")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        ProcessInstance plan = plan(order.id());
        assertThat(briefing(engine, task(Activity.SEND_EXCEPTION_NOTICE, plan))).contains("**Open complaint about this order:** "
            + complained.getBody().path("complaintNumber").asText() + " (delivery delay, severity high, worked by Logistics (logistics)):"
            + " \"Where is our order?\". Tell the client what its answers tell them, and name it by its number.");
        assertThat(task(Activity.TALK_TO_SUPPLIER, plan)).hasCandidateGroup("logistics");
        assertThat(task(Activity.SEND_EXCEPTION_NOTICE, plan)).hasCandidateGroup("sales");
        assertThat(task(Activity.DESIGN_FIX, plan)).hasCandidateGroup("logistics");
        assertThat(briefing(engine, task(Activity.TALK_TO_SUPPLIER, plan))).contains("logistics hold", "carrier, forwarder or port agent");

        complete(task(Activity.TALK_TO_SUPPLIER, plan), withVariables(Var.SUPPLIER_ANSWER, "Forwarder books the next vessel"));
        complete(task(Activity.DESIGN_FIX, plan), withVariables(Var.FIX_PLAN, "Route via Shanghai in typhoon season",
            Var.FIX_EFFECTIVE_BY, "2027-03-01"));
        runContinuations();
        assertThat(plan).isWaitingAt(Activity.SEND_EXCEPTION_NOTICE);
        assertThat(notices(order.id())).as("not before the client-facing role").isEmpty();

        complete(task(Activity.SEND_EXCEPTION_NOTICE, plan), withVariables(Var.CAUSE, "The port is closed by a typhoon",
            Var.SOLUTION, "The goods leave on the next vessel from Shanghai", Var.EXPECTED_RECOVERY, "2027-01-25"));
        runContinuations();
        assertThat(plan).isEnded();
        assertThat(notices(order.id())).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains("logistics hold");
            // written within the crisis response around the clock, so sent then (03:00 in Berlin), not at the client's opening
            assertThat(m.plannedAt()).as("the notice goes out when the role completes").isBefore(BERLIN_OPENS);
        });
        assertThat(order.fulfilment()).hasPassed(OrderFulfilment.Activity.EXCEPTION_HANDLED);
        // the form's recovery is a day (yyyy-mm-dd): the client reads that day, not the team's midnight in Berlin time
        ClockUtil.setCurrentTime(Date.from(BERLIN_OPENS));
        mail.deliverDue();
        assertThat(mail.receivedBy("hold@weber.example")).filteredOn(m -> m.subject().contains("logistics hold")).singleElement()
            .satisfies(m -> assertThat(m.body()).contains("Expected recovery: Monday, 25 January 2027\n")
                .as("a zone names the clock of a time, not of a day").doesNotContain("2027 (Central European Time)"));
    }

    /**
     * The notice is mailed in a job of its own: by then the order desk may have completed its role too. The client reads
     * the salesperson who wrote the notice and the team that informs them, not the last one to complete a task of the plan.
     */
    @Test
    void shouldSignTheNoticeWithWhoWroteItNotWhoCompletedTheLastRole() {
        Order order = orderInFulfilment("GB", "signed@weber.example");
        assertThat(post("/api/orders/" + order.id() + "/exceptions",
            "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Driver boards arrive two weeks late\"}").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        runContinuations();
        ProcessInstance plan = plan(order.id());
        Task client = task(Activity.SEND_EXCEPTION_NOTICE, plan);
        Task supplier = task(Activity.TALK_TO_SUPPLIER, plan);
        engine.getTaskService().setAssignee(client.getId(), "sam");
        engine.getTaskService().setAssignee(supplier.getId(), "olivia");
        complete(client, withVariables(Var.CAUSE, "The supplier of the driver boards is two weeks late",
            Var.SOLUTION, "A second, qualified supplier ships the boards by air", Var.EXPECTED_RECOVERY, "2027-01-20"));
        // the order desk talks to the factory before the notice's job has run
        complete(supplier, withVariables(Var.SUPPLIER_ANSWER, "Factory confirms boards on 18 January"));
        runContinuations();

        mail.deliverDue();
        assertThat(mail.receivedBy("signed@weber.example")).filteredOn(m -> m.subject().contains("production delay")).singleElement()
            .satisfies(m -> assertThat(m.body()).as("signed by the salesperson who wrote it, for export sales")
                .contains("Sam Demo\nMeridian Demo Trading Co., Ltd.\nExport sales").doesNotContain("Olivia", "Order desk"));
    }

    /**
     * A plan whose client-facing role completed before its writer was kept (no {@code exceptionNoticeWrittenBy}): the notice
     * was signed by whoever completed the plan's last task, here logistics' Leo after the supplier talk of a hold, under
     * "Export sales", as if he were the client's contact. Nobody of sales being known, it signs as sales, the company's
     * signature alone.
     */
    @Test
    void shouldSignANoticeWhoseWriterIsUnknownAsSalesNotAsWhoCompletedTheLastRole() {
        Order order = orderInFulfilment("GB", "unknown-writer@weber.example");
        assertThat(post("/api/orders/" + order.id() + "/exceptions",
            "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port of Ningbo closed by a typhoon\"}").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        runContinuations();
        ProcessInstance plan = plan(order.id());
        Task client = task(Activity.SEND_EXCEPTION_NOTICE, plan);
        Task supplier = task(Activity.TALK_TO_SUPPLIER, plan);
        engine.getTaskService().setAssignee(client.getId(), "sam");
        engine.getTaskService().setAssignee(supplier.getId(), "leo");
        complete(client, withVariables(Var.CAUSE, "The port of Ningbo is closed by a typhoon",
            Var.SOLUTION, "The forwarder books the first vessel after the port reopens", Var.EXPECTED_RECOVERY, "2027-01-20"));
        complete(supplier, withVariables(Var.SUPPLIER_ANSWER, "The carrier expects the port to reopen on Friday"));
        // as a plan whose role completed before the writer was kept
        engine.getRuntimeService().removeVariable(plan.getId(), Var.NOTICE_WRITTEN_BY);
        runContinuations();

        mail.deliverDue();
        assertThat(mail.receivedBy("unknown-writer@weber.example")).filteredOn(m -> m.subject().contains("logistics hold")).singleElement()
            .satisfies(m -> assertThat(m.body()).as("signed as sales, naming nobody")
                .contains("Meridian Demo Trading Co., Ltd.\nExport sales").doesNotContain("Leo", "Sam Demo", "Logistics\n"));
    }

    /**
     * Logistics' Leo completes "Inform the client" (assigned to him): the notice goes out under "Export sales", sales'
     * email, so it does not name him as the client's contact there; it signs as the team.
     */
    @Test
    void shouldNotSignSalesNoticeWithTheNameOfAWriterFromAnotherTeam() {
        Order order = orderInFulfilment("GB", "other-team@weber.example");
        assertThat(post("/api/orders/" + order.id() + "/exceptions",
            "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port of Ningbo closed by a typhoon\"}").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        runContinuations();
        Task client = task(Activity.SEND_EXCEPTION_NOTICE, plan(order.id()));
        engine.getTaskService().setAssignee(client.getId(), "leo");
        complete(client, withVariables(Var.CAUSE, "The port of Ningbo is closed by a typhoon",
            Var.SOLUTION, "The forwarder books the first vessel after the port reopens", Var.EXPECTED_RECOVERY, "2027-01-20"));
        runContinuations();

        mail.deliverDue();
        assertThat(mail.receivedBy("other-team@weber.example")).filteredOn(m -> m.subject().contains("logistics hold")).singleElement()
            .satisfies(m -> assertThat(m.body()).contains("Meridian Demo Trading Co., Ltd.\nExport sales").doesNotContain("Leo"));
    }

    @Test
    void shouldOpenTheSameThreeRolesForAQualityComplaintAndNoneForAnotherCategory() {
        ResponseEntity<JsonNode> opened = post("/api/complaints", complaint("quality@acme.example", "QUALITY",
            "Half of the panels flicker."));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        runContinuations();
        String complaintId = opened.getBody().path("id").asText();
        String number = opened.getBody().path("complaintNumber").asText();
        ProcessInstance complaint = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .processInstanceBusinessKey(complaintId).singleResult();
        assertThat(complaint).hasPassed("classified", "qualityComplaint").isWaitingAt("acknowledgeComplaint", "runEmergencyPlan");

        ProcessInstance plan = plan(complaintId);
        assertThat(plan).isWaitingAt(Activity.TALK_TO_SUPPLIER, Activity.SEND_EXCEPTION_NOTICE, Activity.DESIGN_FIX);
        assertThat(task(Activity.TALK_TO_SUPPLIER, plan)).hasCandidateGroup("order-desk");
        assertThat(task(Activity.SEND_EXCEPTION_NOTICE, plan)).hasCandidateGroup("sales");
        assertThat(task(Activity.DESIGN_FIX, plan)).hasCandidateGroup("support");
        // no crisis: the notice is due with the complaint's own first response, not 2 hours round the clock
        assertThat(task(Activity.SEND_EXCEPTION_NOTICE, plan).getDueDate())
            .isEqualTo(task("acknowledgeComplaint", complaint).getDueDate()).isNotEqualTo(Date.from(START.plus(Duration.ofHours(2))));
        assertThat(briefing(engine, task(Activity.SEND_EXCEPTION_NOTICE, plan))).contains("quality complaint", "complaint " + number,
            "Half of the panels flicker.").as("no inquiry behind this complaint: no request line").doesNotContain("Request:");
        // no crisis: talking to the supplier is the analysis the complaint's answer needs, due with it, not the crisis's
        // 2 hours, and the fix takes the complaint's own root-cause clock (5 working days for a NORMAL one), not 2 days
        Task supplier = task(Activity.TALK_TO_SUPPLIER, plan);
        assertThat(supplier.getDueDate()).isEqualTo(task("acknowledgeComplaint", complaint).getDueDate());
        assertThat(briefing(engine, supplier)).contains("**Emergency plan: quality complaint, no crisis** on complaint " + number,
            "**Your role: talk to the supplier.** This complaint is no crisis: it is ordinary feedback, analysed and answered by"
                + " the complaint's first response, not within 2 hours. Ask the factory what caused the problem and what they will"
                + " do about it, with dates, and record it before the client's answer is due, so that it can give the cause and a"
                + " solution with its timeline.");
        assertThat(task(Activity.DESIGN_FIX, plan).getDueDate()).isAfterOrEqualTo(Date.from(START.plus(Duration.ofDays(5))));
        assertThat(briefing(engine, task(Activity.DESIGN_FIX, plan))).contains("No crisis: the fix takes the complaint's own root-cause clock.");

        complete(task(Activity.SEND_EXCEPTION_NOTICE, plan), withVariables(Var.CAUSE, "A batch of drivers had a faulty capacitor",
            Var.SOLUTION, "Replacement panels leave by air on Friday", Var.EXPECTED_RECOVERY, "2027-01-19T09:00:00Z"));
        runContinuations();
        assertThat(plan).isWaitingAt(Activity.TALK_TO_SUPPLIER, Activity.DESIGN_FIX);
        assertThat(notices(complaintId)).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("quality@acme.example");
            assertThat(m.subject()).isEqualTo("Your reference " + number + ": quality issue");
        });
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(1))));
        mail.deliverDue();
        ReceivedMail notice = mail.receivedBy("quality@acme.example").stream()
            .filter(m -> m.subject().contains("quality issue")).findFirst().orElseThrow();
        assertThat(notice.body()).doesNotContainIgnoringCase("complaint").contains("about the matter you raised (" + number + ")", "Cause: A batch of drivers had a faulty capacitor",
            "Solution: Replacement panels leave by air on Friday", "Expected recovery: Tuesday, 19 January 2027, 04:00 (Eastern Time)");

        complete(task(Activity.TALK_TO_SUPPLIER, plan), withVariables(Var.SUPPLIER_ANSWER, "Factory replaces the batch"));
        complete(task(Activity.DESIGN_FIX, plan), withVariables(Var.FIX_PLAN, "Incoming test of every driver batch",
            Var.FIX_EFFECTIVE_BY, "2027-02-01"));
        assertThat(plan).isEnded();
        assertThat(complaint).hasPassed("emergencyPlanDone").isWaitingAt("acknowledgeComplaint");
        // the complaint's next stage answers the client with what the plan found: its form shows it
        complete(task("acknowledgeComplaint", complaint), withVariables("acknowledgement", "We are sorry and on it."));
        runContinuations();
        assertThat(briefing(engine, task("diagnoseComplaint", complaint)))
            .contains("**Emergency plan, the supplier said:** Factory replaces the batch")
            .contains("**Emergency plan, the fix designed:** Incoming test of every driver batch (in effect by 2027-02-01)");

        ResponseEntity<JsonNode> other = post("/api/complaints", complaint("billing@acme.example", "BILLING", "Wrong currency."));
        runContinuations();
        ProcessInstance billing = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(other.getBody().path("id").asText()).singleResult();
        assertThat(billing).hasPassed("noEmergencyPlan").hasNotPassed("runEmergencyPlan").isWaitingAt("acknowledgeComplaint");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(billing.getId()).count()).isZero();
    }

    /** Sunday 17 January 2027, 22:30 in Shanghai (09:30 in New York): nobody in the team works. */
    static final Instant SUNDAY_NIGHT = Instant.parse("2027-01-17T14:30:00Z");
    /** Monday 18 January 2027, 08:00 in Shanghai: the team is back. */
    static final Instant MONDAY_OPENS = Instant.parse("2027-01-18T00:00:00Z");

    /**
     * A quality complaint that is no crisis, entered on a Sunday night: ordinary feedback (seed 003, 48 hours), not the
     * 7×24 channel. Its plan's "Inform the client" is due with the complaint's own first response, in the team's working
     * time, and escalates in working time, where it was due 2 hours later at night (00:30) on the 7×24 clock.
     */
    @Test
    void shouldGiveTheNoticeOfANonCrisisComplaintOnASundayNightTheComplaintsOwnClock() {
        ClockUtil.setCurrentTime(Date.from(SUNDAY_NIGHT));
        ResponseEntity<JsonNode> opened = post("/api/complaints", complaint("flicker-sunday@acme.example", "QUALITY",
            "Some panels flicker."));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("decision").path("crisis").asBoolean()).isFalse();
        runContinuations();
        ProcessInstance plan = plan(opened.getBody().path("id").asText());
        Task notice = task(Activity.SEND_EXCEPTION_NOTICE, plan);
        Task acknowledge = task("acknowledgeComplaint", complaintOf(plan));

        assertThat(notice.getDueDate()).isEqualTo(acknowledge.getDueDate());
        assertThat(TeamMoments.withZone(notice.getDueDate().toInstant(), ZoneId.of("Asia/Shanghai")))
            .isEqualTo("Tue 19 Jan 2027 22:00 (Asia/Shanghai)");
        assertThat(engine.getTaskService().getVariableLocal(notice.getId(), RoundTheClock.VARIABLE))
            .as("escalated in the team's working time").isNull();

        assertThat((String) engine.getTaskService().getVariableLocal(notice.getId(), "emailPreview")).as("the form says so")
            .contains("- Goes out: when you complete this task, at once if the client's business hours are open then");
        // written at once (Sunday 09:30 in New York): the email lands in the client's business hours, as the
        // complaint's own emails do, not on their Sunday
        complete(notice, withVariables(Var.CAUSE, "A batch of drivers was faulty", Var.SOLUTION, "We replace the panels",
            Var.EXPECTED_RECOVERY, "2027-01-29"));
        runContinuations();
        assertThat(notices(opened.getBody().path("id").asText())).singleElement().satisfies(m -> {
            ZonedDateTime inNewYork = m.plannedAt().atZone(ZoneId.of("America/New_York"));
            assertThat(inNewYork.getDayOfWeek()).as("planned for " + inNewYork).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(inNewYork.getHour()).as("in the client's business hours: " + inNewYork).isBetween(8, 17);
        });
    }

    /**
     * A quality complaint that is no crisis, keyed in on Tuesday 19 January 2027 at 10:00 in Shanghai eight days after the
     * client raised it: its acknowledgement is late from the start (and is what escalates, saying how late), but the plan's
     * supplier talk and notice, which nobody could start before the complaint was entered, are due within the crisis
     * response of the team's working time from now, where they were due days ago with the complaint's first response and
     * escalated to the managers beside it in the first sweep.
     */
    @Test
    void shouldGiveThePlanOfAComplaintEnteredLateATimeFromWhenItWasEntered() {
        Instant entered = Instant.parse("2027-01-19T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(entered));
        String body = complaint("flicker-late@acme.example", "QUALITY", "Some panels flicker.")
            .replace("\"wording\"", "\"receivedAt\": \"2027-01-11T02:00:00Z\", \"wording\"");
        ResponseEntity<JsonNode> opened = post("/api/complaints", body);
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("lateOnEntry").isNull()).as("late on entry").isFalse();
        runContinuations();
        ProcessInstance plan = plan(opened.getBody().path("id").asText());
        Task acknowledge = task("acknowledgeComplaint", complaintOf(plan));
        assertThat(acknowledge.getDueDate().toInstant()).isBefore(entered);

        Task supplier = task(Activity.TALK_TO_SUPPLIER, plan);
        Task notice = task(Activity.SEND_EXCEPTION_NOTICE, plan);
        assertThat(supplier.getDueDate().toInstant()).isEqualTo(entered.plus(Duration.ofHours(2)));
        assertThat(notice.getDueDate().toInstant()).isEqualTo(entered.plus(Duration.ofHours(2)));
        assertThat(briefing(engine, supplier)).contains("record it as soon as you can: the client's answer was due before the complaint"
            + " was entered, and it can give the cause and a solution with its timeline.");
    }

    /**
     * The crisis path of a serious complaint on a Sunday night: the client hears from the complaint's acknowledgement
     * within 2 hours on the 7×24 crisis channel (seed 003: 7×24小时紧急联络通道, 2小时内响应, the client's line), but talking
     * to the supplier is the team's own work with a factory that keeps its hours (seed 001: 谁对接供应商, one of the plan's
     * roles, not the client's channel): due within the crisis response of the team's working time, 2 hours after the team
     * is back.
     */
    @Test
    void shouldGiveTheSupplierTalkOfASundayNightCrisisTheTeamsWorkingTime() {
        ProcessInstance plan = sundayNightCrisis("crisis-supplier-due@miller.example");
        Task supplier = task(Activity.TALK_TO_SUPPLIER, plan);
        Task client = task("acknowledgeComplaint", complaintOf(plan));

        // the client-facing answer: 7×24, due at 00:30
        assertThat(client.getDueDate().toInstant()).isEqualTo(SUNDAY_NIGHT.plus(Duration.ofHours(2)));
        assertThat(engine.getTaskService().getVariableLocal(client.getId(), RoundTheClock.VARIABLE)).isEqualTo(true);
        // the supplier talk: 2 hours of the team's working time from Monday 08:00, due at 10:00, not at 00:30 that night
        assertThat(supplier.getDueDate().toInstant()).isEqualTo(MONDAY_OPENS.plus(Duration.ofHours(2)));
        assertThat(engine.getTaskService().getVariableLocal(supplier.getId(), RoundTheClock.VARIABLE))
            .as("escalated in the team's working time").isNull();
    }

    /**
     * The same crisis's forms: the client-facing answer shows both clocks and the client's next call window; the supplier
     * talk and the fix, which contact no client, show the team's clock alone and are followed up when the team is back.
     */
    @Test
    void shouldShowTheTeamsOwnWorkInTheTeamsClockWithNoClientWindow() {
        ProcessInstance plan = sundayNightCrisis("crisis-supplier-form@miller.example");
        Task supplier = task(Activity.TALK_TO_SUPPLIER, plan);
        Task client = task("acknowledgeComplaint", complaintOf(plan));
        Task fix = task(Activity.DESIGN_FIX, plan);

        // the client's next call window: Monday 22:00 in Shanghai, 09:00 in New York (Martin Luther King, Jr. Day, a federal
        // holiday most businesses work)
        assertThat(client.getFollowUpDate().toInstant()).isEqualTo(Instant.parse("2027-01-18T14:00:00Z"));
        assertThat(briefing(engine, client)).contains("client time (America/New_York)", "**Next contact window:**");
        assertThat(supplier.getFollowUpDate().toInstant()).as("when the team is back, not the client's call window").isEqualTo(MONDAY_OPENS);
        assertThat(briefing(engine, supplier)).contains("**Due:** Mon 18 Jan 2027 ", " team time (Asia/Shanghai)",
                "**Team work:** this task does not contact the client")
            .doesNotContain("client time").doesNotContain("Next contact window");
        assertThat(fix.getFollowUpDate().toInstant()).isEqualTo(MONDAY_OPENS);
        assertThat(briefing(engine, fix)).contains("**Due:** ", "**Team work:**").doesNotContain("client time").doesNotContain("Next contact window");
        for (Task own : List.of(supplier, fix)) {
            assertThat((String) engine.getTaskService().getVariableLocal(own.getId(), "guidance")).as("only what matters if they must call")
                .contains("Only for a document or a date that the client alone can give:", "**Channel:** ").doesNotContain("**Tone:**");
        }
    }

    /**
     * A crisis complaint's client gets one email: the acknowledgement, within the crisis's 2 hours, apology first, who
     * follows it and when the diagnosis comes. The plan opens the supplier and the fix, but no exception notice of its
     * own, where sales' notice (cause, solution, recovery) reached the client within a minute of the acknowledgement,
     * about the same matter, before anyone had diagnosed it.
     */
    @Test
    void shouldTellTheClientOfACrisisComplaintInOneEmail() {
        String email = "crisis-one-email@miller.example";
        ProcessInstance plan = sundayNightCrisis(email);
        ProcessInstance complaint = complaintOf(plan);
        assertThat(plan).hasPassed(Activity.CLIENT_ROLE, Activity.CLIENT_INFORMED)
            .isWaitingAt(Activity.TALK_TO_SUPPLIER, Activity.DESIGN_FIX).hasNotPassed(Activity.SEND_EXCEPTION_NOTICE);
        assertThat(briefing(engine, task(Activity.TALK_TO_SUPPLIER, plan)))
            .contains("the client: the complaint's acknowledgement, one email within its 2 hours (no exception notice beside it)")
            .contains("**Emergency plan: quality complaint** on complaint", "Find out from the factory what happened")
            .as("a crisis is one").doesNotContain("no crisis");

        complete(task("acknowledgeComplaint", complaint), withVariables("acknowledgement",
            "Every panel cracked is a failure on our side, and we take it seriously."));
        runContinuations();
        complete(task(Activity.TALK_TO_SUPPLIER, plan), withVariables(Var.SUPPLIER_ANSWER, "Factory replaces the batch"));
        complete(task(Activity.DESIGN_FIX, plan), withVariables(Var.FIX_PLAN, "Drop test of every carton",
            Var.FIX_EFFECTIVE_BY, "2027-02-01"));
        assertThat(plan).isEnded();

        assertThat(outbox.about(complaint.getBusinessKey())).filteredOn(m -> m.recipient().equals(email)).singleElement()
            .satisfies(m -> {
                assertThat(m.subject()).as("a crisis is apologised for in the subject too, not thanked for")
                    .endsWith("] We are sorry: a manager is following this matter personally");
                // apology first, who follows it, what comes next and when (Sunday 22:30 in Shanghai + 2 hours, in New York)
                assertThat(m.body()).contains("We are very sorry for the trouble this causes you. A manager is following this matter"
                    + " personally, around the clock, until it is resolved. Next, our diagnosis reaches you by Sunday, 17 January 2027,"
                    + " 11:30 (Eastern Time), then an interim solution and the permanent fix.");
                assertThat(m.body().indexOf("We are very sorry")).isLessThan(m.body().indexOf("Every panel cracked"));
            });
    }

    /**
     * A crisis acknowledged at 22:37 in Shanghai (09:37 in New York) promised the diagnosis "by … 11:37", a minute no one
     * names; every promise to a client goes to the next quarter hour (the automatic receipt's "by 15:15"), never earlier.
     */
    @Test
    void shouldPromiseACrisisDiagnosisAtTheNextQuarterHour() {
        String email = "crisis-quarter@miller.example";
        ProcessInstance plan = sundayNightCrisis(email);
        ProcessInstance complaint = complaintOf(plan);
        ClockUtil.setCurrentTime(Date.from(SUNDAY_NIGHT.plus(Duration.ofMinutes(7))));
        complete(task("acknowledgeComplaint", complaint), withVariables("acknowledgement", "We are on it."));
        runContinuations();

        assertThat(outbox.about(complaint.getBusinessKey())).filteredOn(m -> m.recipient().equals(email)).singleElement()
            .satisfies(m -> assertThat(m.body()).contains("Next, our diagnosis reaches you by Sunday, 17 January 2027, 11:45 (Eastern Time)"));
    }

    private ProcessInstance complaintOf(ProcessInstance plan) {
        return engine.getRuntimeService().createProcessInstanceQuery().subProcessInstanceId(plan.getId()).singleResult();
    }

    /** A crisis: a strongly worded quality complaint of an American key account, entered on {@link #SUNDAY_NIGHT}; its plan. */
    private ProcessInstance sundayNightCrisis(String email) {
        ClockUtil.setCurrentTime(Date.from(SUNDAY_NIGHT));
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"client": {"company": "Miller Optics", "contactName": "Jordan Miller", "email": "%s", "country": "US",
                        "timeZone": "America/New_York", "tier": "A"},
             "category": "QUALITY", "wording": "STRONG", "description": "Every panel of the last batch is cracked."}""".formatted(email));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("decision").path("crisis").asBoolean()).isTrue();
        runContinuations();
        return plan(opened.getBody().path("id").asText());
    }

    /**
     * The order desk hears of a production delay from the factory, logistics of a hold from the forwarder: each reports it
     * and the plan opens, as a system's report opens it. Sales, who hear of neither first, are refused naming who may.
     */
    @Test
    void shouldLetTheOrderDeskAndLogisticsReportAProblemThemselves() {
        Order delayed = orderInFulfilment("DE", "desk-delay@weber.example");
        ResponseEntity<JsonNode> delay = post("/api/orders/" + delayed.id() + "/exceptions",
            "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Moulds cracked, two weeks late\"}", "olivia");
        assertThat(delay.getStatusCode()).as(String.valueOf(delay.getBody())).isEqualTo(HttpStatus.OK);
        Order held = orderInFulfilment("DE", "desk-hold@weber.example");
        ResponseEntity<JsonNode> hold = post("/api/orders/" + held.id() + "/exceptions",
            "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Container held at Ningbo for inspection\"}", "leo");
        assertThat(hold.getStatusCode()).as(String.valueOf(hold.getBody())).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(plan(delayed.id())).isWaitingAt(Activity.TALK_TO_SUPPLIER, Activity.SEND_EXCEPTION_NOTICE, Activity.DESIGN_FIX);
        assertThat(task(Activity.DESIGN_FIX, plan(delayed.id()))).hasCandidateGroup("order-desk");
        assertThat(task(Activity.DESIGN_FIX, plan(held.id()))).hasCandidateGroup("logistics");

        ResponseEntity<JsonNode> sales = post("/api/orders/" + held.id() + "/exceptions",
            "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port closed\"}", "sam");
        assertThat(sales.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sales.getBody().path("detail").asText()).isEqualTo("only members of integrations, order-desk, logistics may do this");
    }

    @Test
    void shouldRefuseAnExceptionForAnUnknownOrderBadInputOrAnOrderNotInFulfilment() {
        assertThat(post("/api/orders/no-such-order/exceptions", "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"late\"}")
            .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Order order = orderInFulfilment("DE", "refused@weber.example");
        ResponseEntity<JsonNode> bad = post("/api/orders/" + order.id() + "/exceptions", "{\"kind\": \"QUALITY_COMPLAINT\"}");
        assertThat(bad.getStatusCode()).as("a quality complaint comes in as a complaint").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "description");
        runContinuations();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(order.id()).count()).as("nothing opened by refused input").isZero();

        ProcessInstance journey = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY,
            JourneyFixture.startVariables("DE", "unpaid@weber.example"));
        complete(task(journey), JourneyFixture.quote());
        runContinuations();
        accept(journey);
        String unpaid = (String) engine.getRuntimeService().getVariable(journey.getId(), ClientJourney.Var.ORDER_ID);
        ResponseEntity<JsonNode> early = post("/api/orders/" + unpaid + "/exceptions",
            "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port closed\"}");
        assertThat(early.getStatusCode()).as("not in fulfilment yet").isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().path("detail").asText()).as("says what the fulfilment waits on")
            .contains("not waiting for a production delay or logistics hold", "once it is paid", "\"Confirm order\"", "AWAITING_PAYMENT");
    }

    @Test
    void shouldCloseAnOpenPlanWhenTheOrderIsDeliveredAndRefuseAnExceptionAfterIt() {
        Order order = orderInFulfilment("DE", "delivered@weber.example");
        assertThat(post("/api/orders/" + order.id() + "/exceptions", "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Boards late\"}")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        ProcessInstance plan = plan(order.id());
        ResponseEntity<JsonNode> beforeCustoms = post("/api/orders/" + order.id() + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU7\"}");
        assertThat(beforeCustoms.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(beforeCustoms.getBody().path("detail").asText()).contains("not waiting for a shipment: customs are not cleared yet");
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, order.fulfilment()),
            withVariables("progressPercent", 100, "stockComplete", true));
        runContinuations();
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, order.fulfilment()));
        runContinuations();
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, order.fulfilment()), withVariables("customsDeclarationNumber", "CN-2027-0007"));
        runContinuations();
        assertThat(post("/api/orders/" + order.id() + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU7\"}")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        ResponseEntity<JsonNode> forecast = post("/api/orders/" + order.id() + "/stock-forecast", "{\"stockReadyOn\": \"2027-01-20\"}");
        assertThat(forecast.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(forecast.getBody().path("detail").asText())
            .contains("not waiting for a stock forecast: the client has been told that the stock is ready");
        ResponseEntity<JsonNode> delivered = post("/api/orders/" + order.id() + "/delivery", "{}");
        assertThat(delivered.getStatusCode()).as(String.valueOf(delivered.getBody())).isEqualTo(HttpStatus.OK);
        runContinuations();
        // the goods arrived: the plan ends with the order, its roles leave Tasklist, and the client hears of no exception now
        assertThat(order.fulfilment()).isEnded();
        assertThat(plan).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).count()).isZero();
        assertThat(notices(order.id())).isEmpty();
        assertThat(engine.getTaskService().getProcessInstanceComments(plan.getId())).singleElement()
            .extracting(Comment::getFullMessage).isEqualTo("Closed at the delivery: order "
                + order.number() + " was delivered on Tue 12 Jan 2027 in the client's time zone Europe/Berlin while this plan was open"
                + " (open: Talk to the supplier, Inform the client, Design the fix); no exception notice goes to the client after the"
                + " goods arrived. A problem with the delivered goods is a complaint.");
        assertThat(order.journey()).as("the journey goes on to the after-sales check-in").isWaitingAt(ClientJourney.Activity.AFTER_SALES_CHECK_IN);

        ResponseEntity<JsonNode> late = post("/api/orders/" + order.id() + "/exceptions",
            "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port of Ningbo closed by a typhoon\"}");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).contains("was delivered on Tue 12 Jan 2027 in the client's time zone Europe/Berlin", "is a complaint (POST /api/complaints)");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(order.id()).count()).as("no second plan").isZero();
    }

    @Test
    void shouldWithdrawANoticeStillWaitingToGoOutWhenTheOrderIsDelivered() {
        Order order = orderInFulfilment("DE", "delivered-notice@weber.example");
        assertThat(post("/api/orders/" + order.id() + "/exceptions", "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port closed\"}")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        ProcessInstance plan = plan(order.id());
        complete(task(Activity.SEND_EXCEPTION_NOTICE, plan), withVariables(Var.CAUSE, "Typhoon", Var.SOLUTION, "Next vessel",
            Var.EXPECTED_RECOVERY, "2027-01-20"));
        runContinuations();
        assertThat(notices(order.id())).extracting(OutboxMessage::status).containsExactly(OutboxMessage.Status.PLANNED);
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, order.fulfilment()),
            withVariables("progressPercent", 100, "stockComplete", true));
        runContinuations();
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, order.fulfilment()));
        runContinuations();
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, order.fulfilment()), withVariables("customsDeclarationNumber", "CN-2027-0008"));
        runContinuations();
        assertThat(post("/api/orders/" + order.id() + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU8\"}")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();

        // the mail server was away: the notice still waits when the goods arrive, and does not go out after them
        assertThat(post("/api/orders/" + order.id() + "/delivery", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(plan).isEnded();
        assertThat(notices(order.id())).extracting(OutboxMessage::status).containsExactly(OutboxMessage.Status.WITHDRAWN);
        assertThat(engine.getTaskService().getProcessInstanceComments(plan.getId())).singleElement()
            .extracting(Comment::getFullMessage).asString().contains("(open: Talk to the supplier, Design the fix)");
    }

    record Order(String id, String number, ProcessInstance fulfilment, ProcessInstance journey) {
    }

    private Order orderInFulfilment(String country, String email) {
        ProcessInstance journey = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY,
            JourneyFixture.startVariables(country, email));
        complete(task(journey), JourneyFixture.quote());
        runContinuations();
        accept(journey);
        engine.getRuntimeService().createMessageCorrelation(ClientJourney.Message.PAYMENT_RECEIVED).processInstanceId(journey.getId())
            .setVariable(ClientJourney.Var.PAYMENT_AMOUNT, 6250.0).setVariable(ClientJourney.Var.PAYMENT_RECEIVED_AT, ClockUtil.getCurrentTime())
            .correlate();
        runContinuations();
        complete(task(journey), withVariables(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();
        ProcessInstance fulfilment = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(journey.getId())
            .singleResult();
        String orderId = (String) engine.getRuntimeService().getVariable(journey.getId(), ClientJourney.Var.ORDER_ID);
        String number = (String) engine.getRuntimeService().getVariable(fulfilment.getId(), Var.ORDER_NUMBER);
        assertThat(number).isNotBlank();
        return new Order(orderId, number, fulfilment, journey);
    }

    private void accept(ProcessInstance journey) {
        engine.getRuntimeService().createMessageCorrelation(ClientJourney.Message.CLIENT_RESPONSE).processInstanceId(journey.getId())
            .setVariable(ClientJourney.Var.CLIENT_DECISION, "ACCEPTED").correlate();
        runContinuations();
    }

    private ProcessInstance plan(String businessKey) {
        ProcessInstance plan = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(businessKey).singleResult();
        assertThat(plan).as("emergency plan of " + businessKey).isNotNull();
        return plan;
    }

    private List<OutboxMessage> notices(String about) {
        return outbox.about(about).stream().filter(m -> m.content() != null
            && "EXCEPTION_NOTICE".equals(m.content().messageKind())).toList();
    }

    private static String complaint(String email, String category, String description) {
        return """
            {"client": {"company": "Acme Lighting Inc.", "contactName": "Jordan Miller", "email": "%s", "country": "US",
                        "timeZone": "America/New_York", "language": "en", "tier": "B"},
             "category": "%s", "wording": "NEUTRAL", "description": "%s"}""".formatted(email, category, description);
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return post(path, body, "shop");
    }

    private ResponseEntity<JsonNode> post(String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private void runContinuations() {
        AsyncContinuations.runAll(engine);
    }
}
