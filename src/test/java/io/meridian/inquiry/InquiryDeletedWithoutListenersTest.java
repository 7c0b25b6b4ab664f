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
        assertThat(messages(running.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText())
            .as("a journey that runs: its quote goes out").contains("QUOTE: SENT");
    }

    @Test
    void shouldWithdrawTheQuoteOfAJourneyDeletedWithItsListenersNamingTheReasonGiven() {
        String email = "weber-inquiry-dropped@weber.example";
        ProcessInstance journey = quoted(email);
        // deleted with its listeners (Cockpit's cancel, the box unticked): none of them withdraws an inquiry's emails
        engine.getRuntimeService().deleteProcessInstance(journey.getId(), "Duplicate inquiry");

        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING));
        mail.deliverDue();

        assertThat(mail.receivedBy(email)).isEmpty();
        assertThat(messages(journey.getBusinessKey())).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText()
                + ": " + m.path("lastError").asText())
            .contains("QUOTE: WITHDRAWN: withdrawn before it went out: the client journey of inquiry " + journey.getBusinessKey()
                + " was deleted at " + NIGHT + " (Duplicate inquiry) before any order; noticed at " + BERLIN_MORNING);
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
