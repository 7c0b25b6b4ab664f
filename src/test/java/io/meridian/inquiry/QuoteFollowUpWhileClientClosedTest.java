package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.quoteFollowUpMadeAt;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quote's follow-up asks the client whether they will order: due 24 hours later in the team's working time, but not
 * on a day the client is closed (Japan's year-end closure, China's Spring Festival), when nobody could answer and the
 * escalation would reach the managers; then when the call window of the client's first working day back ends.
 */
@MeridianTest
class QuoteFollowUpWhileClientClosedTest {

    /** Mon 28 Dec 2026, 10:00 in Tokyo (09:00 in Shanghai): the Japanese client's last day before the year-end closure. */
    static final Instant JP_LAST_DAY = Instant.parse("2026-12-28T01:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(JP_LAST_DAY);

    @Autowired
    ProcessEngine engine;

    @Test
    void aFollowUpOnTheJapaneseClientsLastDayBeforeTheYearEndClosureIsDueWhenTheyAreBack() {
        Task followUp = quoteFollowUpMadeAt(engine, "JP", "year-end-jp@example.com", JP_LAST_DAY);

        // 24 hours in the team's working time would be Tue 29 Dec 09:00 in Shanghai, the closure's first day; the client
        // is back on Mon 4 Jan 2027, whose call window ends at 17:00 in Shanghai (18:00 in Tokyo)
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(briefing(followUp)).contains("**Due:** Mon 4 Jan 2027 17:00 team time (Asia/Shanghai) = Mon 4 Jan 2027 18:00"
            + " client time (Asia/Tokyo), later than the team's own rule gives (Tue 29 Dec 2026 09:00): the client is closed then (Year-end",
            ") and cannot answer, so it is due when the call window of their first working day back, Mon 4 Jan 2027, ends");
    }

    @Test
    void aFollowUpBeforeTheChineseClientsSpringFestivalClosureIsDueWhenTheyAreBack() {
        // Thu 4 Feb 2027, 10:00 in Shanghai: the Spring Festival closes the client from Fri 5 Feb
        Instant made = Instant.parse("2027-02-04T02:00:00Z");
        Task followUp = quoteFollowUpMadeAt(engine, "CN", "spring-festival-cn@example.com", made);

        // the team (in China too) is off from Fri 5 to Mon 8 Feb, so its own rule gives the end of Tue 9 Feb; the client's
        // Chinese New Year closure runs to Fri 12 Feb: due when Mon 15 Feb's call window ends, 18:00 in Shanghai
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-02-15T10:00:00Z"));
        assertThat(briefing(followUp)).contains("**Due:** Mon 15 Feb 2027 18:00 team and client time (Asia/Shanghai), later than the"
            + " team's own rule gives (Tue 9 Feb 2027 22:00): the client is closed then (Chinese New Year, Fri 5 Feb 2027 to Fri 12 Feb 2027)");
    }

    /**
     * Saudi Arabia works Sunday to Thursday (its row of the etiquette table): a follow-up made on Thursday 15 April 2027
     * at 10:00 in Shanghai would fall due 24 hours later, on Friday at 05:00 in Riyadh, their weekend. Nobody answers
     * then; they are back on Sunday, the team's own weekend, so the first call window is Monday's, 09:00–17:00 in
     * Riyadh (14:00–22:00 in Shanghai), and the follow-up is due when it ends.
     */
    @Test
    void aFollowUpThatWouldFallOnTheSaudiClientsWeekendIsDueWhenTheTeamCanCallThemBack() {
        Instant made = Instant.parse("2027-04-15T02:00:00Z");
        Task followUp = quoteFollowUpMadeAt(engine, "SA", "weekend-sa@example.com", made);

        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-04-19T14:00:00Z"));
        assertThat(briefing(followUp)).contains("**Due:** Mon 19 Apr 2027 22:00 team time (Asia/Shanghai) = Mon 19 Apr 2027 17:00"
            + " client time (Asia/Riyadh), later than the team's own rule gives (Fri 16 Apr 2027 10:00): the client is closed then"
            + " (Friday, their weekend: work week SUNDAY-THURSDAY) and cannot answer, so it is due when the team's first call window from"
            + " their first working day back, Sun 18 Apr 2027, ends, on Mon 19 Apr 2027");
    }

    @Test
    void aFollowUpOnAnOrdinaryDayKeepsTheTeamsTwentyFourHours() {
        // Tue 12 Jan 2027, 10:00 in Shanghai: the Japanese client works the next day
        Instant made = Instant.parse("2027-01-12T02:00:00Z");
        Task followUp = quoteFollowUpMadeAt(engine, "JP", "ordinary-jp@example.com", made);

        // Wed 10:00 in Shanghai is 11:00 in Tokyo, inside the client's hours and the team's: the call window keeps the rule
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T02:00:00Z"));
        assertThat(briefing(followUp)).contains("**Due:** Wed 13 Jan 2027 10:00 team time (Asia/Shanghai) = Wed 13 Jan 2027 11:00"
            + " client time (Asia/Tokyo)\n\n").doesNotContain("the team's own rule gives");
    }

    @Test
    void aPaymentChaseOnTheJapaneseClientsLastDayBeforeTheYearEndClosureIsDueWhenTheyAreBack() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY,
            startVariables("JP", "year-end-payment@example.com"));
        complete(task(pi), quote());
        AsyncContinuations.runAll(engine);
        JourneyFixture.clientAccepts(engine, pi);
        // the payment is overdue; the chase comes now, on the client's last day before the closure
        execute(job(Activity.PAYMENT_OVERDUE, pi));
        AsyncContinuations.runAll(engine);
        Task chase = task(Activity.CHASE_PAYMENT, pi);

        assertThat(chase.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(briefing(chase)).contains("later than the team's own rule gives (Tue 29 Dec 2026 09:00): the client is closed then");
    }

    private static String briefing(Task task) {
        return (String) taskService().getVariableLocal(task.getId(), Var.BRIEFING);
    }
}
