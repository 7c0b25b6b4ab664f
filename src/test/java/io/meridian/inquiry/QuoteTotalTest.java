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
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quote goes to the client only with a total an order can hold: a unit price typed as 1e400 went out in the quote
 * email with a four-hundred-digit total, and the client's acceptance then failed with a 500 opening the order.
 */
@MeridianTest
class QuoteTotalTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void shouldRefuseAUnitPriceWhoseTotalNoOrderCanHold() {
        // started by the shop, as in the walk-through: the inquiry's quantity is in its ledger, no variable of the completion
        String inquiry = api.post("/api/inquiries", """
            {"client": {"company": "Weber GmbH", "contactName": "Jana Weber", "email": "total-too-large@example.com", "country": "DE"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500}}""", "shop").getBody().path("id").asText();
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processDefinitionKey(ClientJourney.KEY)
            .processInstanceBusinessKey(inquiry).singleResult();
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_UNIT_PRICE, "1e400");

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), quote)).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("quoteUnitPrice 1E+400 USD for the 500 pieces asked makes a total of more than 17 digits"
                + " before the point, more than an order can hold: check the unit price");
        assertThat(pi).isWaitingAt(Activity.REPLY_TO_INQUIRY);
    }

    @Test
    void shouldRefuseAUnitPriceWhoseTotalRoundsToNothing() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", "total-nothing@example.com"));
        Map<String, Object> quote = quote();
        quote.put(Var.QUOTE_UNIT_PRICE, 0.000001);

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), quote)).hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("makes a total of 0.00 USD once rounded to the currency's decimals: nothing to pay");
        assertThat(pi).isWaitingAt(Activity.REPLY_TO_INQUIRY);
    }

    @Test
    void shouldTakeTheLargestTotalAnOrderHolds() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", "total-largest@example.com"));
        Map<String, Object> quote = quote();
        // 500 × 199,999,999,999,999.99 = 99,999,999,999,999,995.00: seventeen digits before the point
        quote.put(Var.QUOTE_UNIT_PRICE, "199999999999999.99");

        complete(task(pi), quote);
        AsyncContinuations.runAll(engine);
        assertThat(pi).hasPassed(Activity.REPLY_TO_INQUIRY).isWaitingAt(Activity.AWAIT_CLIENT_RESPONSE);
    }
}
