package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.MailServerFixture;
import io.meridian.process.RunningInstances;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An inquiry whose journey was deleted before any order with Cockpit's "Skip Custom Listeners" (engine-rest's
 * {@code skipCustomListeners=true}): before, its quote planned for the client's business hours still went out, an offer
 * for a matter the team had dropped. Now the relay withdraws it just before it goes out, naming the deletion; the quote
 * of a journey that still runs goes out.
 */
@MeridianTest
class InquiryDeletedWithoutListenersTest {

    /** Monday 11 January 2027, 03:00 in Berlin: before the German client's business hours. */
    static final Instant NIGHT = Instant.parse("2027-01-11T02:00:00Z");
    /** 09:00 in Berlin: what waited for the client's morning is due. */
    static final Instant BERLIN_MORNING = Instant.parse("2027-01-11T08:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(NIGHT);

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JourneyDeletions deletions;
    @Autowired
    RunningInstances processes;

    @Test
    void shouldWithdrawTheQuoteOfAJourneyDeletedWithoutListenersBeforeAnyOrder() {
        String email = "weber-inquiry-deleted@weber.example";
        ProcessInstance journey = quoted(email);
        ProcessInstance running = quoted("weber-inquiry-running@weber.example");
        assertThat(messages(journey.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText())
            .as("the quote waits for the client's morning").contains("QUOTE: PLANNED");
        // an administrator deletes the journey over engine-rest, "Skip Custom Listeners" ticked, no reason given
        ResponseEntity<String> deleted = http.withBasicAuth("demo", "demo").exchange("/engine-rest/process-instance/" + journey.getId()
            + "?skipCustomListeners=true", HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING));
        mail.deliverDue();

        assertThat(mail.receivedBy(email)).isEmpty();
        assertThat(messages(journey.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText()
                + ": " + m.path("lastError").asText())
            .contains("QUOTE: WITHDRAWN: withdrawn before it went out: the client journey of inquiry " + journey.getBusinessKey()
                + " was deleted by demo at " + NIGHT + " before any order; noticed at " + BERLIN_MORNING)
            .allMatch(m -> m.contains(": WITHDRAWN: "));
        // nobody works it any more: LOST, with how its journey ended
        JsonNode view = get("/api/inquiries/" + journey.getBusinessKey());
        assertThat(view.path("inquiry").path("status").asText() + ": " + view.path("journeyDeleted"))
            .isEqualTo("LOST: {\"at\":\"" + NIGHT + "\",\"by\":\"demo\",\"reason\":null,\"noticedAt\":\"" + BERLIN_MORNING + "\"}");
        assertThat(messages(running.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText())
            .as("a journey that runs: its quote goes out").contains("QUOTE: SENT");
    }

    @Test
    void shouldWithdrawTheQuoteOfAJourneyDeletedWithItsListenersNamingTheReasonGiven() {
        String email = "weber-inquiry-dropped@weber.example";
        ProcessInstance journey = quoted(email);
        // deleted with its listeners (Cockpit's cancel, the box unticked): none of them withdraws an inquiry's emails
        engine.getRuntimeService().deleteProcessInstance(journey.getId(), "Duplicate inquiry");
        assertThat(messages(journey.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText())
            .as("withdrawn at the deletion, whether or not a mail server is set").contains("QUOTE: WITHDRAWN");

        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING));
        mail.deliverDue();

        assertThat(mail.receivedBy(email)).isEmpty();
        assertThat(messages(journey.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText()
                + ": " + m.path("lastError").asText())
            .contains("QUOTE: WITHDRAWN: withdrawn before it went out: the client journey of inquiry " + journey.getBusinessKey()
                + " was deleted at " + NIGHT + " (Duplicate inquiry) before any order");
        JsonNode view = get("/api/inquiries/" + journey.getBusinessKey());
        assertThat(view.path("inquiry").path("status").asText() + ": " + view.path("journeyDeleted"))
            .isEqualTo("LOST: {\"at\":\"" + NIGHT + "\",\"by\":null,\"reason\":\"Duplicate inquiry\",\"noticedAt\":\"" + NIGHT + "\"}");
    }

    @Test
    void shouldMakeAnInquiryLostWhoseJourneyWasDeletedOverEngineRestBeforeAnyReply() {
        ProcessInstance journey = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY,
            startVariables("DE", "weber-inquiry-deleted-new@weber.example"));
        String inquiry = journey.getBusinessKey();
        assertThat(get("/api/inquiries/" + inquiry).path("inquiry").path("status").asText()).isEqualTo("NEW");
        ResponseEntity<String> deleted = http.withBasicAuth("demo", "demo").exchange("/engine-rest/process-instance/" + journey.getId(),
            HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode view = get("/api/inquiries/" + inquiry);
        assertThat(view.path("inquiry").path("status").asText() + " by " + view.at("/journeyDeleted/by").asText() + " at "
                + view.at("/journeyDeleted/at").asText() + ", noticed at " + view.at("/journeyDeleted/noticedAt").asText())
            .isEqualTo("LOST by demo at " + NIGHT + ", noticed at " + NIGHT);
        assertThat(view.path("currentSteps")).isEmpty();
    }

    @Test
    void shouldFindInTheListAsLostAnInquiryWhoseJourneyThePeriodicCheckFoundDeletedWithoutListeners() {
        ProcessInstance journey = quoted("weber-inquiry-deleted-quietly@weber.example");
        ProcessInstance running = quoted("weber-inquiry-still-quoted@weber.example");
        String inquiry = journey.getBusinessKey();
        ResponseEntity<String> deleted = http.withBasicAuth("demo", "demo").exchange("/engine-rest/process-instance/" + journey.getId()
            + "?skipCustomListeners=true", HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("/api/inquiries/" + inquiry).path("inquiry").path("status").asText()).as("nothing heard of it").isEqualTo("QUOTED");

        // five minutes later the check of running orders and inquiries runs; no mail server is asked
        Instant checkedAt = NIGHT.plusSeconds(300);
        ClockUtil.setCurrentTime(Date.from(checkedAt));
        deletions.checkRunning(processes.read(ClientJourney.KEY));

        JsonNode lost = null;
        for (JsonNode item : get("/api/inquiries?status=LOST&size=100").path("items")) {
            if (inquiry.equals(item.at("/inquiry/id").asText())) {
                lost = item;
            }
        }
        assertThat(lost).as("listed as LOST").isNotNull();
        assertThat(lost.path("journeyDeleted").path("by").asText() + " at " + lost.at("/journeyDeleted/at").asText() + ", noticed at "
            + lost.at("/journeyDeleted/noticedAt").asText()).isEqualTo("demo at " + NIGHT + ", noticed at " + checkedAt);
        assertThat(get("/api/inquiries?status=NEW,QUOTED,DECLINED&size=100").path("items")).extracting(i -> i.at("/inquiry/id").asText())
            .doesNotContain(inquiry).contains(running.getBusinessKey());
        assertThat(messages(inquiry)).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText() + ": "
                + m.path("lastError").asText())
            .as("withdrawn without a mail server's relay").contains("QUOTE: WITHDRAWN: withdrawn before it went out: the client journey"
                + " of inquiry " + inquiry + " was deleted by demo at " + NIGHT + " before any order; noticed at " + checkedAt);
        assertThat(messages(running.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText())
            .contains("QUOTE: PLANNED");

        // the next check changes nothing
        ClockUtil.setCurrentTime(Date.from(checkedAt.plusSeconds(300)));
        assertThat(deletions.checkRunning(processes.read(ClientJourney.KEY))).isZero();
        assertThat(get("/api/inquiries/" + inquiry).at("/journeyDeleted/noticedAt").asText()).isEqualTo(checkedAt.toString());
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> r = http.withBasicAuth("olivia", "demo").getForEntity(path, JsonNode.class);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    /** A journey of a German client started at night, its quote written: the quote waits for the client's morning. */
    private ProcessInstance quoted(String email) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", email));
        complete(task(pi), quote());
        AsyncContinuations.runAll(engine);
        return pi;
    }

    private List<JsonNode> messages(String inquiry) {
        ResponseEntity<JsonNode> r = http.withBasicAuth("olivia", "demo").getForEntity("/api/inquiries/" + inquiry + "/messages",
            JsonNode.class);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
        List<JsonNode> all = new ArrayList<>();
        r.getBody().forEach(all::add);
        return all;
    }
}
