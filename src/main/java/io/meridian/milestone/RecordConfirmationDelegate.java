package io.meridian.milestone;

import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The client confirmed the checklist: the ledger keeps when, who and what they added. */
@Component
class RecordConfirmationDelegate implements JavaDelegate {

    private final Milestones milestones;

    RecordConfirmationDelegate(Milestones milestones) {
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        milestones.confirmed(ProcessValues.requiredText(execution, Var.MILESTONE_ID), ClockUtil.now().toInstant(),
            ProcessValues.text(execution, Var.CONFIRMED_BY), ProcessValues.text(execution, Var.CONFIRMATION_NOTE));
    }
}
