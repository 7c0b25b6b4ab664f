package io.meridian.meeting;

import io.meridian.meeting.NegotiationMeeting.Activity;
import io.meridian.meeting.NegotiationMeeting.Var;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The 24 hours for the minutes are over and they have not gone out: the meeting is marked late and
 * managers join the task, so someone steps in (the escalation sweep reminds as for any late task).
 */
@Component
class FlagLateMinutesDelegate implements JavaDelegate {

    static final String MANAGERS = "managers";

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Var.MINUTES_LATE, true);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Activity.WRITE_MINUTES).list()) {
            tasks.addCandidateGroup(task.getId(), MANAGERS);
            tasks.createComment(task.getId(), execution.getProcessInstanceId(),
                "The minutes were due within 24 hours of the talk and have not gone out: managers added.");
        }
    }
}
