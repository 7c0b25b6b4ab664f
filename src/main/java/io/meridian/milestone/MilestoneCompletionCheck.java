package io.meridian.milestone;

import java.util.Set;

import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The milestone task is completed only once the client has confirmed the checklist: an open one stays open and escalates. */
@Component
class MilestoneCompletionCheck implements CompletionCheck {

    static final int MAX_TEXT = 4000;

    @Override
    public String processKey() {
        return OrderMilestone.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.CONFIRM_MILESTONE);
    }

    @Override
    public void check(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(Var.CLIENT_CONFIRMED))) {
            throw new InvalidInputException(Var.CLIENT_CONFIRMED, Var.CLIENT_CONFIRMED
                + " must be true: complete the task once the client has confirmed the checklist (until then it stays open and escalates)");
        }
        Object note = task.getVariable(Var.CONFIRMATION_NOTE);
        if (note != null && note.toString().length() > MAX_TEXT) {
            throw new InvalidInputException(Var.CONFIRMATION_NOTE, Var.CONFIRMATION_NOTE + " is longer than " + MAX_TEXT + " characters");
        }
    }
}
