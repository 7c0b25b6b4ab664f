package io.meridian.inquiry;

import static io.meridian.testsupport.ClientDays.LOS_ANGELES_EVENING;
import static io.meridian.testsupport.ClientDays.TOKYO_MORNING;
import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.system.InvalidInputException;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quote's validity date lies after the client's today, not the server's UTC date: the acceptance treats the quote
 * as valid through the end of that day in the client's clock, and the reply is checked by the same clock.
 */
@MeridianTest
class QuoteValidityTest {


    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRefuseAValidityDateThatIsAlreadyTodayForATokyoClient() {
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));
        // no time zone of its own: the one the etiquette gives Japan
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("JP", "valid-today-tokyo@example.com"));
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_VALID_UNTIL, "2027-01-13");

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), quote)).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("quoteValidUntil 2027-01-13 is not in the future (today is Wed 13 Jan 2027 in the client's time zone Asia/Tokyo)");
        assertThat(pi).isWaitingAt(Activity.REPLY_TO_INQUIRY);
        quote.put(Var.QUOTE_VALID_UNTIL, "2027-01-14");
        complete(task(pi), quote);
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
    }

    @Test
    void shouldTakeAValidityDateThatIsStillTomorrowForALosAngelesClient() {
        ClockUtil.setCurrentTime(Date.from(LOS_ANGELES_EVENING));
        Map<String, Object> start = startVariables("US", "valid-tomorrow-la@example.com");
        start.put(Var.TIME_ZONE, "America/Los_Angeles");
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, start);
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_VALID_UNTIL, "2027-01-13");

        complete(task(pi), quote);
        runContinuations();
        assertThat(pi).hasPassed(Activity.REPLY_TO_INQUIRY).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }
}
