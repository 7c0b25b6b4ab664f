package io.meridian.emergency;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static io.meridian.testsupport.TaskBriefings.briefing;
import static io.meridian.testsupport.TaskBriefings.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import io.meridian.emergency.EmergencyPlan.Activity;
import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFixture;
import io.meridian.order.OrderFulfilment;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Every open task of an order names what the client was told last about its emergencies, and when: a notice that goes writes
 * it anew on each, where the forms kept what they were made with ("no exception notice yet", or the first emergency's date
 * while a second notice had told the client another).
 */
@MeridianTest
class ClientLastToldTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldNameTheLastNoticeAndWhenOnEveryOpenTaskOfTheOrder() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "last-told@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        Task production = openTask(engine, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment.getId());

        ProcessInstance delay = raise(order, "PRODUCTION_DELAY", "Driver boards arrive a week late", "olivia");
        assertThat(briefing(engine, production)).as("the order desk's open task, made before the emergency, names it at once")
            .containsOnlyOnce(ClientTold.HEAD)
            .contains("**Client last told:** nothing yet: no exception notice has gone to the client on the production delay:"
                + " Driver boards arrive a week late");
        later(Duration.ofMinutes(40));
        inform(delay, "The board supplier is a week late", "Air freight for the boards", "2027-01-25");
        String first = "**Client last told:** the exception notice of Mon 11 Jan 2027 10:40 team time (Asia/Shanghai) = Mon 11 Jan"
            + " 2027 03:40 client time (Europe/Berlin), on the production delay: Driver boards arrive a week late: cause: The board"
            + " supplier is a week late; solution: Air freight for the boards; expected recovery: 2027-01-25. Keep to it with the client.";
        assertThat(briefing(engine, production)).as("the order desk's open task made before the notice").contains(first);
        assertThat(briefing(engine, openTask(engine, Activity.TALK_TO_SUPPLIER, delay.getId()))).as("the plan's own other roles").contains(first);

        // a second emergency: its client role reads the first notice before writing its own
        later(Duration.ofHours(2));
        ProcessInstance hold = raise(order, "LOGISTICS_HOLD", "Port of Ningbo closed by a typhoon", "leo");
        assertThat(briefing(engine, openTask(engine, Activity.SEND_EXCEPTION_NOTICE, hold.getId()))).contains(first);
        later(Duration.ofMinutes(30));
        inform(hold, "The port is closed by a typhoon", "The next vessel from Shanghai", "2027-02-01");

        String second = "**Client last told:** the exception notice of Mon 11 Jan 2027 13:10 team time (Asia/Shanghai) = Mon 11 Jan"
            + " 2027 06:10 client time (Europe/Berlin), on the logistics hold: Port of Ningbo closed by a typhoon: cause: The port is"
            + " closed by a typhoon; solution: The next vessel from Shanghai; expected recovery: 2027-02-01. Keep to it with the client.";
        for (Task open : engine.getTaskService().createTaskQuery().processVariableValueEquals("orderId", order).list()) {
            assertThat(briefing(engine, open)).as(open.getName()).contains(second).doesNotContain(first)
                .containsOnlyOnce(ClientTold.HEAD);
        }
        assertThat(briefing(engine, openTask(engine, Activity.DESIGN_FIX, delay.getId()))).as("the first emergency's fix, still open").contains(second);
    }

    /**
     * The first emergency of an order: its own roles' tasks are made with the plan, before the plan is in history, and showed
     * no "Client last told" at all, where the second plan's roles did; they say no notice has gone yet, and who sends it.
     */
    @Test
    void shouldSayNothingWasToldYetOnTheFirstPlansOwnRoles() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "first-plan@weber.example"), "2027-02-22");
        ProcessInstance delay = raise(OrderFixture.orderId(engine, journey), "PRODUCTION_DELAY", "Driver boards arrive late", "olivia");

        for (String role : new String[] {Activity.SEND_EXCEPTION_NOTICE, Activity.TALK_TO_SUPPLIER}) {
            assertThat(briefing(engine, openTask(engine, role, delay.getId()))).as(role).containsOnlyOnce(ClientTold.HEAD)
                .contains("**Client last told:** nothing yet: no exception notice has gone to the client on the production delay:"
                    + " Driver boards arrive late");
        }
    }

    private ProcessInstance raise(String order, String kind, String description, String user) {
        assertThat(api.post("/api/orders/" + order + "/exceptions",
            "{\"kind\": \"" + kind + "\", \"description\": \"" + description + "\"}", user).getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(order).variableValueEquals(Var.DESCRIPTION, description).singleResult();
    }

    private void inform(ProcessInstance plan, String cause, String solution, String recovery) {
        engine.getTaskService().complete(openTask(engine, Activity.SEND_EXCEPTION_NOTICE, plan.getId()).getId(),
            Map.of(Var.CAUSE, cause, Var.SOLUTION, solution, Var.EXPECTED_RECOVERY, recovery));
        AsyncContinuations.runAll(engine);
    }

    private void later(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }
}
