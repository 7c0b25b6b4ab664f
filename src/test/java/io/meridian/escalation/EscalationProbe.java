package io.meridian.escalation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.process.RoundTheClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A one-task process for the escalation tests (a {@value #KIND} task of group sales, due at the
 * process variable {@code due}), with the controlled clock they drive it by: tasks start at
 * {@link #T0}, sweeps run some hours later.
 */
final class EscalationProbe {

    /** Before any other test's tasks were created, so the sweep sees only the probe's tasks. */
    static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    static final String PROBE = "escalationProbe";
    static final String KIND = "replyToInquiry";

    private final ProcessEngine engine;

    /** Deploys the probe process once per engine and points camunda-bpm-assert at the engine. */
    EscalationProbe(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
            engine.getRepositoryService().createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn",
                Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
                    .userTask(KIND).name("Reply to inquiry").camundaCandidateGroups("sales").camundaDueDate("${due}")
                    .endEvent().done()).deploy();
        }
    }

    /** Puts the clock back and deletes every probe instance. */
    void cleanUp() {
        ClockUtil.reset();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROBE).list()
            .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done"));
    }

    /**
     * Starts a probe task at {@link #T0}, due {@code dueIn} later, with the given process variables, on the 7×24 clock
     * ({@link RoundTheClock}): the tests of the sweep's workings (once per level, emails, comments, two nodes) count
     * hours as they pass; {@link #startTaskInWorkingTime} for the team's working time.
     */
    String startTask(Map<String, Object> variables, Duration dueIn) {
        String task = startTaskInWorkingTime(variables, T0, T0.plus(dueIn));
        engine.getTaskService().setVariableLocal(task, RoundTheClock.VARIABLE, true);
        return task;
    }

    /** Starts a probe task at {@code at}, due at {@code due}, whose escalation counts the team's working time. */
    String startTaskInWorkingTime(Map<String, Object> variables, Instant at, Instant due) {
        ClockUtil.setCurrentTime(Date.from(at));
        Map<String, Object> all = new HashMap<>(variables);
        all.put("due", Date.from(due));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(PROBE, all);
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    }

    /** One sweep as the job executor runs it: a sweep instance and its job, at {@code T0 + after}. */
    void sweepAt(Duration after) {
        ClockUtil.setCurrentTime(Date.from(T0.plus(after)));
        ProcessInstance run = engine.getRuntimeService().startProcessInstanceByKey(EscalationSweepProcess.KEY);
        execute(job(run));
        assertThat(run).isEnded();
    }

    List<String> comments(String task) {
        return engine.getTaskService().getTaskComments(task).stream().map(Comment::getFullMessage).toList();
    }

    List<String> candidateGroups(String task) {
        return engine.getTaskService().getIdentityLinksForTask(task).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList();
    }
}
