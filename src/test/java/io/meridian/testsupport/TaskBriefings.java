package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * An open task of a process instance and the briefing its form shows (the task's local {@code briefing}), as the tests of
 * the order's, the emergency's and the survey's tasks read them.
 */
public final class TaskBriefings {

    private TaskBriefings() {
    }

    /** The open task of that activity in that process instance; the test fails, naming both, if there is none. */
    public static Task openTask(ProcessEngine engine, String activityKey, String processInstanceId) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityKey)
            .singleResult();
        assertThat(task).as("open task " + activityKey + " in process instance " + processInstanceId).isNotNull();
        return task;
    }

    /** The briefing the task's form shows. */
    public static String briefing(ProcessEngine engine, Task task) {
        return (String) engine.getTaskService().getVariableLocal(task.getId(), "briefing");
    }
}
