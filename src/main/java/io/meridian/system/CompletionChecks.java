package io.meridian.system;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Runs the {@link CompletionCheck}s of a user task when it is completed, in the completing
 * transaction, and leaves who completed it in {@link Caller#COMPLETED_BY}. Attached to every user task at
 * deployment; the checks are looked up when a task completes (they are Spring beans that may need the
 * engine, which is not built yet at deployment).
 */
class CompletionChecks extends AbstractBpmnParseListener {

    private final ObjectProvider<CompletionCheck> checks;

    CompletionChecks(ObjectProvider<CompletionCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
            return;
        }
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        String taskId = activity.getId();
        TaskListener listener = task -> {
            List<CompletionCheck> mine = checks.orderedStream()
                .filter(c -> c.processKey().equals(processKey) && c.userTasks().contains(taskId)).toList();
            // a refusal names the variables; a submitted form's answer puts the form's labels in (FormRefusal)
            for (CompletionCheck check : mine) {
                check.check(task);
            }
            // who did the work, for the client email that follows it: the user completing it, else the assignee
            String who = Caller.completing(task);
            if (who != null) {
                task.getExecution().getProcessInstance().setVariable(Caller.COMPLETED_BY, who);
            } else if (task.getExecution().getProcessInstance().hasVariable(Caller.COMPLETED_BY)) {
                task.getExecution().getProcessInstance().removeVariable(Caller.COMPLETED_BY);
            }
        };
        userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
    }
}
