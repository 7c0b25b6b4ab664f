package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;

import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyFixture;
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
 * A quote's follow-up made on a Japanese client's last day before the year-end closure is due when they are back
 * (io.meridian.process.ClientClosedDue): nobody is told it is late, and no manager gets it, while the client is away.
 */
@MeridianTest
class FollowUpWhileClientClosedEscalationTest {

    /** Mon 28 Dec 2026, 09:00 in Shanghai, 10:00 in Tokyo. */
    static final Instant LAST_DAY = Instant.parse("2026-12-28T01:00:00Z");
    /** Thu 31 Dec 2026, 21:00 in Shanghai: the team's last working hour of the year, the client closed since Tuesday. */
    static final Instant YEAR_END = Instant.parse("2026-12-31T13:00:00Z");

    /** Mon 4 Jan 2027, 18:00 in Shanghai: the client's first day back, the follow-up an hour overdue. */
    static final Instant BACK_AND_LATE = Instant.parse("2027-01-04T10:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(LAST_DAY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    EscalationSweep sweep;

    @Test
    void shouldNotEscalateAQuoteFollowUpToTheManagersWhileTheClientIsClosed() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY,
            JourneyFixture.startVariables("JP", "year-end-escalation@example.com"));
        complete(task(pi), JourneyFixture.quote());
        AsyncContinuations.runAll(engine);
        execute(job(ClientJourney.Activity.FOLLOW_UP_DUE, pi));
        AsyncContinuations.runAll(engine);
        Task followUp = task(pi);
        assertThat(followUp.getTaskDefinitionKey()).isEqualTo(ClientJourney.Activity.FOLLOW_UP_QUOTE);

        // on the team's clock alone it was due on Tue 29 Dec 09:00 and, by New Year's Eve, long overdue: the managers
        // would have been handed a follow-up nobody can answer
        assertThat(sweep.check(YEAR_END).due().stream().filter(e -> e.task().id().equals(followUp.getId())))
            .allSatisfy(e -> {
                assertThat(e.elapsedShare()).isLessThan(1);
                assertThat(e.newActions()).noneMatch(a -> a.action() == EscalationAction.Kind.ESCALATE);
            });
        // once the client is back and the follow-up is late, it goes up as any late task does, its time counted from
        // when the team can reach the client again (Mon 4 Jan, 08:00 in Shanghai)
        assertThat(sweep.check(BACK_AND_LATE).due().stream().filter(e -> e.task().id().equals(followUp.getId())))
            .singleElement().satisfies(e -> {
                assertThat(e.task().start()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
                assertThat(e.elapsedShare()).isGreaterThan(1);
                assertThat(e.newActions()).anyMatch(a -> a.action() == EscalationAction.Kind.ESCALATE);
            });
    }
}
