package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
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
 * The quarterly survey asks for an answer a working week after the client has the email, not after the cadence ran: a
 * Russian client away over the New Year holidays (1-8 January, Jollyday's RU calendar) got the email of 1 January on
 * Monday 11 January asking for an answer by Friday 8 January, and support's task was overdue before the client had read it.
 */
@MeridianTest
class SurveyAnswerByTest {

    /** Friday 1 January 2027, 01:00 in Shanghai: the cadence's round of the first quarter. */
    static final Instant Q1 = Instant.parse("2026-12-31T17:00:00Z");
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(Q1);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;

    @Test
    void shouldAskForTheAnswerAWorkingWeekAfterTheEmailLandsPastTheClientsHolidays() {
        LedgerFixture.ClientWithOrder client = LedgerFixture.germanClient(jdbc, "petrov-survey@petrov.example", Q1.minus(Duration.ofDays(60)),
            "DELIVERED");
        jdbc.sql("update client set country = 'RU', time_zone = 'Europe/Moscow', language = 'ru' where id = :id")
            .param("id", client.clientId()).update();

        SatisfactionSurveyTest.runCadence(engine);

        OutboxMessage email = outbox.about(client.clientId()).stream()
            .filter(m -> m.content() != null && MessageKind.SATISFACTION_SURVEY.name().equals(m.content().messageKind())).findFirst().orElseThrow();
        Instant lands = email.plannedAt();
        assertThat(lands.atZone(MOSCOW).toLocalDate()).as("past the client's holidays").isAfter(LocalDate.of(2027, 1, 8));
        Task ask = engine.getTaskService().createTaskQuery().processDefinitionKey(SatisfactionSurvey.KEY)
            .processInstanceBusinessKey(client.clientId() + "/2027-Q1").singleResult();
        Instant answerBy = ask.getDueDate().toInstant();
        // five team working days after the email lands: a week on, at the least
        assertThat(answerBy).isAfterOrEqualTo(lands.plus(Duration.ofDays(7)).minus(Duration.ofHours(12)));
        LocalDate answerDay = answerBy.atZone(MOSCOW).toLocalDate();
        assertThat(email.body()).as("the email asks for that day").contains(answerDay.getDayOfMonth() + " January 2027");
    }
}
