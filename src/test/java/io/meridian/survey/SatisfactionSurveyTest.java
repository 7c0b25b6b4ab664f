package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.calendar.Clocks;
import io.meridian.client.ClientLedger;
import io.meridian.complaint.ComplaintCategory;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderLedger;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.ReceivedMail;
import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Satisfaction on a cadence (issue 15 point 5), with a controlled clock: the quarterly surveys of
 * active clients, their emails, the improvement report after every evaluation, a detractor's
 * complaint in the category recorded, and the survey API with bad input.
 */
@MeridianTest
class SatisfactionSurveyTest {

    /** Thursday 1 April 2027, 10:00 in Shanghai, 04:00 in Berlin: the first day of the second quarter. */
    static final Instant Q2 = Instant.parse("2027-04-01T02:00:00Z");
    /** Thursday 1 July 2027, the first day of the third quarter. */
    static final Instant Q3 = Instant.parse("2027-07-01T02:00:00Z");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    OrderLedger orderLedger;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    Surveys surveys;
    @Autowired
    ClientLedger clients;
    @Autowired
    Clocks clocks;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Q2));
    }

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        ClockUtil.reset();
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldSurveyEveryActiveClientEachQuarterAndAnswerEachEvaluationWithAnImprovementReport() {
        LedgerFixture.ClientWithOrder active = LedgerFixture.germanClient(jdbc, "weber-q@weber.example", Q2.minus(Duration.ofDays(60)), "DELIVERED");
        LedgerFixture.ClientWithOrder dormant = LedgerFixture.germanClient(jdbc, "dormant@weber.example", Q2.minus(Duration.ofDays(400)), "DELIVERED");

        runCadence(engine);
        ProcessInstance q2 = survey(active.clientId(), "2027-Q2");
        assertThat(survey(dormant.clientId(), "2027-Q2")).as("no order in the last 12 months: not active").isNull();
        assertThat(q2).isWaitingAt(Activity.SURVEY_CLIENT);
        Task ask = task(q2);
        assertThat(ask).hasCandidateGroup("support").hasCandidateGroup("sales");
        assertThat(ask.getName()).isEqualTo("Survey the client — Weber GmbH (DE, A)");
        Instant answerBy = ask.getDueDate().toInstant();
        // 5 team working days on is Fri 9 Apr 10:00 in Shanghai, 04:00 in Berlin: support calls when that day's window ends
        assertThat(clocks.plusTeamWorkingDays(Q2, SendSurveyDelegate.ANSWER_WITHIN_WORKING_DAYS)).isEqualTo(Instant.parse("2027-04-09T02:00:00Z"));
        assertThat(answerBy).as("Fri 9 Apr 22:00 in Shanghai, 16:00 in Berlin").isEqualTo(Instant.parse("2027-04-09T14:00:00Z"));
        assertThat(answerBy).isAfter(Q2.plus(Duration.ofDays(5)));
        assertThat(ask.getFollowUpDate()).isNotNull();
        assertThat((String) engine.getTaskService().getVariableLocal(ask.getId(), "briefing")).contains("Quarterly survey about 2027-Q1")
            .as("the scale the client's email gives").contains("CES 1-7 (the effort it took: 1 = very little, 7 = a great deal)")
            .as("a survey has no inquiry: no request line").doesNotContain("Request:");

        // the survey email, in German first, lands in the client's business hours
        mail.deliverDue();
        assertThat(mail.receivedBy("weber-q@weber.example")).isEmpty();
        ClockUtil.setCurrentTime(Date.from(Q2.plus(Duration.ofHours(6))));
        mail.deliverDue();
        ReceivedMail survey = mail.receivedBy("weber-q@weber.example").stream().filter(m -> m.subject().contains("Q1 2027"))
            .findFirst().orElseThrow();
        assertThat(survey.to()).containsExactly("weber-q@weber.example");
        assertThat(survey.subject()).as("on 1 April: the quarter just ended, as each language writes it")
            .isEqualTo("Ihre Meinung zu unserer Arbeit im 1. Quartal 2027 / Your opinion of our work in Q1 2027");
        assertThat(survey.body()).startsWith("Sehr geehrter Herr Weber,")
            // the day as German writes it, with its weekday (CLDR de: "EEEE, d. MMMM y")
            .contains("bis " + DateTimeFormatter.ofPattern("EEEE, d. MMMM y", Locale.GERMAN)
                .format(answerBy.atZone(ZoneId.of("Europe/Berlin")).toLocalDate()))
            .contains("How likely are you to recommend us to other companies or business partners? (0 = not at all, 10 = extremely likely)");
        ClockUtil.setCurrentTime(Date.from(Q2));

        // a second run in the same quarter surveys nobody twice
        runCadence(engine);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.KEY)
            .variableValueEquals(Var.CLIENT_ID, active.clientId()).count()).isEqualTo(1);

        // a promoter: recorded, and the improvement report is due 72 hours after the evaluation (Tuesday 10:00 in
        // Shanghai, a working hour of the team)
        Instant evaluatedQ2 = Q2.plus(Duration.ofDays(2));
        ClockUtil.setCurrentTime(Date.from(evaluatedQ2));
        complete(task(q2), withVariables(Var.NPS, 9L, Var.CSAT, 5L, Var.CES, 2L, Var.COMMENT, "Fast answers."));
        assertThat(q2).isEnded().hasPassedInOrder(Activity.SEND_SURVEY, Activity.SURVEY_CLIENT, Activity.RECORD_SURVEY, Activity.SURVEY_DONE);
        Surveys.Evaluation first = surveys.ofClient(active.clientId()).get(0);
        assertThat(first.source()).isEqualTo(SatisfactionSurvey.Source.QUARTERLY);
        assertThat(first.quarter()).as("the quarter the client rated").isEqualTo("2027-Q1");
        assertThat(first.detractor()).isFalse();
        assertThat(first.complaintId()).isNull();
        ProcessInstance report = improvementReport(first.id());
        Task write = task(report);
        assertThat(write).hasCandidateGroup("support");
        assertThat(write.getDueDate().toInstant()).isEqualTo(evaluatedQ2.plus(Duration.ofHours(72)));
        assertThat((String) engine.getTaskService().getVariableLocal(write.getId(), "briefing")).contains("NPS 9/10", "Fast answers.");
        assertThatThrownBy(() -> engine.getTaskService().complete(write.getId(), Map.of(Var.FINDINGS, "Nothing to fix.")))
            .hasMessageContaining("improvementMeasures is required");
        complete(task(report), withVariables(Var.FINDINGS, "Answers were fast; samples took long.",
            Var.MEASURES, "Samples ship from the Ningbo stock by air.", Var.TIMETABLE, "From 15 April 2027"));
        AsyncContinuations.runAll(engine);
        assertThat(report).isEnded().hasPassedInOrder(Activity.EVALUATION_RECORDED, Activity.WRITE_IMPROVEMENT_REPORT,
            Activity.SEND_IMPROVEMENT_REPORT, Activity.IMPROVEMENT_REPORT_SENT);
        assertThat(surveys.byId(first.id()).orElseThrow().reportSentAt()).isEqualTo(evaluatedQ2);
        // evaluated on Saturday: the report lands on Tuesday (Easter Monday closes the German client)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-06T12:00:00Z")));
        mail.deliverDue();
        ReceivedMail improvement = mail.receivedBy("weber-q@weber.example").stream()
            .filter(m -> m.subject().contains("What we are improving")).findFirst().orElseThrow();
        assertThat(improvement.subject()).startsWith("Was wir nach Ihrer Bewertung vom ");
        assertThat(improvement.body()).startsWith("Sehr geehrter Herr Weber,")
            .contains("Was wir tun: Samples ship from the Ningbo stock by air.", "When: From 15 April 2027",
                // each score in words (it read "Your scores: NPS 9/10, CSAT 5/5, CES 2/7"), no apology to a promoter
                "- How likely you are to recommend us: 9 out of 10\n- How satisfied you are with us: 5 out of 5\n"
                    + "- How much effort working with us took you: 2 out of 7 (1 is very little, 7 a great deal)",
                "- Wie wahrscheinlich Sie uns weiterempfehlen: 9 von 10")
            .doesNotContain("NPS", "CSAT", "CES", "We are sorry");

        // the next quarter: a detractor names what went wrong, and the complaint is in that category
        ClockUtil.setCurrentTime(Date.from(Q3));
        runCadence(engine);
        ProcessInstance q3 = survey(active.clientId(), "2027-Q3");
        assertThat(q3).isWaitingAt(Activity.SURVEY_CLIENT);
        Task detractor = task(q3);
        assertThatThrownBy(() -> engine.getTaskService().complete(detractor.getId(), Map.of(Var.NPS, 3L, Var.CSAT, 2L, Var.CES, 6L)))
            .hasMessageContaining("complaintCategory is required for a detractor");
        assertThatThrownBy(() -> engine.getTaskService().complete(detractor.getId(), Map.of(Var.NPS, 9L, Var.CSAT, 5L, Var.CES, 8L)))
            .as("the form error gives the scale of the client's email")
            .hasMessageContaining("CES: the effort it took the client, 1 = very little and 7 = a great deal, a whole number from 1 to 7");
        complete(task(q3), withVariables(Var.NPS, 3L, Var.CSAT, 2L, Var.CES, 6L, Var.COMPLAINT_CATEGORY, "DOCUMENTATION",
            Var.COMMENT, "The certificates were missing."));
        assertThat(q3).isEnded();
        List<Surveys.Evaluation> all = surveys.ofClient(active.clientId());
        assertThat(all).extracting(Surveys.Evaluation::quarter).containsExactly("2027-Q1", "2027-Q2");
        Surveys.Evaluation second = all.get(1);
        assertThat(second.detractor()).isTrue();
        assertThat(second.complaintCategory()).isEqualTo("DOCUMENTATION");
        ProcessInstance complaint = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .processInstanceBusinessKey(second.complaintId()).singleResult();
        assertThat(complaint).isWaitingAt("acknowledgeComplaint").variables()
            .containsEntry("category", "DOCUMENTATION").containsEntry("wording", "STRONG").containsEntry("complaintSource", "DETRACTOR");
        // evaluated Thursday 1 July 10:00 in Shanghai: 72 hours later is Sunday, when the team does not work; the report is
        // the team's own work, due when the team's Friday ends (22:00 in Shanghai), not on its weekend
        assertThat(task(improvementReport(second.id())).getDueDate().toInstant()).isEqualTo(Instant.parse("2027-07-02T14:00:00Z"));
        // a detractor's report opens with an apology, before the thanks, in each language part, and names the complaint by its
        // number, which the client's reply quotes (the form's preview too)
        String number = jdbc.sql("select complaint_number from complaint where id = :id").param("id", second.complaintId())
            .query(String.class).single();
        assertThat((String) engine.getTaskService().getVariableLocal(task(improvementReport(second.id())).getId(), "emailPreview"))
            .contains("- Subject: [" + number + "] Was wir nach");
        complete(task(improvementReport(second.id())), withVariables(Var.FINDINGS, "The certificates were not in the shipment.",
            Var.MEASURES, "A second person checks the documents before shipping.", Var.TIMETABLE, "From the next shipment"));
        AsyncContinuations.runAll(engine);
        ClockUtil.setCurrentTime(Date.from(Q3.plus(Duration.ofDays(4))));
        mail.deliverDue();
        ReceivedMail sorry = mail.receivedBy("weber-q@weber.example").stream()
            .filter(m -> m.body().contains("A second person checks the documents")).findFirst().orElseThrow();
        assertThat(sorry.body()).contains("Sehr geehrter Herr Weber,\n\nes tut uns leid, dass wir Ihre Erwartungen nicht erfüllt haben.\n\nVielen Dank für Ihre Bewertung.",
            "We are sorry that we did not meet your expectations.\n\nThank you for your feedback.",
            "- How likely you are to recommend us: 3 out of 10", "Ihre Referenz: " + number + ".", "Your reference: " + number + ".");
        assertThat(sorry.subject()).startsWith("[" + number + "] Was wir nach Ihrer Bewertung vom ");
        assertThat(improvement.subject() + improvement.body()).as("a promoter's report names no complaint").doesNotContain("C-", "Referenz");
    }

    @Test
    void shouldNotSurveyAClientJustEvaluatedAtACheckInOrWithAnOpenComplaint() {
        LedgerFixture.ClientWithOrder checkedIn = LedgerFixture.germanClient(jdbc, "weber-checkin@weber.example", Q2.minus(Duration.ofDays(40)), "DELIVERED");
        LedgerFixture.ClientWithOrder complained = LedgerFixture.germanClient(jdbc, "weber-complaint@weber.example", Q2.minus(Duration.ofDays(90)), "DELIVERED");
        LedgerFixture.ClientWithOrder longAgo = LedgerFixture.germanClient(jdbc, "weber-longago@weber.example", Q2.minus(Duration.ofDays(90)), "DELIVERED");
        // a detractor's score 60 days ago opened a complaint still open; a promoter's check-in 40 days ago, another's 10 days ago
        ClockUtil.setCurrentTime(Date.from(Q2.minus(Duration.ofDays(60))));
        surveys.record(clients.byId(complained.clientId()).orElseThrow(), null, SatisfactionSurvey.Source.API, null,
            new Scores(3, 2, 6, "Late again.", ComplaintCategory.DELIVERY_DELAY), ClockUtil.now().toInstant(), true);
        ClockUtil.setCurrentTime(Date.from(Q2.minus(Duration.ofDays(40))));
        surveys.record(clients.byId(longAgo.clientId()).orElseThrow(), longAgo.orderId(), SatisfactionSurvey.Source.CHECK_IN, null,
            new Scores(9, 5, 2, null, null), ClockUtil.now().toInstant(), false);
        ClockUtil.setCurrentTime(Date.from(Q2.minus(Duration.ofDays(10))));
        surveys.record(clients.byId(checkedIn.clientId()).orElseThrow(), checkedIn.orderId(), SatisfactionSurvey.Source.CHECK_IN, null,
            new Scores(9, 5, 2, null, null), ClockUtil.now().toInstant(), false);
        ClockUtil.setCurrentTime(Date.from(Q2));

        runCadence(engine);

        assertThat(survey(checkedIn.clientId(), "2027-Q2")).as("scored at a check-in 10 days ago").isNull();
        assertThat(survey(complained.clientId(), "2027-Q2")).as("a complaint still open").isNull();
        assertThat(survey(longAgo.clientId(), "2027-Q2")).as("a check-in 40 days ago").isNotNull();
        assertThat(jdbc.sql("select count(*) from survey_round where client_id in (:a, :b)")
            .param("a", checkedIn.clientId()).param("b", complained.clientId()).query(Integer.class).single())
            .as("left for the next round").isZero();
    }

    @Test
    void shouldNotSurveyAClientWhoseOnlyOrderOfTheYearWasCancelled() {
        LedgerFixture.ClientWithOrder calledOff = LedgerFixture.germanClient(jdbc, "weber-survey-called-off@weber.example", Q2.minus(Duration.ofDays(50)), "CANCELLED");
        LedgerFixture.ClientWithOrder delivered = LedgerFixture.germanClient(jdbc, "weber-survey-delivered@weber.example", Q2.minus(Duration.ofDays(50)), "DELIVERED");

        runCadence(engine);

        assertThat(survey(calledOff.clientId(), "2027-Q2")).as("its only order of the year was called off: no goods to rate").isNull();
        assertThat(jdbc.sql("select count(*) from survey_round where client_id = :c").param("c", calledOff.clientId()).query(Integer.class)
            .single()).isZero();
        assertThat(survey(delivered.clientId(), "2027-Q2")).isNotNull();

        // scores about the cancelled order are refused naming the cancellation, not as if it were still to be delivered
        jdbc.sql("update customer_order set cancelled_at = :at, cancellation_reason = 'Order fulfilment cancelled: Client cancelled'"
            + " where id = :id").param("at", Timestamp.from(Q2.minus(Duration.ofDays(20)))).param("id", calledOff.orderId()).update();
        ResponseEntity<JsonNode> refused = post("/api/clients/" + calledOff.clientId() + "/surveys",
            "{\"nps\": 9, \"csat\": 5, \"ces\": 1, \"orderId\": \"" + calledOff.orderId() + "\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("detail").asText()).isEqualTo("order " + calledOff.orderNumber() + " was cancelled at "
            + Q2.minus(Duration.ofDays(20)) + " (Order fulfilment cancelled: Client cancelled): it will not be delivered, so no survey"
            + " is recorded about it; the client's scores can be recorded without orderId");
    }

    @Test
    void shouldRecordScoresOverTheApiEndAnOpenSurveyAndRefuseBadInput() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-api@weber.example", Q2.minus(Duration.ofDays(30)), "DELIVERED");
        LedgerFixture.ClientWithOrder unshipped = LedgerFixture.germanClient(jdbc, "weber-open@weber.example", Q2.minus(Duration.ofDays(3)), "PAID");
        runCadence(engine);
        ProcessInstance open = survey(client.clientId(), "2027-Q2");
        assertThat(open).isWaitingAt(Activity.SURVEY_CLIENT);
        String path = "/api/clients/" + client.clientId() + "/surveys";

        assertThat(post("/api/clients/no-such-client/surveys", "{\"nps\": 9, \"csat\": 5, \"ces\": 1}").getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> bad = post(path, "{\"nps\": 11, \"csat\": 0, \"ces\": \"easy\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("nps", "csat", "ces");
        ResponseEntity<JsonNode> noCategory = post(path, "{\"nps\": 5, \"csat\": 2, \"ces\": 5}");
        assertThat(noCategory.getBody().path("errors").findValuesAsText("field")).containsExactly("complaintCategory");
        assertThat(post(path, "{\"nps\": 9, \"csat\": 5, \"ces\": 1, \"orderId\": \"no-such-order\"}").getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/api/clients/" + unshipped.clientId() + "/surveys",
            "{\"nps\": 9, \"csat\": 5, \"ces\": 1, \"orderId\": \"" + unshipped.orderId() + "\"}").getStatusCode())
            .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(path, "{\"nps\": 9, \"csat\": 5, \"ces\": 1, \"orderId\": \"" + unshipped.orderId() + "\"}").getStatusCode())
            .as("another client's order").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(surveys.ofClient(client.clientId())).as("nothing kept from refused input").isEmpty();
        assertThat(open).isWaitingAt(Activity.SURVEY_CLIENT);

        ResponseEntity<JsonNode> ok = post(path, "{\"nps\": 6, \"csat\": 3, \"ces\": 4, \"complaintCategory\": \"BILLING\", "
            + "\"comment\": \"Invoice in the wrong currency.\", \"orderId\": \"" + client.orderId() + "\"}");
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode evaluation = ok.getBody().path("evaluation");
        assertThat(evaluation.path("source").asText()).isEqualTo("API");
        assertThat(evaluation.path("quarter").asText()).isEqualTo("2027-Q1");
        assertThat(evaluation.path("complaintCategory").asText()).isEqualTo("BILLING");
        // recorded Thursday 1 April 10:00 in Shanghai: due when the team's Friday ends, not Sunday 10:00 (72 hours on)
        assertThat(Instant.parse(evaluation.path("reportDueAt").asText())).isEqualTo(Instant.parse("2027-04-02T14:00:00Z"));
        assertThat(open).isEnded().hasPassed(Activity.SURVEY_ANSWERED, Activity.ANSWERED_ELSEWHERE).hasNotPassed(Activity.RECORD_SURVEY);
        ProcessInstance complaint = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .processInstanceBusinessKey(evaluation.path("complaintId").asText()).singleResult();
        assertThat(complaint).variables().containsEntry("category", "BILLING").containsEntry("orderId", client.orderId())
            .containsEntry("wording", "MILD");
        // the complaint's briefing names the order by the number the team and the client quote, not by the ledger's id
        String orderNumber = orderLedger.byId(client.orderId()).orElseThrow().orderNumber();
        Task acknowledge = engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), "briefing"))
            .contains(", order " + orderNumber).doesNotContain(client.orderId());
        assertThat(improvementReport(evaluation.path("id").asText())).isWaitingAt(Activity.WRITE_IMPROVEMENT_REPORT);
        // the report's briefing names the detractor's complaint by the number the team and the client quote, not the ledger's id
        String complaintNumber = (String) engine.getRuntimeService().getVariable(complaint.getId(), "complaintNumber");
        Task write = engine.getTaskService().createTaskQuery().processInstanceId(improvementReport(evaluation.path("id").asText()).getId())
            .singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(write.getId(), "briefing"))
            .contains("Detractor: the score opened complaint " + complaintNumber + " (billing)")
            .doesNotContain(evaluation.path("complaintId").asText());
        // completing it emails the report: its form shows that email, the evaluation named in the client's clock
        assertThat((String) engine.getTaskService().getVariableLocal(write.getId(), "emailPreview"))
            .startsWith("**Email to the client:** improvement report after the survey")
            .contains("- Subject: ", "1. April 2027", "- Languages: de + en").doesNotContain("2027-04-01T", "CEST 2027");

        ResponseEntity<JsonNode> list = http.withBasicAuth("sue", "demo").getForEntity(path, JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody().findValuesAsText("nps")).containsExactly("6");
        assertThat(list.getBody().findValuesAsText("complaintId")).containsExactly(evaluation.path("complaintId").asText());
        assertThat(http.withBasicAuth("sue", "demo").getForEntity("/api/clients/no-such-client/surveys", JsonNode.class).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("ana", "demo").getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // a promoter's scores open no complaint, so a category sent with them is not kept
        ResponseEntity<JsonNode> promoter = post(path, "{\"nps\": 9, \"csat\": 5, \"ces\": 1, \"complaintCategory\": \"QUALITY\"}");
        assertThat(promoter.getStatusCode()).as(String.valueOf(promoter.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(promoter.getBody().path("evaluation").path("complaintCategory").isNull()).as(String.valueOf(promoter.getBody())).isTrue();
        assertThat(promoter.getBody().path("evaluation").path("complaintId").isNull()).isTrue();
    }

    /**
     * Scores about no order in particular are the client's view of the quarter: a second such answer in the same quarter, or
     * within 30 days across its end, had been kept with its own improvement report, two reports to the client in a week. It is
     * a 409 naming the first; scores about an order are still recorded, and the next quarter's answer a month on is kept.
     */
    /**
     * Very satisfied beside the lowest NPS and the most effort is the client's answer all the same: kept, and the detractor's
     * complaint opens as for any detractor, but the evaluation and the improvement report's briefing say the scores disagree
     * and that the team asks which holds, where nothing told the team. Scores that agree say nothing of it.
     */
    @Test
    void shouldKeepScoresThatDisagreeAndSaySoToTheTeam() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-mixed@weber.example", Q2.minus(Duration.ofDays(30)), "DELIVERED");
        ResponseEntity<JsonNode> mixed = post("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 0, \"csat\": 5, \"ces\": 7,"
            + " \"complaintCategory\": \"quality\", \"orderId\": \"" + client.orderId() + "\"}");
        assertThat(mixed.getStatusCode()).as(String.valueOf(mixed.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode evaluation = mixed.getBody().path("evaluation");
        String disagree = "the scores disagree: CSAT 5 (very satisfied) beside NPS 0 (a detractor's) and CES 7 (1 = very little effort,"
            + " 7 = a great deal): kept as the client gave them; ask the client which holds before the improvement report";
        assertThat(evaluation.path("scoresDisagree").asText()).startsWith(disagree);
        assertThat(evaluation.path("detractor").asBoolean()).as("the NPS acts as given").isTrue();
        assertThat(evaluation.path("complaintCategory").asText()).isEqualTo("QUALITY");
        assertThat(evaluation.path("complaintId").asText()).isNotEmpty();
        Task write = engine.getTaskService().createTaskQuery().processInstanceId(improvementReport(evaluation.path("id").asText()).getId())
            .singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(write.getId(), "briefing")).contains("NPS 0/10, CSAT 5/5, CES 7/7. T"
            + disagree.substring(1));

        LedgerFixture.ClientWithOrder agreeing = LedgerFixture.germanClient(jdbc, "weber-agreeing@weber.example", Q2.minus(Duration.ofDays(30)), "DELIVERED");
        ResponseEntity<JsonNode> ok = post("/api/clients/" + agreeing.clientId() + "/surveys",
            "{\"nps\": 9, \"csat\": 5, \"ces\": 2, \"orderId\": \"" + agreeing.orderId() + "\"}");
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ok.getBody().path("evaluation").path("scoresDisagree").isNull()).isTrue();
    }

    @Test
    void shouldKeepOneAnswerAboutNoOrderPerQuarterAndThirtyDaysApart() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-quarter@weber.example", Q2.minus(Duration.ofDays(30)),
            "DELIVERED");
        String path = "/api/clients/" + client.clientId() + "/surveys";
        String general = "{\"nps\": 8, \"csat\": 4, \"ces\": 3}";
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-20T02:00:00Z")));
        assertThat(post(path, general).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Surveys.Evaluation first = surveys.ofClient(client.clientId()).get(0);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-27T02:00:00Z")));
        ResponseEntity<JsonNode> sameQuarter = post(path, "{\"nps\": 9, \"csat\": 5, \"ces\": 2}");
        assertThat(sameQuarter.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(sameQuarter.getBody().path("detail").asText()).startsWith("the client rated us already this quarter (2027-Q2), over the"
            + " API at " + first.recordedAt() + ": NPS 8, CSAT 4, CES 3; one evaluation about no order in particular per quarter");
        ResponseEntity<JsonNode> aboutTheOrder = post(path, "{\"nps\": 9, \"csat\": 5, \"ces\": 2, \"orderId\": \"" + client.orderId() + "\"}");
        assertThat(aboutTheOrder.getStatusCode()).as("scores about an order are the order's").isEqualTo(HttpStatus.CREATED);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-07-02T02:00:00Z")));
        ResponseEntity<JsonNode> weekLater = post(path, general);
        assertThat(weekLater.getStatusCode()).as("the next quarter, but 12 days on").isEqualTo(HttpStatus.CONFLICT);
        assertThat(weekLater.getBody().path("detail").asText()).startsWith("the client rated us already in the last 30 days, over the API at "
            + first.recordedAt());
        assertThat(surveys.ofClient(client.clientId())).extracting(Surveys.Evaluation::orderId).containsExactly(null, client.orderId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY)
            .variableValueEquals(Var.CLIENT_ID, client.clientId()).count()).as("no report on a refused answer").isEqualTo(2L);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-07-21T02:00:00Z")));
        assertThat(post(path, general).getStatusCode()).as("the next quarter, 31 days on").isEqualTo(HttpStatus.CREATED);
        assertThat(surveys.ofClient(client.clientId())).hasSize(3);
    }

    /** The quarterly survey's answer, entered by support, is the quarter's: the client's page sent afterwards is refused. */
    @Test
    void shouldRefuseAnAnswerAboutNoOrderAfterTheQuarterlySurveyWasAnswered() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-surveyed@weber.example", Q2.minus(Duration.ofDays(60)),
            "DELIVERED");
        runCadence(engine);
        complete(task(survey(client.clientId(), "2027-Q2")), withVariables(Var.NPS, 9L, Var.CSAT, 5L, Var.CES, 2L));
        Surveys.Evaluation first = surveys.ofClient(client.clientId()).get(0);

        ResponseEntity<JsonNode> again = post("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 7, \"csat\": 4, \"ces\": 3}");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText()).startsWith("the client rated us already this quarter (2027-Q2), in the"
            + " quarterly survey at " + first.recordedAt() + ": NPS 9, CSAT 5, CES 2;");
        assertThat(surveys.ofClient(client.clientId())).hasSize(1);
    }

    /** The quarter's cadence runs on the engine's clock, and every survey it starts sends its email and opens its task. */
    static void runCadence(ProcessEngine engine) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SatisfactionSurvey.CADENCE_KEY)
            .latestVersion().singleResult().getId();
        Job timer = engine.getManagementService().createJobQuery().processDefinitionId(definition).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        AsyncContinuations.runAll(engine);
        AsyncContinuations.runAll(engine);
    }

    private ProcessInstance survey(String clientId, String quarter) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.KEY)
            .processInstanceBusinessKey(clientId + "/" + quarter).singleResult() != null
            ? engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(clientId + "/" + quarter).singleResult()
            : null;
    }

    @Test
    void shouldAddADetractorScoreToTheClientsOpenComplaintAboutTheOrderWithoutASecondComplaintOrCrisisAlert() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-twice@weber.example", Q2.minus(Duration.ofDays(30)),
            "DELIVERED");
        ResponseEntity<JsonNode> complained = post("/api/complaints", "{\"orderId\": \"" + client.orderId() + "\", \"category\": \"QUALITY\", "
            + "\"wording\": \"STRONG\", \"description\": \"Half the panels flicker.\"}");
        AsyncContinuations.runAll(engine);
        assertThat(complained.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(complained.getBody().path("decision").path("crisis").asBoolean()).as("a key account's strong complaint").isTrue();
        String complaintId = complained.getBody().path("id").asText();
        String number = complained.getBody().path("complaintNumber").asText();
        long alerts = crisisAlerts(client.clientId());
        assertThat(alerts).as("the managers were alerted once").isPositive();

        ResponseEntity<JsonNode> scored = post("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 2, \"csat\": 1, \"ces\": 6, "
            + "\"complaintCategory\": \"QUALITY\", \"comment\": \"Still flickering.\", \"orderId\": \"" + client.orderId() + "\"}");
        AsyncContinuations.runAll(engine);

        assertThat(scored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode evaluation = scored.getBody().path("evaluation");
        assertThat(evaluation.path("complaintId").asText()).as("the open complaint took the score").isEqualTo(complaintId);
        assertThat(jdbc.sql("select count(*) from complaint where client_id = :c").param("c", client.clientId()).query(Long.class).single())
            .as("no second complaint").isEqualTo(1L);
        assertThat(crisisAlerts(client.clientId())).as("no second crisis alert for one unhappy client").isEqualTo(alerts);
        String pi = complained.getBody().path("processInstanceId").asText();
        Task acknowledge = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), "briefing"))
            .contains("**Detractor score while this complaint is open:** ", "NPS 2 of 10", "Still flickering.", "no second complaint opened");
        assertThat(engine.getTaskService().getProcessInstanceComments(pi)).singleElement()
            .satisfies(c -> assertThat(c.getFullMessage()).contains("Still flickering."));
        Task write = engine.getTaskService().createTaskQuery().processInstanceId(improvementReport(evaluation.path("id").asText()).getId())
            .singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(write.getId(), "briefing"))
            .contains("the score opened no second complaint; it was added to complaint " + number);

        // the complaint's next task shows the score too
        engine.getTaskService().complete(acknowledge.getId(), Map.of("acknowledgement", "We are very sorry; a manager follows this."));
        AsyncContinuations.runAll(engine);
        Task diagnose = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(diagnose.getId(), "briefing"))
            .contains("**Detractor score while this complaint is open:** ", "Still flickering.");
    }

    /**
     * A score about no order (a quarterly survey's, or the shop's survey page's) while the client's complaint about no order
     * is open joins that complaint, as a score about an order joins its order's: it had opened a second complaint and a
     * second process for one unhappy client.
     */
    @Test
    void shouldAddADetractorScoreWithoutAnOrderToTheClientsOpenComplaintAboutNoOrder() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-general@weber.example", Q2.minus(Duration.ofDays(30)),
            "DELIVERED");
        ResponseEntity<JsonNode> first = post("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 4, \"csat\": 2, \"ces\": 5, "
            + "\"complaintCategory\": \"COMMUNICATION\", \"comment\": \"Nobody answers the phone.\"}");
        AsyncContinuations.runAll(engine);
        assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.CREATED);
        String complaintId = first.getBody().path("evaluation").path("complaintId").asText();
        assertThat(complaintId).isNotBlank();

        // the next quarter's answer (one about no order per quarter), the complaint still open
        ClockUtil.setCurrentTime(Date.from(Q3));
        ResponseEntity<JsonNode> second = post("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 3, \"csat\": 1, \"ces\": 6, "
            + "\"complaintCategory\": \"COMMUNICATION\", \"comment\": \"Still nobody answers.\"}");
        AsyncContinuations.runAll(engine);

        assertThat(second.getStatusCode()).as(String.valueOf(second.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().path("evaluation").path("complaintId").asText()).as("the open complaint took the score")
            .isEqualTo(complaintId);
        assertThat(jdbc.sql("select count(*) from complaint where client_id = :c").param("c", client.clientId()).query(Long.class).single())
            .as("no second complaint").isEqualTo(1L);
        String pi = jdbc.sql("select process_instance_id from complaint where id = :id").param("id", complaintId).query(String.class).single();
        Task open = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(open.getId(), "briefing"))
            .contains("**Detractor score while this complaint is open:** ", "Still nobody answers.");
        String number = jdbc.sql("select complaint_number from complaint where id = :id").param("id", complaintId).query(String.class).single();
        Task write = engine.getTaskService().createTaskQuery().processInstanceId(improvementReport(second.getBody().path("evaluation")
            .path("id").asText()).getId()).singleResult();
        assertThat((String) engine.getTaskService().getVariableLocal(write.getId(), "briefing"))
            .contains("it was added to complaint " + number + ", open already and worked in its own tasks");
    }

    /**
     * A detractor score joining a complaint in crisis tells every manager, with the score and the complaint's open task, in
     * one email as the crisis alert does: the managers follow a crisis personally, and the score had reached only the task.
     */
    @Test
    void shouldTellTheManagersOfADetractorScoreThatJoinsAComplaintInCrisis() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "weber-crisis@weber.example", Q2.minus(Duration.ofDays(30)),
            "DELIVERED");
        ResponseEntity<JsonNode> complained = post("/api/complaints", "{\"orderId\": \"" + client.orderId() + "\", \"category\": \"QUALITY\", "
            + "\"wording\": \"STRONG\", \"description\": \"Half the panels flicker.\"}");
        AsyncContinuations.runAll(engine);
        assertThat(complained.getBody().path("decision").path("crisis").asBoolean()).as("a key account's strong complaint").isTrue();
        String complaintId = complained.getBody().path("id").asText();
        String number = complained.getBody().path("complaintNumber").asText();
        assertThat(detractorNotices(complaintId)).as("none before the score").isEmpty();
        long alerts = crisisAlerts(client.clientId());

        post("/api/clients/" + client.clientId() + "/surveys", "{\"nps\": 1, \"csat\": 1, \"ces\": 7, "
            + "\"complaintCategory\": \"QUALITY\", \"comment\": \"Worst supplier this year.\", \"orderId\": \"" + client.orderId() + "\"}");
        AsyncContinuations.runAll(engine);

        // one email per manager, as the crisis alert
        assertThat(detractorNotices(complaintId)).extracting(OutboxMessage::recipient)
            .contains("max@meridian.example").doesNotHaveDuplicates();
        assertThat(detractorNotices(complaintId)).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("[" + number + "] Detractor score from Weber GmbH while its complaint is in crisis");
            assertThat(m.body()).contains("Complaint " + number + " from Weber GmbH is still open: a crisis", "NPS 1 of 10",
                "Worst supplier this year.", "no second complaint was opened", "Open now: \"Acknowledge complaint");
        });
        assertThat(crisisAlerts(client.clientId())).as("the crisis alert is not sent again").isEqualTo(alerts);
    }

    /** The managers' notices of a detractor score added to complaint {@code complaintId}. */
    private List<OutboxMessage> detractorNotices(String complaintId) {
        return outbox.about(complaintId).stream()
            .filter(m -> m.kind() == OutboxMessage.Kind.INTERNAL && m.subject().contains("] Detractor score from"))
            .toList();
    }

    /** The crisis alerts the managers got about the client's complaints. */
    private long crisisAlerts(String clientId) {
        return jdbc.sql("select id from complaint where client_id = :c").param("c", clientId).query(String.class).list().stream()
            .flatMap(id -> outbox.about(id).stream())
            .filter(m -> m.kind() == OutboxMessage.Kind.INTERNAL && m.subject().contains("] Crisis")).count();
    }

    private ProcessInstance improvementReport(String evaluationId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY)
            .processInstanceBusinessKey(evaluationId).singleResult();
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("shop", "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
