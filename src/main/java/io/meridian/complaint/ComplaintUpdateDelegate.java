package io.meridian.complaint;

import java.time.Instant;

import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.inquiry.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After each stage of a complaint, the client hears where it stands, in the words the person who
 * did the stage wrote: the acknowledgement, the diagnosis, the interim solution, the root cause
 * with its permanent fix (and the request to confirm). The ledger follows the stage.
 */
@Component
class ComplaintUpdateDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final ComplaintLedger complaints;

    ComplaintUpdateDelegate(ComplaintMail mail, ComplaintLedger complaints) {
        this.mail = mail;
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String id = execution.getProcessBusinessKey();
        switch (execution.getCurrentActivityId()) {
            case Activity.SEND_ACKNOWLEDGEMENT -> {
                mail.toClient(execution, "We have received your complaint",
                    ProcessValues.requiredText(execution, Var.ACKNOWLEDGEMENT)
                        + "\n\nWe are now finding out exactly what happened and will tell you what we found.", now);
                complaints.status(id, ComplaintRecord.Status.ACKNOWLEDGED);
            }
            case Activity.SEND_DIAGNOSIS -> {
                mail.toClient(execution, "What we found",
                    ProcessValues.requiredText(execution, Var.DIAGNOSIS)
                        + "\n\nNext we will put an interim solution in place while we fix the cause.", now);
                complaints.status(id, ComplaintRecord.Status.DIAGNOSED);
            }
            case Activity.SEND_INTERIM_SOLUTION -> {
                mail.toClient(execution, "Interim solution",
                    ProcessValues.requiredText(execution, Var.INTERIM_SOLUTION)
                        + "\n\nWe are fixing the root cause so that it does not happen again.", now);
                complaints.status(id, ComplaintRecord.Status.INTERIM_SOLUTION);
            }
            case Activity.SEND_ROOT_CAUSE_FIX -> {
                mail.toClient(execution, "Root cause and permanent fix: are you satisfied?",
                    "The root cause: " + ProcessValues.requiredText(execution, Var.ROOT_CAUSE)
                        + "\n\nWhat we changed: " + ProcessValues.requiredText(execution, Var.CORRECTIVE_ACTION)
                        + "\n\nPlease tell us whether this solves the problem for you. If it does not, we reopen the matter at once.", now);
                complaints.status(id, ComplaintRecord.Status.ROOT_CAUSE_FIXED);
            }
            default -> throw new IllegalStateException("no client update is defined for activity " + execution.getCurrentActivityId());
        }
    }
}
