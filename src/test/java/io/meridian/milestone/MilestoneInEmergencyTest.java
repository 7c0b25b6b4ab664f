package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static io.meridian.testsupport.TaskBriefings.briefing;
import static io.meridian.testsupport.TaskBriefings.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import io.meridian.emergency.EmergencyPlan;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFixture;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * An exception raised while the client is to confirm a key milestone: the emergency's roles name the milestone waiting for the
 * client's confirmation (the exception notice says whether it holds), and a "Confirm the milestone" opened while an emergency
 * runs names the emergency and what the client was told. Before, the order desk saw two tasks with nothing between them.
 */
@MeridianTest
class MilestoneInEmergencyTest {

    /** Monday 11 January 2027, 08:00 in Berlin: the German client's opening. */
    static final Instant BERLIN_OPENS = Instant.parse("2027-01-11T07:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    MilestoneSteps steps;

    @BeforeEach
    void steps() {
        steps = new MilestoneSteps(engine, api);
    }

    @Test
    void shouldNameTheMilestoneAwaitingConfirmationInTheEmergencysTasks() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "ms-emergency@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        String samples = steps.planned(order, "Sample approval", "2027-01-14", "Golden sample signed");
        ClockUtil.setCurrentTime(Date.from(BERLIN_OPENS));
        steps.ask(samples);

        assertThat(api.post("/api/orders/" + order + "/exceptions",
            "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Driver boards arrive a week late\"}", "olivia").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);

        ProcessInstance plan = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(order).singleResult();
        assertThat(briefing(engine, openTask(engine, EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE, plan.getId())))
            .contains("**Key milestone awaiting the client's confirmation:** Sample approval, Thu 14 Jan 2027")
            .contains("the client has its checklist; the order desk's \"Confirm the milestone\" waits for their confirmation")
            .contains("Say in the exception notice whether it still holds");
        assertThat(briefing(engine, openTask(engine, EmergencyPlan.Activity.TALK_TO_SUPPLIER, plan.getId())))
            .contains("**Key milestone awaiting the client's confirmation:** Sample approval")
            .contains("Tell the order desk and sales whether it still holds");
        assertThat(briefing(engine, openTask(engine, OrderMilestone.Activity.CONFIRM_MILESTONE, steps.process(samples).getId())))
            .as("the order desk's open milestone task is told of the emergency too")
            .contains("**Key milestone:** Sample approval")
            .contains("**Emergency open on this order:** production delay: Driver boards arrive a week late. Ask the client whether"
                + " this milestone still holds");
    }

    @Test
    void shouldNameTheEmergencyOpenInConfirmTheMilestone() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "emergency-ms@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        String samples = steps.planned(order, "Sample approval", "2027-01-14", "Golden sample signed");
        assertThat(api.post("/api/orders/" + order + "/exceptions",
            "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port of Ningbo closed by a typhoon\"}", "leo").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);

        ClockUtil.setCurrentTime(Date.from(BERLIN_OPENS));
        steps.ask(samples);

        Task confirm = openTask(engine, OrderMilestone.Activity.CONFIRM_MILESTONE, steps.process(samples).getId());
        assertThat(briefing(engine, confirm)).contains("**Emergency open on this order:** logistics hold: Port of Ningbo closed by a typhoon."
            + " Ask the client whether this milestone still holds before you record their confirmation, in line with what the client"
            + " was last told.", "**Client last told:** nothing yet: no exception notice has gone to the client on the logistics hold:"
            + " Port of Ningbo closed by a typhoon (Sales (sales), \"Inform the client\").");
    }
}
