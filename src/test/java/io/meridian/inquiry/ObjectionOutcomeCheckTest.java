package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.clientDeclines;
import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.system.InvalidInputException;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Handle objection" completed over engine-rest without an outcome, or with one the form does not offer, is refused
 * naming objectionOutcome and its choices, where the gateway after it found no way on and the caller got a 500.
 */
@MeridianTest
class ObjectionOutcomeCheckTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void shouldRefuseAnObjectionHandledWithoutAnOutcome() {
        ProcessInstance pi = declined("no-outcome@example.com");

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of())).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("objectionOutcome is required (\"Outcome\"): choose \"Revise the quote and send it again\","
                + " \"Close as lost\" or \"Agree a next date and wait for the client (decision delay)\"");
        assertThat(pi).isWaitingAt(Activity.HANDLE_OBJECTION);
    }

    @Test
    void shouldRefuseAnOutcomeTheFormDoesNotOffer() {
        ProcessInstance pi = declined("unknown-outcome@example.com");

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), withVariables(Var.OBJECTION_OUTCOME, "WAIT")))
            .hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("unknown objectionOutcome 'WAIT' (\"Outcome\"): one of REVISE (\"Revise the quote and send it again\")");
        assertThat(pi).isWaitingAt(Activity.HANDLE_OBJECTION);
    }

    @Test
    void shouldTakeAnOutcomeWrittenInSmallLetters() {
        ProcessInstance pi = declined("small-letters@example.com");

        complete(task(pi), withVariables(Var.OBJECTION_OUTCOME, "lost"));
        assertThat(pi).hasPassed(Activity.HANDLE_OBJECTION).isEnded();
    }

    private ProcessInstance declined(String email) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", email));
        complete(task(pi), quote());
        AsyncContinuations.runAll(engine);
        clientDeclines(engine, pi, ClientJourney.Objection.PRICE);
        assertThat(pi).isWaitingAt(Activity.HANDLE_OBJECTION);
        return pi;
    }
}
