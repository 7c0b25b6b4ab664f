package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.process.ClientRaisedAt;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Work entered after the client raised it: a complaint or an inquiry posted with the moment the client raised it
 * ({@code receivedAt}), hours before it reached the server. Its first answer is due counted from then, so its
 * escalation counts its share of the time from then too, not from when its task was made: a complaint entered 20
 * hours late on a 24-hour first response has used most of its time when its task appears.
 * <p>
 * The team (Shanghai, 08:00–22:00, Monday to Friday) gets a HIGH complaint on Tuesday 12 January 2027 at 09:00;
 * it is due 24 hours later, Wednesday at 09:00, while the team works: 14 working hours, 13 on Tuesday and 1 on
 * Wednesday. Entered on Wednesday at 05:00, its task has 1 working hour of its own.
 */
@MeridianTest
class LateEntryEscalationTest {

    /** Tuesday 12 January 2027, 09:00 in Shanghai: the client raises it. */
    static final Instant RAISED = Instant.parse("2027-01-12T01:00:00Z");
    /** Wednesday 13 January 2027, 05:00 in Shanghai: 20 hours later, it is entered. */
    static final Instant ENTERED = Instant.parse("2027-01-12T21:00:00Z");
    /** Wednesday 08:00 in Shanghai: the team is back, 13 of the 14 working hours to the due time are gone. */
    static final Instant TEAM_BACK = Instant.parse("2027-01-13T00:00:00Z");
    /** Wednesday 09:00 in Shanghai: 24 hours after the client raised it. */
    static final Instant DUE = Instant.parse("2027-01-13T01:00:00Z");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EscalationSweep sweep;
    @Autowired
    TaskEscalations ledger;
    @Autowired
    Outbox outbox;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCountAComplaintEnteredLateFromWhenTheClientRaisedIt() {
        ClockUtil.setCurrentTime(Date.from(ENTERED));
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"client": {"company": "Late Entry Trading", "contactName": "Sato Yuki", "email": "late-complaint@sato.example",
                        "country": "JP", "tier": "B"},
             "category": "QUALITY", "wording": "MILD", "description": "A few panels seem slightly scratched.",
             "receivedAt": "%s"}""".formatted(RAISED));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("decision").path("firstResponse").asText()).isEqualTo("PT24H");
        assertThat(Instant.parse(opened.getBody().path("firstResponseDueAt").asText())).isEqualTo(DUE);
        AsyncContinuations.runAll(engine);
        Task acknowledge = task(opened.getBody().path("processInstanceId").asText(), "acknowledgeComplaint");

        // when the team is back, 13 of the 14 working hours from the client's complaint to the due time are gone: a
        // complaint acknowledgement reminds at 50 % and adds the managers at 80 % (from the task's creation: 0 of 1)
        List<DueEscalation> due = mine(sweep.check(TEAM_BACK), acknowledge.getId());
        assertThat(due).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(2);
            assertThat(e.reason()).contains("at 93 % of the working time to the due date");
        });
        assertThat(sweep.apply(engine, due, TEAM_BACK)).isEqualTo(1);
        assertThat(ledger.levels(acknowledge.getId())).containsExactly(1, 2);
        assertThat(outbox.about(acknowledge.getId())).isNotEmpty().allSatisfy(m -> assertThat(m.body())
            .contains("It has used 93 % of its working time since the client raised it on Tue 12 Jan 2027 09:00 (Asia/Shanghai);"
                + " the task was made on Wed 13 Jan 2027 05:00 (Asia/Shanghai)."));
    }

    /**
     * A crisis (a strong quality complaint of a key account: 2 hours, 7×24) entered 20 hours after the client raised it:
     * every manager gets one alert that says it is 18 hours overdue and links the task, where it said "due by" a time long
     * past, linked Tasklist's home (the task did not exist yet), and the first sweep then mailed them a reminder and a
     * level-3 notice as well. The sweep still records the levels and reminds the team beyond the managers.
     */
    @Test
    void shouldAlertTheManagersOnceThatACrisisEnteredLateIsOverdue() {
        ClockUtil.setCurrentTime(Date.from(ENTERED));
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"client": {"company": "Late Crisis Inc", "contactName": "Jordan Miller", "email": "late-crisis@miller.example",
                        "country": "US", "timeZone": "America/New_York", "tier": "A"},
             "category": "QUALITY", "wording": "STRONG", "description": "Every panel of the last batch is cracked.",
             "receivedAt": "%s"}""".formatted(RAISED));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("decision").path("crisis").asBoolean()).isTrue();
        AsyncContinuations.runAll(engine);
        String complaint = opened.getBody().path("id").asText();
        Task acknowledge = task(opened.getBody().path("processInstanceId").asText(), "acknowledgeComplaint");

        assertThat(outbox.about(complaint)).filteredOn(m -> m.recipient().equals("max@meridian.example")).singleElement()
            .satisfies(m -> {
                assertThat(m.subject()).endsWith("Crisis: answer Late Crisis Inc now, overdue by 18 h");
                assertThat(m.body()).contains("The first response (within 2 h) is already overdue by 18 h: it was due Tue 12 Jan 2027 11:00"
                        + " team time (Asia/Shanghai) = Mon 11 Jan 2027 22:00 client time (America/New_York), counted from when the client"
                        + " raised it on Tue 12 Jan 2027 09:00 team time (Asia/Shanghai)", "Answer now.",
                        "you hear again only when the task reaches a further level")
                    .doesNotContain(", due by ")
                    .contains("\n\nTasklist: http://localhost:").contains("/app/tasklist/default/#/?task=" + acknowledge.getId() + "\n");
            });

        Instant sweptAt = ENTERED.plusSeconds(15);
        List<DueEscalation> due = mine(sweep.check(sweptAt), acknowledge.getId());
        assertThat(due).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(3));
        assertThat(sweep.apply(engine, due, sweptAt)).isEqualTo(1);
        assertThat(ledger.levels(acknowledge.getId())).containsExactly(1, 2, 3);
        assertThat(outbox.about(acknowledge.getId())).as("no second or third email to a manager")
            .extracting(m -> m.recipient()).doesNotContain("max@meridian.example", "demo@meridian.example")
            .contains("sue@meridian.example");
        assertThat(engine.getTaskService().getTaskComments(acknowledge.getId())).singleElement()
            .satisfies(c -> assertThat(c.getFullMessage()).contains("did not notify Managers (managers): they had the crisis alert of"));
    }

    /**
     * The same HIGH complaint, which a manager must answer (the managers are among its candidates), keyed in on Friday
     * 15 January at 10:00 in Shanghai, two days after its first response was due. The first sweep reaches every level at
     * once, as it is that late: the team is reminded, the managers are added, and each manager gets one email, the
     * level-3 notice naming how late it is and that it was entered so, where they had a reminder and the notice at once.
     */
    @Test
    void shouldTellEachManagerOnceHowLateAComplaintEnteredOverdueIs() {
        Instant entered = Instant.parse("2027-01-15T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(entered));
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"client": {"company": "Overdue Entry Trading", "contactName": "Ito Hana", "email": "overdue-entry@ito.example",
                        "country": "JP", "tier": "B"},
             "category": "QUALITY", "wording": "MILD", "description": "A few panels seem slightly scratched.",
             "receivedAt": "%s"}""".formatted(RAISED));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("decision").path("seniorContact").asBoolean()).isTrue();
        assertThat(opened.getBody().path("lateOnEntry").asText()).startsWith("the first response was due Wed 13 Jan 2027 09:00");
        AsyncContinuations.runAll(engine);
        Task acknowledge = task(opened.getBody().path("processInstanceId").asText(), "acknowledgeComplaint");

        Instant sweptAt = entered.plusSeconds(15);
        List<DueEscalation> due = mine(sweep.check(sweptAt), acknowledge.getId());
        assertThat(due).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(3));
        assertThat(sweep.apply(engine, due, sweptAt)).isEqualTo(1);
        assertThat(ledger.levels(acknowledge.getId())).containsExactly(1, 2, 3);
        assertThat(outbox.about(acknowledge.getId())).as("one email for a manager").filteredOn(m -> m.recipient().equals("max@meridian.example"))
            .singleElement().satisfies(m -> {
                assertThat(m.subject()).endsWith("was due Wed 13 Jan 2027 09:00 (Asia/Shanghai), overdue by 2 days 1 h");
                assertThat(m.body()).contains("It was overdue by 2 days 1 h when it was entered on Fri 15 Jan 2027 10:00 (Asia/Shanghai):"
                    + " the client raised it on Tue 12 Jan 2027 09:00 (Asia/Shanghai).");
            });
        assertThat(outbox.about(acknowledge.getId())).as("the team is still reminded").extracting(m -> m.recipient())
            .contains("sue@meridian.example");
    }

    @Test
    void shouldCountAnInquiryEnteredLateFromWhenTheClientSentIt() {
        ClockUtil.setCurrentTime(Date.from(ENTERED));
        ResponseEntity<JsonNode> started = post("/api/inquiries", """
            {"client": {"company": "Late Entry GmbH", "contactName": "Jana Weber", "email": "late-inquiry@weber.example",
                        "country": "DE", "tier": "B"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "message": "Please quote FOB.", "channel": "EMAIL",
                         "receivedAt": "%s"}}""".formatted(RAISED));
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(Instant.parse(started.getBody().path("replyDueAt").asText())).isEqualTo(DUE);
        AsyncContinuations.runAll(engine);
        Task reply = task(started.getBody().path("processInstanceId").asText(), "replyToInquiry");

        // a regular client's reply reminds at 80 %: reached when the team is back (93 %), not at 80 % of its last hour
        assertThat(mine(sweep.check(TEAM_BACK), reply.getId())).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(1);
            assertThat(e.reason()).contains("at 93 % of the working time to the due date");
        });
    }

    @Test
    void shouldCountWorkEnteredAsItArrivesFromItsCreation() {
        ClockUtil.setCurrentTime(Date.from(ENTERED));
        ResponseEntity<JsonNode> started = post("/api/inquiries", """
            {"client": {"company": "On Time GmbH", "contactName": "Jonas Weber", "email": "on-time-inquiry@weber.example",
                        "country": "DE", "tier": "B"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "message": "Please quote FOB.", "channel": "EMAIL"}}""");
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);
        Task reply = task(started.getBody().path("processInstanceId").asText(), "replyToInquiry");

        assertThat(engine.getTaskService().getVariablesLocal(reply.getId())).as("nothing more written for it")
            .doesNotContainKey(ClientRaisedAt.VARIABLE);
        assertThat(mine(sweep.check(TEAM_BACK), reply.getId())).isEmpty();
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("shop", "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private Task task(String processInstanceId, String kind) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(kind).singleResult();
    }

    private static List<DueEscalation> mine(EscalationSweep.Check check, String task) {
        return check.due().stream().filter(e -> e.task().id().equals(task)).toList();
    }
}
