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

    /**
     * A quote that ends on a day the client does not work (a Saudi client's Friday, a Japanese public holiday) leaves them
     * no working day to accept on its last day: refused, naming the client's next working day from their calendar.
     */
    @Test
    void shouldRefuseAValidityDateOnTheClientsWeekendOrHolidayNamingTheirNextWorkingDay() {
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));
        ProcessInstance riyadh = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("SA", "valid-friday-riyadh@example.com"));
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_VALID_UNTIL, "2027-01-22");

        assertThatThrownBy(() -> taskService().complete(task(riyadh).getId(), quote)).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("quoteValidUntil 2027-01-22 is a Friday, not a working day of the client in SA")
            .hasMessageContaining("the next is Sun 24 Jan 2027");
        assertThat(riyadh).isWaitingAt(Activity.REPLY_TO_INQUIRY);
        quote.put(Var.QUOTE_VALID_UNTIL, "2027-01-24");
        complete(task(riyadh), quote);
        runContinuations();
        assertThat(riyadh).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);

        // National Foundation Day, a Thursday (Act on National Holidays, Japan)
        ProcessInstance tokyo = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("JP", "valid-holiday-tokyo@example.com"));
        quote.put(Var.QUOTE_VALID_UNTIL, "2027-02-11");
        assertThatThrownBy(() -> taskService().complete(task(tokyo).getId(), quote)).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("quoteValidUntil 2027-02-11 is ").hasMessageContaining("the next is Fri 12 Feb 2027");
        assertThat(tokyo).isWaitingAt(Activity.REPLY_TO_INQUIRY);
    }

    /**
     * The quote's total and the order an acceptance opens are for the quantity asked: an MOQ above it is refused, naming
     * both, where the client read "Quantity 500, MOQ 600" and an order below the team's minimum opened without a word.
     */
    @Test
    void shouldRefuseAnMoqAboveTheQuantityTheClientAskedFor() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", "moq-above@example.com"));
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_MOQ, 600L);

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), quote)).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("quoteMoq 600 is more than the 500 pieces the client asked for")
            .hasMessageContaining("quote an MOQ of at most 500");
        assertThat(pi).isWaitingAt(Activity.REPLY_TO_INQUIRY);
        quote.put(Var.QUOTE_MOQ, 500L);
        complete(task(pi), quote);
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }
}
