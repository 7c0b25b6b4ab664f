package io.meridian.escalation;

import io.meridian.escalation.EscalationSweepProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The sweep process's service task: one escalation sweep from the job (each task's level in a
 * transaction of its own), with the engine running the job and Camunda's clock, so tests can move time.
 */
@Component
class SweepEscalationsDelegate implements JavaDelegate {

    private final EscalationSweep sweep;

    SweepEscalationsDelegate(EscalationSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SweepReport report = sweep.sweep(execution.getProcessEngine(), ClockUtil.now().toInstant());
        execution.setVariable(Var.TASKS_CHECKED, report.tasksChecked());
        execution.setVariable(Var.TASKS_ESCALATED, report.tasksEscalated());
        execution.setVariable(Var.TASKS_DEFERRED, report.tasksDeferred());
    }
}
