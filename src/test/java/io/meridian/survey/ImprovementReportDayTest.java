package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
 * The improvement report names the day of the client's evaluation, not its hour: the hour is when the team recorded the
 * answers, 10:00 in Shanghai, which the subject gave as 03:00 in Berlin, a time no client gives feedback at.
 */
@MeridianTest
class ImprovementReportDayTest {

    /** Tue 12 Jan 2027, 10:00 in Shanghai: 03:00 in Berlin, Mon 11 Jan 21:00 in New York. */
    static final Instant RECORDED = Instant.parse("2027-01-12T02:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(RECORDED);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;
    @Autowired
    ClientLedger clients;
    @Autowired
    Outbox outbox;

    @Test
    void aBerlinClientsReportNamesTheDayOfTheirEvaluationNotTheNightHourItWasRecordedAt() {
        OutboxMessage report = report("DE", "Europe/Berlin", "en", "report-day-berlin");

        assertThat(report.subject()).isEqualTo("What we are improving after your feedback of Tuesday, 12 January 2027");
        assertThat(report.body()).contains("Your answers of Tuesday, 12 January 2027:").doesNotContain("03:00", "Europe/Berlin");
        assertThat(preview).as("the form's preview, as the email").contains("after your feedback of Tuesday, 12 January 2027").doesNotContain("03:00");
    }

    @Test
    void aNewYorkClientsReportNamesTheirDayOfTheEvaluation() {
        OutboxMessage report = report("US", "America/New_York", "en", "report-day-new-york");

        assertThat(report.subject()).isEqualTo("What we are improving after your feedback of Monday, 11 January 2027");
        assertThat(report.body()).doesNotContain("21:00", "9:00 PM", "America/New_York");
    }

    /** The email preview of the report's task, before it was completed. */
    private String preview;

    /** The client's promoter scores, recorded now; the report written and planned for them. */
    private OutboxMessage report(String country, String zone, String language, String name) {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, name + "-" + System.nanoTime() + "@example.com",
            RECORDED.minus(Duration.ofDays(30)), "DELIVERED");
        jdbc.sql("update client set country = :country, time_zone = :zone, language = :language where id = :id")
            .param("country", country).param("zone", zone).param("language", language).param("id", client.clientId()).update();
        Surveys.Evaluation evaluation = surveys.record(clients.byId(client.clientId()).orElseThrow(), client.orderId(),
            SatisfactionSurvey.Source.API, null, new Scores(9, 5, 2, "Fast answers.", null), RECORDED, false);
        AsyncContinuations.runAll(engine);
        Task written = engine.getTaskService().createTaskQuery().processDefinitionKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY)
            .processInstanceBusinessKey(evaluation.id()).singleResult();
        preview = (String) engine.getTaskService().getVariableLocal(written.getId(), "emailPreview");
        engine.getTaskService().complete(written.getId(), Map.of(Var.FINDINGS, "Answers were fast.",
            Var.MEASURES, "Samples ship by air.", Var.TIMETABLE, "From 1 February 2027"));
        AsyncContinuations.runAll(engine);
        return outbox.about(client.orderId()).stream()
            .filter(m -> m.content() != null && MessageKind.IMPROVEMENT_REPORT.name().equals(m.content().messageKind()))
            .findFirst().orElseThrow();
    }
}
