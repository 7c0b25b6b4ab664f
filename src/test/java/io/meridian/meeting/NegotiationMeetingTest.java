package io.meridian.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.meeting.NegotiationMeeting.Activity;
import io.meridian.meeting.NegotiationMeeting.Var;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.ReceivedMail;
import io.meridian.process.EmailPreview;
import io.meridian.system.InvalidInputException;
import io.meridian.testsupport.ApiCalls;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Negotiation talks and their minutes (issue 15 point 1, seed 003), with a controlled clock: minutes
 * on time and late, the next actions as tasks on their dates, the minutes email, a decision delay
 * that wakes the journey on the agreed date, and the API with bad input.
 */
@MeridianTest
class NegotiationMeetingTest {

    /** Tuesday 12 January 2027, 10:00 in Berlin, 17:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2027-01-12T09:00:00Z");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        ClockUtil.reset();
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldSendTheMinutesOnTimeAndTurnEachNextActionIntoATaskOnItsDate() {
        String inquiry = quotedInquiry("minutes@acme.example", "SHOP-MIN-1");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        ResponseEntity<JsonNode> recorded = post("/api/inquiries/" + inquiry + "/meetings",
            "{\"kind\": \"CALL\", \"heldAt\": \"2027-01-12T09:30:00Z\", \"participants\": \"Jana Weber; Sam Lee\"}");
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String meeting = recorded.getBody().path("id").asText();
        assertThat(Instant.parse(recorded.getBody().path("minutesDueAt").asText())).isEqualTo(Instant.parse("2027-01-13T09:30:00Z"));
        ProcessInstance pi = meeting(meeting);
        assertThat(pi).isWaitingAt(Activity.WRITE_MINUTES);
        Task write = task(pi);
        assertThat(write).hasCandidateGroup("sales");
        assertThat(write.getName()).isEqualTo("Write the minutes — Acme GmbH (DE, A)");
        assertThat(write.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T09:30:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(write.getId(), "briefing")).contains("**Talk (call):** held Tue 12 Jan 2027 17:30 team time (Asia/Shanghai) = Tue 12 Jan 2027 10:30 client time (Europe/Berlin)", "within 24 hours");

        String path = "/api/inquiries/" + inquiry + "/meetings/" + meeting + "/minutes";
        ResponseEntity<JsonNode> empty = post(path, "{\"needs\": \"500 panels\", \"points\": \"Price\", \"actions\": []}");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().path("errors").findValuesAsText("field")).containsExactly("actions");
        ResponseEntity<JsonNode> past = post(path, "{\"needs\": \"500 panels\", \"points\": \"Price\", "
            + "\"actions\": [{\"dueOn\": \"2027-01-11\", \"text\": \"Too late\"}]}");
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody().path("detail").asText() + past.getBody().path("errors")).contains("in the past");
        assertThat(past.getBody().path("errors").findValuesAsText("field")).as("the refused action alone, not also 'no action'")
            .containsExactly("actions[0].dueOn");
        // each field of each action named as the JSON names it, all in one answer (the empty text was not named beside
        // the day in the past, and a missing dueOn read "'' is not a date yyyy-mm-dd; write each action as 'yyyy-mm-dd: what'")
        ResponseEntity<JsonNode> both = post(path, "{\"needs\": \"500 panels\", \"points\": \"Price\", "
            + "\"actions\": [{\"dueOn\": \"2027-01-11\", \"text\": \"\"}, {\"text\": \"Send samples\"}, {\"dueOn\": \"14/01/2027\", \"text\": \"x\"}]}");
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(both.getBody().path("errors").findValuesAsText("field"))
            .containsExactlyInAnyOrder("actions[0].dueOn", "actions[0].text", "actions[1].dueOn", "actions[2].dueOn");
        assertThat(both.getBody().path("errors").findValuesAsText("message")).contains(
            "actions[0].text is required: what is to be done",
            "actions[1].dueOn is required: the day the action is due, yyyy-mm-dd (e.g. 2027-01-19)",
            "actions[2].dueOn '14/01/2027' is not a date yyyy-mm-dd (e.g. 2027-01-19)")
            .noneMatch(m -> m.contains("write each action as"));
        assertThat(post("/api/inquiries/" + inquiry + "/meetings/no-such-meeting/minutes", "{}").getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(pi).isWaitingAt(Activity.WRITE_MINUTES);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(3))));
        ResponseEntity<JsonNode> written = post(path, """
            {"needs": "500 LED panels 60x60, 4000 K, delivered by May.", "points": "Unit price; lead time; port of loading.",
             "actions": [{"dueOn": "2027-01-15", "text": "Call on the report"}, {"dueOn": "2027-01-14", "text": "Send the comparison report"}]}""");
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(written.getBody().path("needs").asText()).as("the answer shows the minutes written")
            .isEqualTo("500 LED panels 60x60, 4000 K, delivered by May.");
        assertThat(written.getBody().path("points").asText()).isEqualTo("Unit price; lead time; port of loading.");
        assertThat(written.getBody().path("actions").findValuesAsText("text")).containsExactlyInAnyOrder("Send the comparison report", "Call on the report");
        assertThat(written.getBody().path("minutesSentAt").isNull()).as("the email goes out in a job of its own").isTrue();
        assertThat(post(path, "{\"needs\": \"x\", \"points\": \"y\", \"actions\": [{\"dueOn\": \"2027-01-20\", \"text\": \"z\"}]}")
            .getStatusCode()).as("minutes written twice").isEqualTo(HttpStatus.CONFLICT);
        AsyncContinuations.runAll(engine);
        assertThat(pi).isWaitingAt(Activity.ACTION_DUE);

        mail.deliverDue();
        ReceivedMail minutes = mail.receivedBy("minutes@acme.example").stream().filter(m -> m.subject().contains("Minutes of our"))
            .findFirst().orElseThrow();
        assertThat(minutes.to()).containsExactly("minutes@acme.example");
        assertThat(minutes.subject()).isEqualTo("Protokoll unseres Gesprächs (Telefonat) vom Dienstag, 12. Januar 2027, 10:30 Uhr"
            + " (Mitteleuropäische Zeit): SHOP-MIN-1 / Minutes of our call of Tuesday, 12 January 2027, 10:30 (Central European Time): SHOP-MIN-1");
        assertThat(minutes.body()).startsWith("Sehr geehrte Frau Weber,")
            .contains("Ihr Bedarf: 500 LED panels 60x60, 4000 K, delivered by May.", "Points discussed: Unit price; lead time; port of loading.",
                // by date, each day as the part's language writes it, though the minutes listed the 15th first
                "Donnerstag, 14. Januar 2027: Send the comparison report\nFreitag, 15. Januar 2027: Call on the report",
                "Thursday, 14 January 2027: Send the comparison report\nFriday, 15 January 2027: Call on the report")
            .as("signed by the salesperson who wrote the minutes").contains("Sam Demo\nMeridian Demo Trading Co., Ltd.");

        // the first action on its date, at the start of the team's day (08:00 Shanghai)
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().orderByJobDuedate().asc().list();
        assertThat(timers).extracting(j -> j.getDuedate().toInstant())
            .containsExactly(Instant.parse("2027-01-14T00:00:00Z"), Instant.parse("2027-01-15T00:00:00Z"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-14T00:00:00Z")));
        engine.getManagementService().executeJob(timers.get(0).getId());
        Task first = task(Activity.DO_NEXT_ACTION, pi);
        assertThat(first).hasCandidateGroup("sales");
        assertThat(first.getDueDate().toInstant()).as("by the end of the team's day").isEqualTo(Instant.parse("2027-01-14T14:00:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(first.getId(), "briefing")).contains("Send the comparison report");
        complete(first);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-15T00:00:00Z")));
        engine.getManagementService().executeJob(timers.get(1).getId());
        complete(task(Activity.DO_NEXT_ACTION, pi));
        assertThat(pi).isEnded().hasPassedInOrder(Activity.REGISTER_MEETING, Activity.WRITE_MINUTES, Activity.SEND_MINUTES,
            Activity.DO_NEXT_ACTION, Activity.MINUTES_DONE).hasNotPassed(Activity.FLAG_LATE_MINUTES);

        JsonNode list = http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiry + "/meetings", JsonNode.class).getBody();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("late").asBoolean()).isFalse();
        assertThat(list.get(0).path("actions").findValuesAsText("text")).as("as written")
            .containsExactly("Call on the report", "Send the comparison report");
        assertThat(http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/no-such-inquiry/meetings", JsonNode.class)
            .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRefuseANextActionOnADayTheClientOrTheTeamDoesNotWork() {
        // a Saudi client works Sunday to Thursday, the team (Shanghai) Monday to Friday
        String inquiry = quotedInquiry("minutes-weekend@acme.example", "SHOP-MIN-WEEKEND", "SA");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        String meeting = post("/api/inquiries/" + inquiry + "/meetings", "{\"kind\": \"CALL\", \"heldAt\": \"2027-01-12T09:30:00Z\"}")
            .getBody().path("id").asText();
        String path = "/api/inquiries/" + inquiry + "/meetings/" + meeting + "/minutes";

        // the client's Friday, and its Sunday, which the team does not work: the minutes promised both to the client, and
        // each "Next action" task fell due on a day nobody of the team works
        ResponseEntity<JsonNode> weekend = post(path, "{\"needs\": \"500 panels\", \"points\": \"Price\", \"actions\": ["
            + "{\"dueOn\": \"2027-01-15\", \"text\": \"Send the report\"}, {\"dueOn\": \"2027-01-17\", \"text\": \"Call on it\"},"
            + " {\"dueOn\": \"2027-01-18\", \"text\": \"Send samples\"}]}");
        assertThat(weekend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weekend.getBody().path("errors").findValuesAsText("field")).containsExactly("actions[0].dueOn", "actions[1].dueOn");
        assertThat(weekend.getBody().path("errors").findValuesAsText("message")).containsExactly(
            "actions[0].dueOn 2027-01-15 is a Friday, not a working day of the client in SA (work week SUNDAY-THURSDAY): agree a day"
                + " both work, the next is Mon 18 Jan 2027",
            "actions[1].dueOn 2027-01-17 is a Sunday, a day the client works and the team does not: agree a day both work, the next"
                + " is Mon 18 Jan 2027");
        ProcessInstance pi = meeting(meeting);
        assertThat(pi).isWaitingAt(Activity.WRITE_MINUTES);

        // the task's form, line by line, the same
        assertThatThrownBy(() -> engine.getTaskService().complete(task(pi).getId(), Map.of(Var.NEEDS, "Samples", Var.POINTS, "Colour",
            Var.ACTIONS, "2027-01-18: send samples\n2027-01-16: call back")))
            .hasMessageContaining("(line 2): 2027-01-16 is a Saturday, not a working day of the client in SA");
        complete(task(pi), withVariables(Var.NEEDS, "Samples", Var.POINTS, "Colour", Var.ACTIONS, "2027-01-18: send samples"));
        AsyncContinuations.runAll(engine);
        assertThat(pi).isWaitingAt(Activity.ACTION_DUE);
    }

    @Test
    void shouldRefuseATalkTimeWrittenInTheTeamsClockInThatClock() {
        String inquiry = quotedInquiry("talk-clock@acme.example", "SHOP-TALK-CLOCK");
        String path = "/api/inquiries/" + inquiry + "/meetings";

        // the time as the form asks for it, in the team's clock (Shanghai): refused in that clock, where it read
        // "2027-01-13T02:00:00Z lies in the future (now is 2027-01-12T09:00:00Z)"
        ResponseEntity<JsonNode> future = post(path, "{\"kind\": \"CALL\", \"heldAt\": \"2027-01-13 10:00\"}");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody().path("errors").findValuesAsText("message")).containsExactly(
            "heldAt 2027-01-13 10:00 lies in the future (now is Tue 12 Jan 2027 17:00 in the team's time zone Asia/Shanghai)");
        ResponseEntity<JsonNode> before = post(path, "{\"kind\": \"CALL\", \"heldAt\": \"2027-01-12 16:00\"}");
        assertThat(before.getBody().path("errors").findValuesAsText("message")).containsExactly(
            "heldAt 2027-01-12 16:00 lies before the inquiry (received Tue 12 Jan 2027 17:00 in the team's time zone Asia/Shanghai)");
    }

    @Test
    void shouldWantTheMinutesOfAFridayTalkWhenTheTeamsMondayEnds() {
        // a call on Friday 15 January 2027 at 16:30 in Shanghai: 24 hours end on Saturday, when the team is away and the
        // escalation would call the managers in; the team had only part of Friday, so the minutes are due when its
        // Monday ends (22:00 in Shanghai)
        String inquiry = quotedInquiry("minutes-friday@acme.example", "SHOP-MIN-FRI");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-15T09:00:00Z")));
        ResponseEntity<JsonNode> recorded = post("/api/inquiries/" + inquiry + "/meetings",
            "{\"kind\": \"CALL\", \"heldAt\": \"2027-01-15T08:30:00Z\", \"participants\": \"Jana Weber; Sam Lee\"}");
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Instant mondayEnds = Instant.parse("2027-01-18T14:00:00Z");
        assertThat(Instant.parse(recorded.getBody().path("minutesDueAt").asText())).isEqualTo(mondayEnds);
        assertThat(task(meeting(recorded.getBody().path("id").asText())).getDueDate().toInstant()).isEqualTo(mondayEnds);
    }

    @Test
    void shouldCallManagersInWhenTheMinutesAreLateAndTakeTheMinutesFromTheTaskForm() {
        String inquiry = quotedInquiry("late-minutes@acme.example", "SHOP-MIN-2");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        // recorded from Tasklist by sales: the process started with its start form's fields, as Tasklist sends them; the
        // inquiry named by the shop's reference, which the tasks' briefing shows beside the id
        ResponseEntity<JsonNode> unknown = api.post("/engine-rest/process-definition/key/" + NegotiationMeeting.KEY + "/start", """
            {"variables": {"inquiryId": {"value": "SHOP-NO-SUCH"}, "meetingKind": {"value": "MEETING"}}}""", "sam");
        assertThat(unknown.getStatusCode()).as(String.valueOf(unknown.getBody())).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().path("message").asText()).contains("no inquiry with id or shop reference 'SHOP-NO-SUCH'");
        ResponseEntity<JsonNode> started = api.post("/engine-rest/process-definition/key/" + NegotiationMeeting.KEY + "/start", """
            {"businessKey": "meeting-from-tasklist", "variables": {"inquiryId": {"value": " SHOP-MIN-2 "}, "meetingKind": {"value": "MEETING"},
             "heldAt": {"value": "2027-01-12T10:30:00+01:00"}}}""", "sam");
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        ProcessInstance pi = meeting("meeting-from-tasklist");
        assertThat(pi).isWaitingAt(Activity.WRITE_MINUTES);
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T09:30:00Z"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-13T09:31:00Z")));
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-13T09:30:00Z"));
        engine.getManagementService().executeJob(overdue.getId());
        assertThat(pi).hasPassed(Activity.MINUTES_OVERDUE, Activity.FLAG_LATE_MINUTES, Activity.LATE_FLAGGED)
            .isWaitingAt(Activity.WRITE_MINUTES).variables().containsEntry(Var.MINUTES_LATE, true);
        assertThat(task(pi)).hasCandidateGroup("sales").hasCandidateGroup("managers");

        Task write = task(pi);
        assertThatThrownBy(() -> engine.getTaskService().complete(write.getId(), Map.of(Var.NEEDS, "Samples", Var.POINTS, "Colour",
            Var.ACTIONS, "tomorrow: send samples"))).hasMessageContaining("is not a date yyyy-mm-dd");
        // every bad line in the one message, as the API's 400 names every bad action (the form named the first alone)
        assertThatThrownBy(() -> engine.getTaskService().complete(write.getId(), Map.of(Var.NEEDS, "Samples", Var.POINTS, "Colour",
            Var.ACTIONS, "tomorrow: send samples\n2027-01-18: send two samples by air\n2027-01-01: call back")))
            .hasMessageContaining("has 2 lines to correct: line 1: 'tomorrow' is not a date yyyy-mm-dd; write each action as"
                + " 'yyyy-mm-dd: what'; line 3: 2027-01-01 is in the past");
        complete(task(pi), withVariables(Var.NEEDS, "Two samples", Var.POINTS, "Colour temperature",
            Var.ACTIONS, "2027-01-18: send two samples by air\n\n"));
        AsyncContinuations.runAll(engine);
        assertThat(pi).isWaitingAt(Activity.ACTION_DUE);
        JsonNode meeting = http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiry + "/meetings", JsonNode.class)
            .getBody().get(0);
        assertThat(meeting.path("late").asBoolean()).isTrue();
        assertThat(meeting.path("kind").asText()).isEqualTo("MEETING");
        assertThat(meeting.path("actions").findValuesAsText("dueOn")).containsExactly("2027-01-18");

        // started without a business key, the time as the form's label writes it in the team's clock (Shanghai): the
        // meeting id becomes the business key, as for the API (it was null), and 17:00 is 09:00 UTC (it was refused)
        ResponseEntity<JsonNode> local = api.post("/engine-rest/process-definition/key/" + NegotiationMeeting.KEY + "/start", """
            {"variables": {"inquiryId": {"value": "SHOP-MIN-2"}, "meetingKind": {"value": "CALL"}, "heldAt": {"value": "2027-01-12 17:00"}}}""", "sam");
        assertThat(local.getStatusCode()).as(String.valueOf(local.getBody())).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> dotted = api.post("/engine-rest/process-definition/key/" + NegotiationMeeting.KEY + "/start", """
            {"variables": {"inquiryId": {"value": "SHOP-MIN-2"}, "meetingKind": {"value": "CALL"}, "heldAt": {"value": "12.01.2027 17:00"}}}""", "sam");
        assertThat(dotted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(dotted.getBody().path("message").asText()).contains("heldAt '12.01.2027 17:00' is not a date and time: write"
            + " yyyy-mm-dd hh:mm in the team's clock (e.g. 2026-12-06 17:00), or ISO-8601 with offset");
        String localKey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(local.getBody().path("id").asText())
            .singleResult().getBusinessKey();
        assertThat(localKey).as("business key").isNotBlank();
        JsonNode talks = http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiry + "/meetings", JsonNode.class).getBody();
        assertThat(talks.findValuesAsText("id")).as("the business key is the meeting's id").contains(localKey);
        assertThat(talks.findValuesAsText("heldAt")).contains("2027-01-12T09:00:00Z");
    }

    @Test
    void shouldWakeTheJourneyOnTheDateAgreedForADecisionDelay() {
        String inquiry = quotedInquiry("delay@acme.example", "SHOP-DELAY-1");
        assertThat(api.post("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"DELAY\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessInstance journey = journey(inquiry);
        assertThat(journey).isWaitingAt(ClientJourney.Activity.HANDLE_OBJECTION);
        Task objection = task(journey);
        assertThatThrownBy(() -> engine.getTaskService().complete(objection.getId(),
            Map.of(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "2027-01-11")))
            .hasMessageContaining("nextStepOn 2027-01-11 is in the past");
        assertThatThrownBy(() -> engine.getTaskService().complete(objection.getId(), Map.of(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE")))
            .hasMessageContaining("nextStepOn is required");
        // present but written another way: not a date, and how to write it (it said "nextStepOn is required")
        assertThatThrownBy(() -> engine.getTaskService().complete(objection.getId(),
            Map.of(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "11/12/2026")))
            .hasMessageContaining("nextStepOn '11/12/2026' is not a date: write the day agreed with the client as yyyy-mm-dd, e.g. 20")
            .hasMessageNotContaining("required");
        // "report by Thursday, talk on Friday"
        complete(task(journey), withVariables(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "2027-01-15"));
        assertThat(journey).hasPassed(ClientJourney.Activity.SCHEDULE_AGREED_DATE).isWaitingAt(ClientJourney.Activity.AWAIT_CLIENT_RESPONSE);
        Job wake = engine.getManagementService().createJobQuery().processInstanceId(journey.getId()).timers().singleResult();
        // the first call window of Friday: 08:00 in Berlin (the German business day opens), 15:00 in Shanghai
        assertThat(wake.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-15T07:00:00Z"));
        ClockUtil.setCurrentTime(wake.getDuedate());
        engine.getManagementService().executeJob(wake.getId());
        AsyncContinuations.runAll(engine);
        assertThat(journey).isWaitingAt(ClientJourney.Activity.FOLLOW_UP_QUOTE);

        // a lost journey takes no more talks
        String lost = quotedInquiry("lost@acme.example", "SHOP-LOST-1");
        api.post("/api/inquiries/" + lost + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}", "shop");
        complete(task(journey(lost)), withVariables(ClientJourney.Var.OBJECTION_OUTCOME, "LOST"));
        assertThat(post("/api/inquiries/" + lost + "/meetings", "{\"kind\": \"CALL\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("/api/inquiries/no-such-inquiry/meetings", "{\"kind\": \"CALL\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> future = post("/api/inquiries/" + inquiry + "/meetings", "{\"kind\": \"PARTY\", \"heldAt\": \"2027-02-01T00:00:00Z\"}");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "heldAt");
        ResponseEntity<JsonNode> dotted = post("/api/inquiries/" + inquiry + "/meetings", "{\"kind\": \"CALL\", \"heldAt\": \"12.01.2027 17:00\"}");
        assertThat(dotted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(dotted.getBody().path("errors").findValuesAsText("message")).containsExactly("heldAt '12.01.2027 17:00' is not a date"
            + " and time: write yyyy-mm-dd hh:mm in the team's clock (e.g. 2026-12-06 17:00), or ISO-8601 with offset (e.g. 2026-12-06T17:00:00+08:00)");
        for (String refused : List.of(lost, inquiry)) {
            assertThat(http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + refused + "/meetings", JsonNode.class).getBody())
                .as("nothing recorded from refused requests").isEmpty();
        }

        // the API takes the time as the Tasklist form does, without an offset in the clock of the team that works the client
        // (Shanghai), and ISO-8601 with an offset as before; without an offset it was a 400 'not an ISO-8601 date-time'
        for (String heldAt : List.of("2027-01-15 14:00", "2027-01-15T14:30:00", "2027-01-15T07:45:00+01:00")) {
            ResponseEntity<JsonNode> talk = post("/api/inquiries/" + inquiry + "/meetings", "{\"kind\": \"CALL\", \"heldAt\": \"" + heldAt + "\"}");
            assertThat(talk.getStatusCode()).as(heldAt + ": " + talk.getBody()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiry + "/meetings", JsonNode.class).getBody()
            .findValuesAsText("heldAt")).containsExactlyInAnyOrder("2027-01-15T06:00:00Z", "2027-01-15T06:30:00Z", "2027-01-15T06:45:00Z");
    }

    /**
     * The next date agreed for a decision delay reaches the client in writing (seed 001), in their language and in their
     * send window, where it stayed in the journey and the client had only the call to remember it by.
     */
    @Test
    void shouldConfirmTheAgreedNextDateToTheClientInWriting() {
        String inquiry = quotedInquiry("delay-written@acme.example", "SHOP-DELAY-WRITTEN");
        api.post("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"DELAY\"}", "shop");
        ProcessInstance journey = journey(inquiry);
        assertThat(deployedForm(task(journey).getId())).as("what sales reads by the next date's field")
            .contains("the client gets the date in writing");

        complete(task(journey), withVariables(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "2027-01-15"));

        JsonNode messages = http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiry + "/messages", JsonNode.class).getBody();
        List<JsonNode> nextDate = new ArrayList<>();
        messages.forEach(m -> {
            if ("NEXT_DATE".equals(m.path("messageKind").asText())) {
                nextDate.add(m);
            }
        });
        assertThat(nextDate).as("the emails of inquiry %s: %s", inquiry, messages).hasSize(1);
        assertThat(nextDate.get(0).path("subject").asText())
            .startsWith("Unser nächster Kontakt am Freitag, 15. Januar 2027: Angebot für LED panel 60x60 (Ihre Anfrage SHOP-DELAY-WRITTEN)");
        assertThat(nextDate.get(0).path("languages").get(0).asText()).isEqualTo("de");
        assertThat(nextDate.get(0).path("status").asText()).isIn("PLANNED", "SENDING", "SENT");
    }

    /**
     * "Handle objection" leads to one of two client emails, as "Reply to inquiry" leads to the quote: its form shows each
     * under its outcome, in the client's language and tone (a German client addressed by family name), where it showed
     * none and sales learnt what the client would read only from the outbox afterwards.
     */
    @Test
    void shouldPreviewTheEmailOfEachObjectionOutcomeInTheClientsLanguage() {
        String inquiry = quotedInquiry("delay-preview@acme.example", "SHOP-DELAY-PREVIEW");
        api.post("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}", "shop");
        String objection = task(journey(inquiry)).getId();

        assertThat((String) engine.getTaskService().getVariableLocal(objection, EmailPreview.REVISED_QUOTE)).as("outcome REVISE").contains(
            "**Email to the client:** quote",
            "- Subject: Überarbeitetes Angebot für LED panel 60x60 (Ihre Anfrage SHOP-DELAY-PREVIEW) / Revised quotation for LED panel 60x60"
                + " (your inquiry SHOP-DELAY-PREVIEW)",
            "- Salutation: Sehr geehrte Frau Weber,", "- In English: Dear Ms Weber,", "- Languages: de + en",
            "- Goes out: when you complete this task");
        assertThat((String) engine.getTaskService().getVariableLocal(objection, EmailPreview.NEXT_DATE)).as("outcome NEXT_DATE").contains(
            "**Email to the client:** confirmation of the next date agreed",
            "- Subject: Unser nächster Kontakt am …: Angebot für LED panel 60x60 (Ihre Anfrage SHOP-DELAY-PREVIEW)",
            "- Salutation: Sehr geehrte Frau Weber,", "- Goes out: when you complete this task");
        assertThat(deployedForm(objection)).as("each preview shows under its outcome")
            .contains("{{emailPreviewRevise}}", "{{emailPreviewNextDate}}");
    }

    /**
     * A next date on the client's weekend (a Friday for a Saudi client) is refused, naming their next working day, and one
     * the team does not work (the Saudi client's Sunday) naming when the journey would wake: either way it would have woken
     * at the first call window after it, days later than agreed, without a word.
     */
    @Test
    void shouldRefuseANextDateTheClientDoesNotWork() {
        String inquiry = quotedInquiry("delay-riyadh@alfaisal.example", "SHOP-DELAY-SA", "SA");
        assertThat(api.post("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"DELAY\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessInstance journey = journey(inquiry);
        Task objection = task(journey);

        assertThatThrownBy(() -> engine.getTaskService().complete(objection.getId(),
            Map.of(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "2027-01-15")))
            .hasMessageContaining("nextStepOn 2027-01-15 is a Friday, not a working day of the client in SA")
            .hasMessageContaining(": agree a working day of the client, the next is Sun 17 Jan 2027 (the team does not work it:"
                + " the next day both work is Mon 18 Jan 2027)");
        assertThat(journey).isWaitingAt(ClientJourney.Activity.HANDLE_OBJECTION);

        // the client's Sunday is not the team's (Shanghai, Monday to Friday): the journey would wake on Monday, unsaid
        assertThatThrownBy(() -> engine.getTaskService().complete(objection.getId(),
            Map.of(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "2027-01-17")))
            .hasMessageContaining("nextStepOn 2027-01-17 is a Sunday, a day the client works and the team does not: the journey"
                + " would wake only on Mon 18 Jan 2027")
            .hasMessageContaining("; agree a day both work, the next is Mon 18 Jan 2027");
        assertThat(journey).isWaitingAt(ClientJourney.Activity.HANDLE_OBJECTION);

        complete(task(journey), withVariables(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "2027-01-18"));
        assertThat(journey).hasPassed(ClientJourney.Activity.SCHEDULE_AGREED_DATE).isWaitingAt(ClientJourney.Activity.AWAIT_CLIENT_RESPONSE);
    }

    @Test
    void shouldTakeTheClientsAnswerWhileTheFollowUpOnTheAgreedDateIsOpen() {
        String inquiry = quotedInquiry("agreed-date@acme.example", "SHOP-DELAY-2");
        ProcessInstance journey = wokenOnTheAgreedDate(inquiry, "We decide after the board meets on Thursday");
        String followUp = task(journey).getId();
        // what sales reads: the day the client agreed to decide by and their note, not that they never answered
        assertThat((String) engine.getTaskService().getVariableLocal(followUp, "briefing")).contains("**Follow-up:** the client agreed"
            + " to decide by Fri 15 Jan 2027 (the next date agreed on \"Handle objection\"): ask for their decision. When they asked for"
            + " time, the client wrote: \"We decide after the board meets on Thursday\"").doesNotContain("has not answered");
        assertThat(deployedForm(followUp)).contains("the briefing's **Follow-up** says where the quote stands")
            .doesNotContain("has not answered");

        ResponseEntity<JsonNode> accepted = api.post("/api/inquiries/" + inquiry + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop");
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody().path("orderId").asText()).isNotBlank();
        assertThat(engine.getTaskService().createTaskQuery().taskId(followUp).count()).as("the follow-up ends").isZero();
        assertThat(journey).hasPassed(ClientJourney.Activity.OPEN_ORDER).hasNotPassed(ClientJourney.Activity.RECORD_FOLLOW_UP)
            .isWaitingAt(ClientJourney.Activity.PAYMENT_RECEIVED);
        JsonNode view = http.withBasicAuth("shop", "demo").getForEntity("/api/inquiries/" + inquiry, JsonNode.class).getBody();
        assertThat(view.toString()).contains("\"status\":\"ORDERED\"", accepted.getBody().path("orderId").asText());

        // a decline on that day is taken too: the objection goes to sales again
        String declined = quotedInquiry("agreed-date-2@acme.example", "SHOP-DELAY-3");
        ProcessInstance other = wokenOnTheAgreedDate(declined, null);
        assertThat((String) engine.getTaskService().getVariableLocal(task(other).getId(), "briefing"))
            .contains("**Follow-up:** the client agreed to decide by Fri 15 Jan 2027").doesNotContain("the client wrote");
        ResponseEntity<JsonNode> price = api.post("/api/inquiries/" + declined + "/client-response",
            "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}", "shop");
        assertThat(price.getStatusCode()).as(String.valueOf(price.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(other).isWaitingAt(ClientJourney.Activity.HANDLE_OBJECTION);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(other.getId()).count()).isOne();
    }

    private String deployedForm(String taskId) {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Declined with a decision delay, a next date agreed on "Handle objection", and that day come: "Follow up quote" is open. */
    private ProcessInstance wokenOnTheAgreedDate(String inquiry, String note) {
        String body = note == null ? "{\"decision\": \"DECLINED\", \"objection\": \"DELAY\"}"
            : "{\"decision\": \"DECLINED\", \"objection\": \"DELAY\", \"note\": \"" + note + "\"}";
        assertThat(api.post("/api/inquiries/" + inquiry + "/client-response", body, "shop").getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessInstance journey = journey(inquiry);
        complete(task(journey), withVariables(ClientJourney.Var.OBJECTION_OUTCOME, "NEXT_DATE", ClientJourney.Var.NEXT_STEP_ON, "2027-01-15"));
        Job wake = engine.getManagementService().createJobQuery().processInstanceId(journey.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(wake.getDuedate());
        engine.getManagementService().executeJob(wake.getId());
        AsyncContinuations.runAll(engine);
        assertThat(journey).isWaitingAt(ClientJourney.Activity.FOLLOW_UP_QUOTE);
        return journey;
    }

    @Test
    void shouldRecordATalkFromTheReplyTaskFormAndPutTheMinutesInFrontOfSales() {
        String inquiry = api.post("/api/inquiries", """
            {"client": {"company": "Acme GmbH", "contactName": "Jana Weber", "email": "talk-form@acme.example", "country": "DE",
                        "tier": "A", "familyName": "Weber", "givenName": "Jana", "salutation": "MS", "language": "de"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL", "externalRef": "SHOP-TALK-1"}}""", "shop")
            .getBody().path("id").asText();
        ProcessInstance journey = journey(inquiry);
        Task reply = task(journey);
        assertThat((String) engine.getTaskService().getVariableLocal(reply.getId(), "briefing")).as("what a talk's start form asks for")
            .contains("**Inquiry:** " + inquiry + " (shop reference SHOP-TALK-1)");

        // a kind of talk the meetings do not know: the completion is refused and nothing is kept
        Map<String, Object> unknown = new HashMap<>(JourneyFixture.quote());
        unknown.put(TalkFromTaskListener.TALK_KIND, "PARTY");
        // an engine-rest caller reads which values the field takes, with the words Tasklist shows for each, also when the
        // talk's time is given (it named the API's field "kind" and left out NONE)
        String values = "(\"Done in a talk? (the minutes are then due within 24 hours of it)\"): one of NONE (\"No talk\"),"
            + " CALL (\"Call\"), VIDEO (\"Video call\") or MEETING (\"Meeting in person\")";
        assertThatThrownBy(() -> engine.getTaskService().complete(reply.getId(), unknown)).rootCause()
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields()).containsOnlyKeys(
                TalkFromTaskListener.TALK_KIND, TalkFromTaskListener.TALK_HELD_AT))
            .hasMessageContaining("unknown talkKind 'PARTY' " + values);
        unknown.put(TalkFromTaskListener.TALK_HELD_AT, "2027-01-12 17:30");
        assertThatThrownBy(() -> engine.getTaskService().complete(reply.getId(), unknown)).rootCause()
            .hasMessage("unknown talkKind 'PARTY' " + values);
        assertThat(engine.getTaskService().createTaskQuery().taskId(reply.getId()).count()).as("reply still open").isEqualTo(1);
        assertThat(meetings(inquiry)).isEmpty();

        // a call without its time: refused, where it was recorded as held at the moment of completion (01:28 at night for
        // a call in the afternoon); a time written another way is refused naming the form's field, not the API's
        Map<String, Object> quote = new HashMap<>(JourneyFixture.quote());
        quote.put(TalkFromTaskListener.TALK_KIND, "CALL");
        quote.put(TalkFromTaskListener.TALK_PARTICIPANTS, "Jana Weber; Sam Lee");
        assertThatThrownBy(() -> engine.getTaskService().complete(reply.getId(), quote)).rootCause()
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields()).containsOnlyKeys(TalkFromTaskListener.TALK_HELD_AT))
            .hasMessage("talkHeldAt is required for a talk (\"When the talk was held\"): its date and time in the team's clock,"
                + " yyyy-mm-dd hh:mm (e.g. 2027-03-04 10:00)");
        quote.put(TalkFromTaskListener.TALK_HELD_AT, "12.01.2027 15:30");
        assertThatThrownBy(() -> engine.getTaskService().complete(reply.getId(), quote)).rootCause()
            .hasMessageStartingWith("talkHeldAt '12.01.2027 15:30' is not a date and time: write yyyy-mm-dd hh:mm in the team's clock");
        assertThat(meetings(inquiry)).isEmpty();

        // completed at 20:00 in Shanghai with its time (17:30, the team's clock): recorded on the inquiry as held then, by
        // the user who completed the task, and the minutes are due 24 hours after the talk, not after the completion
        quote.put(TalkFromTaskListener.TALK_HELD_AT, "2027-01-12 17:30");
        engine.getIdentityService().setAuthentication("sam", List.of("sales"));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(3))));
        try {
            engine.getTaskService().complete(reply.getId(), quote);
        } finally {
            engine.getIdentityService().clearAuthentication();
            ClockUtil.setCurrentTime(Date.from(NOW));
        }

        JsonNode talks = meetings(inquiry);
        assertThat(talks).hasSize(1);
        assertThat(talks.get(0).path("kind").asText()).isEqualTo("CALL");
        assertThat(talks.get(0).path("participants").asText()).isEqualTo("Jana Weber; Sam Lee");
        assertThat(talks.get(0).path("recordedBy").asText()).isEqualTo("sam");
        Instant held = Instant.parse("2027-01-12T09:30:00Z");
        assertThat(Instant.parse(talks.get(0).path("heldAt").asText())).isEqualTo(held);
        ProcessInstance minutes = meeting(talks.get(0).path("id").asText());
        assertThat(minutes).isWaitingAt(Activity.WRITE_MINUTES);
        assertThat(task(minutes).getDueDate().toInstant()).isEqualTo(held.plus(Duration.ofHours(24)));
        assertThat(engine.getRuntimeService().getVariables(journey.getId())).doesNotContainKeys(TalkFromTaskListener.TALK_KIND,
            TalkFromTaskListener.TALK_PARTICIPANTS, TalkFromTaskListener.TALK_HELD_AT);
        sendTheQuote(journey);
    }

    @Test
    void shouldRecordNoTalkWhenTheFormLeavesTheKindEmpty() {
        String inquiry = api.post("/api/inquiries", """
            {"client": {"company": "Acme GmbH", "contactName": "Jana Weber", "email": "no-talk@acme.example", "country": "DE",
                        "tier": "A", "familyName": "Weber", "givenName": "Jana", "salutation": "MS", "language": "de"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL", "externalRef": "SHOP-TALK-2"}}""", "shop")
            .getBody().path("id").asText();
        ProcessInstance journey = journey(inquiry);
        Map<String, Object> quote = new HashMap<>(JourneyFixture.quote());
        quote.put(TalkFromTaskListener.TALK_KIND, TalkFromTaskListener.NO_TALK);
        quote.put(TalkFromTaskListener.TALK_PARTICIPANTS, "");
        engine.getTaskService().complete(task(journey).getId(), quote);
        assertThat(meetings(inquiry)).isEmpty();
        assertThat(engine.getRuntimeService().getVariables(journey.getId()))
            .doesNotContainKeys(TalkFromTaskListener.TALK_KIND, TalkFromTaskListener.TALK_PARTICIPANTS);
        sendTheQuote(journey);
    }

    /**
     * The quote goes out in a continuation of its own: sent here, at this class's clock, so that no later test class
     * that runs every continuation meets a quote whose validity its clock has passed (SatisfactionSurveyTest's 2027-04-01).
     */
    private void sendTheQuote(ProcessInstance journey) {
        assertThat(AsyncContinuations.run(engine, journey.getId())).as("the quote's continuation").isPositive();
    }

    private JsonNode meetings(String inquiry) {
        return http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiry + "/meetings", JsonNode.class).getBody();
    }

    private String quotedInquiry(String email, String ref) {
        return quotedInquiry(email, ref, "DE");
    }

    private String quotedInquiry(String email, String ref, String country) {
        String id = api.post("/api/inquiries", """
            {"client": {"company": "Acme GmbH", "contactName": "Jana Weber", "email": "%s", "country": "%s", "tier": "A",
                        "familyName": "Weber", "givenName": "Jana", "salutation": "MS", "language": "de"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL", "externalRef": "%s"}}"""
            .formatted(email, country, ref), "shop").getBody().path("id").asText();
        ProcessInstance journey = journey(id);
        engine.getTaskService().complete(task(journey).getId(), JourneyFixture.quote());
        AsyncContinuations.run(engine, journey.getId());
        return id;
    }

    private ProcessInstance journey(String inquiryId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ClientJourney.KEY)
            .processInstanceBusinessKey(inquiryId).singleResult();
    }

    private ProcessInstance meeting(String meetingId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NegotiationMeeting.KEY)
            .processInstanceBusinessKey(meetingId).singleResult();
    }

    /**
     * The minutes' task becomes its writer's, the shop's too: a person's choice of assignee is checked, the server's is not.
     * The client's email is signed by the team, not by the integration's demo name ("Shop Demo") as a person.
     */
    @Test
    void shouldTakeTheMinutesAnIntegrationWritesAndSignThemAsTheTeam() {
        String inquiry = quotedInquiry("minutes-shop@acme.example", "SHOP-MIN-SHOP");
        ResponseEntity<JsonNode> recorded = post("/api/inquiries/" + inquiry + "/meetings", "{\"kind\": \"CALL\"}");
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> written = api.post("/api/inquiries/" + inquiry + "/meetings/" + recorded.getBody().path("id").asText()
            + "/minutes", "{\"needs\": \"Samples\", \"points\": \"Price\", \"actions\": [{\"dueOn\": \"2027-01-20\", \"text\": \"Call\"}]}",
            "shop");

        assertThat(written.getStatusCode()).as(String.valueOf(written.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        mail.deliverDue();
        ReceivedMail minutes = mail.receivedBy("minutes-shop@acme.example").stream().filter(m -> m.subject().contains("Minutes of our"))
            .findFirst().orElseThrow();
        assertThat(minutes.body()).doesNotContain("Shop Demo")
            .contains("\n\nMeridian Demo Trading Co., Ltd.\nExportvertrieb", "\n\nMeridian Demo Trading Co., Ltd.\nExport sales");
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return api.post(path, body, "sam");
    }
}
