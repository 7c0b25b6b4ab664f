package io.meridian.inquiry;

import io.meridian.jobs.AsyncContinuations;
import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;

import io.meridian.etiquette.EtiquetteService;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How often one journey step asks the etiquette table: the clocks work from the etiquette
 * decided once, so a step asks at most once per rules version, country, tier and local date.
 * Each test uses a day no other test uses, so no earlier decision is remembered.
 */
@MeridianTest
class EtiquetteDecisionCountTest {

    @Autowired
    org.camunda.bpm.engine.ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }

    private static final Logger log = LoggerFactory.getLogger(EtiquetteDecisionCountTest.class);

    @Autowired
    ProcessEngine engine;
    @Autowired
    EtiquetteService etiquette;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anInquiryAndItsQuoteAskTheEtiquetteTableOnceEach() {
        BpmnAwareTests.init(engine);
        // a New York client in winter: the case that used to scan many days for a window
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2029-01-16T03:00:00Z")));
        long before = etiquette.evaluations();
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY,
            startVariables("US", "count@example.com"));
        long start = etiquette.evaluations() - before;
        BpmnAwareTests.assertThat(pi).isWaitingAt(Activity.REPLY_TO_INQUIRY);

        long beforeQuote = etiquette.evaluations();
        complete(task(pi), quote());
        runContinuations();
        long quoteSent = etiquette.evaluations() - beforeQuote;
        BpmnAwareTests.assertThat(pi).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);

        log.info("Etiquette table runs: {} for starting the inquiry, {} for sending the quote", start, quoteSent);
        assertThat(start).as("etiquette decisions to start an inquiry").isLessThanOrEqualTo(1);
        assertThat(quoteSent).as("etiquette decisions to send a quote").isLessThanOrEqualTo(1);
    }
}
