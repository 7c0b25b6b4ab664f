package io.meridian.survey;

import static io.meridian.testsupport.TaskBriefings.briefing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.meridian.client.ClientLedger;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ClientBackAt;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.LedgerFixture;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The survey asks the client for an answer and support calls them by that day: neither on a day the client is closed,
 * as every other follow-up. The email asked a Saudi client to answer by their weekend and a Chinese client by a day of their
 * Spring Festival, and "Survey the client" fell due then, escalating while nobody there could answer.
 */
@MeridianTest
class SurveyWhileClientClosedTest {

    /** Thursday 1 April 2027, 10:00 in Shanghai: the round of the second quarter. */
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

    /**
     * Five team working days from Thursday 1 April (Qingming closes the team on Monday 5 April) end on Friday 9 April, the
     * weekend of a client in Riyadh (Sunday to Thursday); they are back on Sunday, the team's own weekend, so the team's
     * first call window with them is Monday's, 09:00-17:00 in Riyadh.
     */
    @Test
    void aSaudiClientIsAskedToAnswerByAWorkingDayOfTheirsNotTheirWeekend() {
        String clientId = client("SA", "Asia/Riyadh", "en", "survey-weekend-sa");

        SatisfactionSurveyTest.runCadence(engine);

        Task ask = surveyTask(clientId, "2027-Q2");
        assertThat(ask.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-04-12T14:00:00Z"));
        assertThat(briefing(engine, ask)).contains("**Due:** Mon 12 Apr 2027 22:00 team time (Asia/Shanghai) = Mon 12 Apr 2027 17:00 client time"
            + " (Asia/Riyadh), later than the team's own rule gives (Fri 9 Apr 2027 10:00): the client is closed then (Friday, their"
            + " weekend: work week SUNDAY-THURSDAY)");
        assertThat(surveyEmail(clientId).body()).as("the email asks for the day the task is due").contains("12 April 2027")
            .doesNotContain("9 April 2027");
    }

    /**
     * A survey on Monday 1 February 2027 (a round the cadence's cycle, a setting, starts on any day): five team working days
     * end on Wednesday 10 February, within the Chinese client's New Year closure (5 to 12 February).
     */
    @Test
    void aChineseClientIsNotAskedToAnswerDuringChineseNewYear() {
        Instant february = Instant.parse("2027-02-01T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(february));
        String clientId = client("CN", "Asia/Shanghai", "en", "survey-spring-festival-cn");
        Map<String, Object> v = new HashMap<>(clients.byId(clientId).orElseThrow().variables());
        v.put(Var.CLIENT_ID, clientId);
        v.put(Var.QUARTER, "2027-Q1");
        v.put(Var.SURVEYED_QUARTER, "2026-Q4");
        engine.getRuntimeService().startProcessInstanceByKey(SatisfactionSurvey.KEY, clientId + "/2027-Q1", v);
        AsyncContinuations.runAll(engine);

        Task ask = surveyTask(clientId, "2027-Q1");
        assertThat(ask.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-02-15T10:00:00Z"));
        assertThat(briefing(engine, ask)).contains("the client is closed then (Chinese New Year, Fri 5 Feb 2027 to Fri 12 Feb 2027)");
        assertThat(engine.getTaskService().getVariableLocal(ask.getId(), ClientBackAt.VARIABLE)).as("escalation counts from their return")
            .isNotNull();
        assertThat(surveyEmail(clientId).body()).contains("15 February 2027").doesNotContain("10 February 2027");
    }

    private String client(String country, String zone, String language, String name) {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, name + "-" + System.nanoTime() + "@example.com",
            Q2.minus(Duration.ofDays(90)), "DELIVERED");
        jdbc.sql("update client set country = :country, time_zone = :zone, language = :language where id = :id")
            .param("country", country).param("zone", zone).param("language", language).param("id", client.clientId()).update();
        return client.clientId();
    }

    private Task surveyTask(String clientId, String quarter) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(SatisfactionSurvey.KEY)
            .processInstanceBusinessKey(clientId + "/" + quarter).singleResult();
    }

    private OutboxMessage surveyEmail(String clientId) {
        return outbox.about(clientId).stream()
            .filter(m -> m.content() != null && MessageKind.SATISFACTION_SURVEY.name().equals(m.content().messageKind()))
            .findFirst().orElseThrow();
    }
}
