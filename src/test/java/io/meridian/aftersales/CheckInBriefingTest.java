package io.meridian.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.inquiry.JourneyFixture;
import io.meridian.order.OrderFixture;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The after-sales check-in's form says what to ask and of what: the order and its delivery, the three questions with their
 * scales, and for a client who gives feedback indirectly (Japan) how to ask. It said "Ask the client how it went: NPS, CSAT
 * and CES" and showed the inquiry's request, not the order delivered.
 */
@MeridianTest
class CheckInBriefingTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldNameTheOrderDeliveredTheQuestionsAndForAnIndirectClientHowToAsk() {
        ProcessInstance japanese = OrderFixture.deliveredOrder(engine, api, JourneyFixture.startVariables("JP", "checkin-brief@jp.example"));
        String briefing = checkInBriefing(japanese);
        assertThat(briefing).contains("**Check-in:** order " + OrderFixture.orderNumber(engine, japanese) + " was delivered ",
            "how likely they are to recommend us to other companies or business partners (NPS, 0 = not at all, 10 = extremely likely)",
            "(CES, 1 = very little, 7 = a great deal)", "**Ask indirectly:** ", "never in front of their colleagues");

        ProcessInstance german = OrderFixture.deliveredOrder(engine, api, JourneyFixture.startVariables("DE", "checkin-brief@de.example"));
        assertThat(checkInBriefing(german)).contains("**Check-in:** order " + OrderFixture.orderNumber(engine, german))
            .as("a client who says what they think is asked straight").doesNotContain("**Ask indirectly:**");
    }

    private String checkInBriefing(ProcessInstance journey) {
        Task checkIn = engine.getTaskService().createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey("afterSalesCheckIn")
            .singleResult();
        return (String) engine.getTaskService().getVariableLocal(checkIn.getId(), "briefing");
    }
}
