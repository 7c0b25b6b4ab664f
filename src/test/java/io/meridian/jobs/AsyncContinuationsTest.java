package io.meridian.jobs;

import java.util.Map;

import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tests' stand-in for the job executor: it runs the asynchronous continuations a step leaves (and those they
 * leave in turn, in called instances too), never a timer, and stops with an error where continuations never end.
 */
@MeridianTest
class AsyncContinuationsTest {

    private static final String KEY = "asyncContinuationsTest";
    private static final String CALLER = "asyncContinuationsTestCaller";

    @Autowired
    ProcessEngine engine;

    private Deployment deployment;

    @BeforeEach
    void deploy() {
        BpmnModelInstance steps = Bpmn.createExecutableProcess(KEY).startEvent()
            .exclusiveGateway("again")
            .serviceTask("first").camundaAsyncBefore().camundaExpression("${execution.setVariable('first', true)}")
            .serviceTask("second").camundaAsyncBefore().camundaExpression("${execution.setVariable('second', true)}")
            .exclusiveGateway("loop")
            .condition("forever", "${forever}").connectTo("again")
            .moveToNode("loop").condition("once", "${!forever}")
            .intermediateCatchEvent("later").timerWithDuration("PT1H")
            .endEvent().done();
        BpmnModelInstance caller = Bpmn.createExecutableProcess(CALLER).startEvent()
            .callActivity("call").calledElement(KEY).camundaAsyncBefore().camundaIn("forever", "forever")
            .endEvent().done();
        deployment = engine.getRepositoryService().createDeployment().name(KEY)
            .addModelInstance(KEY + ".bpmn", steps).addModelInstance(CALLER + ".bpmn", caller).deploy();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void shouldRunEveryContinuationAndLeaveTheTimer() {
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, Map.of("forever", false));
        assertThat(runtime.getVariable(pi.getId(), "first")).as("waits for the job executor").isNull();

        AsyncContinuations.runAll(engine);

        assertThat(runtime.getVariables(pi.getId())).containsEntry("first", true).containsEntry("second", true);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).activityIdIn("later").count())
            .as("the timer is the test's to fire").isOne();
    }

    @Test
    void shouldRunTheContinuationsOfAnInstanceAndOfTheInstancesItCalls() {
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance pi = runtime.startProcessInstanceByKey(CALLER, Map.of("forever", false));

        assertThat(AsyncContinuations.run(engine, pi.getId())).as("the call, then the called instance's two steps").isEqualTo(3);

        ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        assertThat(runtime.getVariables(called.getId())).containsEntry("first", true).containsEntry("second", true);
    }

    @Test
    void shouldStopWhereContinuationsNeverEnd() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("forever", true));

        assertThatThrownBy(() -> AsyncContinuations.runAll(engine)).isInstanceOf(IllegalStateException.class)
            .hasMessage("continuations keep coming after 100 rounds");
        assertThatThrownBy(() -> AsyncContinuations.run(engine, pi.getId())).isInstanceOf(IllegalStateException.class)
            .hasMessage("process instance " + pi.getId() + " keeps making continuations");
    }
}
