package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

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
 * The quote's texts are refused naming the field when longer than the form takes, where product parameters of 4,100
 * characters failed "Reply to inquiry" in the database ("An exception occurred in the persistence layer", a 500).
 */
@MeridianTest
class QuoteTextLengthTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void shouldRefuseQuoteTextsLongerThanTheFormTakes() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("US", "long-quote@example.com"));
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_PRODUCT_PARAMETERS, "x".repeat(4100));
        quote.put(Var.QUOTE_PAYMENT_TERMS, "y".repeat(501));
        quote.put(Var.QUOTE_PORT_OF_LOADING, "z".repeat(201));

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), quote)).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("quoteProductParameters is longer than 2000 characters")
            .hasMessageContaining("quotePaymentTerms is longer than 500 characters")
            .hasMessageContaining("quotePortOfLoading is longer than 200 characters");
        assertThat(pi).isWaitingAt(Activity.REPLY_TO_INQUIRY);
    }

    @Test
    void shouldTakeTheLongestQuoteTheFormTakes() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("US", "longest-quote@example.com"));
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_PRODUCT_PARAMETERS, "x".repeat(2000));
        quote.put(Var.QUOTE_PAYMENT_TERMS, "y".repeat(500));
        quote.put(Var.QUOTE_PORT_OF_LOADING, "z".repeat(200));

        complete(task(pi), quote);
        AsyncContinuations.runAll(engine);
        assertThat(pi).hasPassed(Activity.REPLY_TO_INQUIRY).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
    }
}
