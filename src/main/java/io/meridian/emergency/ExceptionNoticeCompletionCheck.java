package io.meridian.emergency;

import java.util.Set;

import io.meridian.process.ClientClocks;
import io.meridian.system.Caller;
import io.meridian.system.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * An exception notice goes out only with its cause, solution and expected recovery (not before today in the client's desk's
 * clock); the plan keeps who wrote it ({@link EmergencyPlan.Var#NOTICE_WRITTEN_BY}) for its signature.
 */
@Component
class ExceptionNoticeCompletionCheck implements CompletionCheck {

    private final ClientClocks clocks;

    ExceptionNoticeCompletionCheck(ClientClocks clocks) {
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
        MailExceptionNoticeDelegate.notice(task.getExecution(), clocks.team(task.getExecution()).zone(),
            clocks.today(task.getExecution(), org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant()));
        task.getExecution().getProcessInstance().setVariable(EmergencyPlan.Var.NOTICE_WRITTEN_BY, Caller.completing(task));
    }
}
