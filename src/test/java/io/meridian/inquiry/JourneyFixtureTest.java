package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JourneyFixture}'s client answers and messages reach a quoted journey as the client's messages and move it on. */
@MeridianTest
class JourneyFixtureTest {

    /** A Monday morning in Shanghai. */
    static final Instant START = Instant.parse("2027-01-11T02:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(START);

    @Test
    void shouldAcceptAndThenPayTheQuoteInFullNow() {
        ProcessInstance journey = quoted("fixture-accepts@example.com");

        JourneyFixture.clientAccepts(processEngine(), journey);
        assertThat(journey).isWaitingAt(Activity.PAYMENT_RECEIVED).variables().containsEntry(Var.CLIENT_DECISION, "ACCEPTED");

        JourneyFixture.clientPays(processEngine(), journey);
        assertThat(journey).isWaitingAt(Activity.CONFIRM_ORDER).variables()
            .containsEntry(Var.PAYMENT_AMOUNT, 6250.0).containsEntry(Var.PAYMENT_RECEIVED_AT, Date.from(START))
            .doesNotContainKey(Var.PAYMENT_CURRENCY);
    }

    @Test
    void shouldPayInTheCurrencyNamed() {
        ProcessInstance journey = quoted("fixture-pays-usd@example.com");
        JourneyFixture.clientAccepts(processEngine(), journey);

        JourneyFixture.clientPays(processEngine(), journey, "USD");
        assertThat(journey).isWaitingAt(Activity.CONFIRM_ORDER).variables()
            .containsEntry(Var.PAYMENT_AMOUNT, 6250.0).containsEntry(Var.PAYMENT_CURRENCY, "USD");
    }

    @Test
    void shouldDeclineForTheObjectionNamed() {
        ProcessInstance journey = quoted("fixture-declines@example.com");

        JourneyFixture.clientDeclines(processEngine(), journey, ClientJourney.Objection.PRICE);
        assertThat(journey).isWaitingAt(Activity.HANDLE_OBJECTION).variables()
            .containsEntry(Var.CLIENT_DECISION, "DECLINED").containsEntry(Var.OBJECTION, "PRICE");
    }

    @Test
    void shouldCorrelateAMessageWithItsVariableAndRunTheStepsThatFollow() {
        ProcessInstance journey = quoted("fixture-correlates@example.com");

        JourneyFixture.correlate(processEngine(), journey, ClientJourney.Message.CLIENT_RESPONSE, Var.CLIENT_DECISION, "ACCEPTED");
        assertThat(journey).isWaitingAt(Activity.PAYMENT_RECEIVED).variables().containsEntry(Var.CLIENT_DECISION, "ACCEPTED");
    }

    private ProcessInstance quoted(String email) {
        ProcessInstance journey = processEngine().getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", email));
        complete(task(journey), quote());
        AsyncContinuations.runAll(processEngine());
        assertThat(journey).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
        return journey;
    }
}
