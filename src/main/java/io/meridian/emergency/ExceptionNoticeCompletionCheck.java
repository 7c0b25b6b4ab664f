package io.meridian.emergency;

import java.util.Set;

import io.meridian.process.TaskClocks;
import io.meridian.system.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** An exception notice goes out only with its cause, solution and expected recovery. */
@Component
class ExceptionNoticeCompletionCheck implements CompletionCheck {

    private final TaskClocks clocks;

    ExceptionNoticeCompletionCheck(TaskClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public String processKey() {
        return EmergencyPlan.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE);
    }

    @Override
    public void check(DelegateTask task) {
        MailExceptionNoticeDelegate.notice(task.getExecution(), clocks.teamZone());
    }
}
