package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.quoteFollowUpMadeAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.util.Date;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * "Follow up quote" asks the client whether they will order: on a day the client works it is due inside a call window (the
 * client's business hours met with the team's working time), as "Chase payment" is, not at the team's 24 hours when the
 * client's office is closed; and its briefing's "Due:" line says why, in words a salesperson reads at a glance.
 */
@MeridianTest
class QuoteFollowUpInCallWindowTest {

    /** Tue 12 Jan 2027, 10:00 in Shanghai. */
    static final Instant TUESDAY = Instant.parse("2027-01-12T02:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(TUESDAY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    @Test
    void aFollowUpForABerlinClientIsDueInTheirHoursNotAtTheirNight() {
        // 24 hours on is Wed 10:00 in Shanghai, 03:00 in Berlin; the last window before it is Tuesday's, which ends at 22:00
        // in Shanghai (15:00 in Berlin)
        Task followUp = quoteFollowUpMadeAt(engine, "DE", "follow-up-berlin@example.com", TUESDAY);

        assertThat(followUp.getDueDate().toInstant()).as("Tue 22:00 in Shanghai, 15:00 in Berlin")
            .isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        assertThat(briefing(followUp)).contains("**Due:** Tue 12 Jan 2027 22:00 team time (Asia/Shanghai) = Tue 12 Jan 2027 15:00"
            + " client time (Europe/Berlin), earlier than the team's own rule gives (Wed 13 Jan 2027 10:00, 03:00 in Berlin): that is"
            + " outside their business hours, so it is due when today's call window ends, the last one before then in which the team"
            + " can call them");
    }

    @Test
    void aFollowUpForATokyoClientLateInTheTeamsDayIsDueWhenTheirOfficeCloses() {
        // Tue 18:00 in Shanghai: 24 hours on is Wed 18:00 in Shanghai, 19:00 in Tokyo, after the client's office has closed
        Task followUp = quoteFollowUpMadeAt(engine, "JP", "follow-up-late-jp@example.com", Instant.parse("2027-01-12T10:00:00Z"));

        assertThat(followUp.getDueDate().toInstant()).as("Wed 17:00 in Shanghai, 18:00 in Tokyo")
            .isEqualTo(Instant.parse("2027-01-13T09:00:00Z"));
        assertThat(briefing(followUp)).contains("**Due:** Wed 13 Jan 2027 17:00 team time (Asia/Shanghai) = Wed 13 Jan 2027 18:00"
            + " client time (Asia/Tokyo), earlier than the team's own rule gives (Wed 13 Jan 2027 18:00, 19:00 in Tokyo): that is"
            + " outside their business hours, so it is due when the call window of Wed 13 Jan 2027 ends, the last one before then"
            + " in which the team can call them");
    }

    /**
     * A New York client's follow-up, due when their Tuesday's last window ends (18:00 in New York), whose contact the team then
     * finds in Berlin and sets on the record: due anew by the same rule on the new clock, when Tuesday's window ends there
     * (15:00 in Berlin), not at 18:00 in New York, which is midnight in Berlin; and its "Due:" line says why on the new clock.
     */
    @Test
    void aFollowUpIsDueInTheCallWindowOfTheClientsCorrectedClock() {
        Task followUp = quoteFollowUpMadeAt(engine, "US", "follow-up-zone-corrected@example.com", TUESDAY);
        assertThat(followUp.getDueDate().toInstant()).as("Wed 07:00 in Shanghai, Tue 18:00 in New York")
            .isEqualTo(Instant.parse("2027-01-12T23:00:00Z"));
        String clientId = (String) engine.getRuntimeService().getVariable(followUp.getProcessInstanceId(), Var.CLIENT_ID);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("application/merge-patch+json"));
        assertThat(http.withBasicAuth("sam", "demo").exchange("/api/clients/" + clientId, HttpMethod.PATCH,
            new HttpEntity<>("{\"timeZone\": \"Europe/Berlin\"}", headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        Task after = taskService().createTaskQuery().taskId(followUp.getId()).singleResult();
        assertThat(after.getDueDate().toInstant()).as("Tue 22:00 in Shanghai, 15:00 in Berlin").isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        assertThat(briefing(after)).contains("**Due:** Tue 12 Jan 2027 22:00 team time (Asia/Shanghai) = Tue 12 Jan 2027 15:00"
            + " client time (Europe/Berlin), earlier than the team's own rule gives (Wed 13 Jan 2027 10:00, 03:00 in Berlin): that is"
            + " outside their business hours, so it is due when today's call window ends");
    }

    /**
     * "Handle objection" answers the client (a talk, a revised quote by email), 24 hours in the team's working time as before,
     * now held to a call window as the follow-up is: a Berlin client's price objection on Tuesday at 10:00 in Shanghai is due
     * when Tuesday's window ends (15:00 in Berlin), not on Wednesday at 10:00, 03:00 in Berlin.
     */
    @Test
    void anObjectionOfABerlinClientIsDueInTheirHoursNotAtTheirNight() {
        Task objection = priceObjectionOnTuesday("DE", "objection-berlin@example.com");
        assertThat(objection.getDueDate().toInstant()).as("Tue 22:00 in Shanghai, 15:00 in Berlin")
            .isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        assertThat(briefing(objection)).contains("**Due:** Tue 12 Jan 2027 22:00 team time (Asia/Shanghai) = Tue 12 Jan 2027 15:00"
            + " client time (Europe/Berlin), earlier than the team's own rule gives (Wed 13 Jan 2027 10:00, 03:00 in Berlin)");
    }

    @Test
    void anObjectionOfANewYorkClientIsDueInTheirHoursNotAtTheirNight() {
        Task objection = priceObjectionOnTuesday("US", "objection-new-york@example.com");
        // Wed 10:00 in Shanghai is Tue 21:00 in New York: due when their Tuesday's last window ends, 18:00 there
        assertThat(objection.getDueDate().toInstant()).as("Wed 07:00 in Shanghai, Tue 18:00 in New York")
            .isEqualTo(Instant.parse("2027-01-12T23:00:00Z"));
        assertThat(briefing(objection)).contains("= Tue 12 Jan 2027 18:00 client time (America/New_York), earlier than the team's own"
            + " rule gives (Wed 13 Jan 2027 10:00, Tue 21:00 in New York)");
    }

    /** The "Handle objection" task of a client of {@code country} who declined the quote on price on Tuesday at 10:00 in Shanghai. */
    private Task priceObjectionOnTuesday(String country, String email) {
        Task followUp = quoteFollowUpMadeAt(engine, country, email, TUESDAY);
        ClockUtil.setCurrentTime(Date.from(TUESDAY));
        ProcessInstance journey = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(followUp.getProcessInstanceId()).singleResult();
        JourneyFixture.clientDeclines(engine, journey, ClientJourney.Objection.PRICE);
        return taskService().createTaskQuery().processInstanceId(journey.getId())
            .taskDefinitionKey(ClientJourney.Activity.HANDLE_OBJECTION).singleResult();
    }

    private static String briefing(Task task) {
        return (String) taskService().getVariableLocal(task.getId(), Var.BRIEFING);
    }
}
