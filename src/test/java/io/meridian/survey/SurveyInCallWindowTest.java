package io.meridian.survey;

import static io.meridian.testsupport.TaskBriefings.briefing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.meridian.client.ClientLedger;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Survey the client": support calls the client who has not answered by the day the email asked for. It is due in a call
 * window of that day on the client's clock, not at the team's 10:00, which is 04:00 in Berlin or 22:00 the evening before in
 * New York; and its "Due:" line says why.
 */
@MeridianTest
class SurveyInCallWindowTest {

    /** Thursday 1 April 2027, 10:00 in Shanghai: five team working days (Qingming closes the team on Monday 5 April) end on Friday 9 April, 10:00. */
    static final Instant Q2 = Instant.parse("2027-04-01T02:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(Q2);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    ClientLedger clients;

    @Test
    void aBerlinClientIsCalledInTheWindowOfTheDayTheyWereAskedToAnswerBy() {
        String clientId = client("DE", "Europe/Berlin", "survey-window-berlin");

        Task ask = survey(clientId);

        // Fri 9 Apr 10:00 in Shanghai is 04:00 in Berlin: due when Friday's window ends, 22:00 in Shanghai, 16:00 in Berlin
        assertThat(ask.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-04-09T14:00:00Z"));
        assertThat(briefing(engine, ask)).contains("**Due:** Fri 9 Apr 2027 22:00 team time (Asia/Shanghai) = Fri 9 Apr 2027 16:00 client"
            + " time (Europe/Berlin), later than the team's own rule gives (Fri 9 Apr 2027 10:00, 04:00 in Berlin): that is outside"
            + " their business hours, so it is due when the call window of the day they were told, Fri 9 Apr 2027 their time, ends");
        assertThat(surveyEmail(clientId).body()).as("the day the email asks for").contains("9 April 2027");
    }

    @Test
    void aNewYorkClientIsCalledInTheWindowOfTheDayTheyWereAskedToAnswerBy() {
        String clientId = client("US", "America/New_York", "survey-window-new-york");

        Task ask = survey(clientId);

        // Fri 9 Apr 10:00 in Shanghai is Thu 8 Apr 22:00 in New York, the day the email names: due when Thursday's window
        // ends, 22:00 in Shanghai, 10:00 in New York
        assertThat(ask.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-04-08T14:00:00Z"));
        assertThat(briefing(engine, ask)).contains("= Thu 8 Apr 2027 10:00 client time (America/New_York), earlier than the team's own"
            + " rule gives (Fri 9 Apr 2027 10:00, Thu 22:00 in New York): that is outside their business hours");
        assertThat(surveyEmail(clientId).body()).as("the day the email asks for").contains("8 April 2027");
    }

    private Task survey(String clientId) {
        Map<String, Object> v = new HashMap<>(clients.byId(clientId).orElseThrow().variables());
        v.put(Var.CLIENT_ID, clientId);
        v.put(Var.QUARTER, "2027-Q2");
        v.put(Var.SURVEYED_QUARTER, "2027-Q1");
        engine.getRuntimeService().startProcessInstanceByKey(SatisfactionSurvey.KEY, clientId + "/2027-Q2", v);
        AsyncContinuations.runAll(engine);
        return engine.getTaskService().createTaskQuery().processDefinitionKey(SatisfactionSurvey.KEY)
            .processInstanceBusinessKey(clientId + "/2027-Q2").singleResult();
    }

    private String client(String country, String zone, String name) {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, name + "-" + System.nanoTime() + "@example.com",
            Q2.minus(Duration.ofDays(90)), "DELIVERED");
        jdbc.sql("update client set country = :country, time_zone = :zone, language = 'en' where id = :id")
            .param("country", country).param("zone", zone).param("id", client.clientId()).update();
        return client.clientId();
    }

    private OutboxMessage surveyEmail(String clientId) {
        return outbox.about(clientId).stream()
            .filter(m -> m.content() != null && MessageKind.SATISFACTION_SURVEY.name().equals(m.content().messageKind()))
            .findFirst().orElseThrow();
    }
}
