package io.meridian.complaint;

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
        switch (execution.getCurrentActivityId()) {
            case Activity.SEND_ACKNOWLEDGEMENT -> update(execution, "We have received your complaint",
                text(execution, Var.ACKNOWLEDGEMENT)
                    + "\n\nWe are now finding out exactly what happened and will tell you what we found.",
                ComplaintRecord.Status.ACKNOWLEDGED);
            case Activity.SEND_DIAGNOSIS -> update(execution, "What we found",
                text(execution, Var.DIAGNOSIS)
                    + "\n\nNext we will put an interim solution in place while we fix the cause.",
                ComplaintRecord.Status.DIAGNOSED);
            case Activity.SEND_INTERIM_SOLUTION -> update(execution, "Interim solution",
                text(execution, Var.INTERIM_SOLUTION)
                    + "\n\nWe are fixing the root cause so that it does not happen again.",
                ComplaintRecord.Status.INTERIM_SOLUTION);
            case Activity.SEND_ROOT_CAUSE_FIX -> update(execution, "Root cause and permanent fix: are you satisfied?",
                "The root cause: " + text(execution, Var.ROOT_CAUSE)
                    + "\n\nWhat we changed: " + text(execution, Var.CORRECTIVE_ACTION)
                    + "\n\nPlease tell us whether this solves the problem for you. If it does not, we reopen the matter at once.",
                ComplaintRecord.Status.ROOT_CAUSE_FIXED);
            default -> throw new IllegalStateException("no client update is defined for activity " + execution.getCurrentActivityId());
        }
    }

    private void update(DelegateExecution execution, String subject, String body, ComplaintRecord.Status reached) {
        mail.toClient(execution, subject, body, ClockUtil.now().toInstant());
        complaints.status(execution.getProcessBusinessKey(), reached);
    }

    private static String text(DelegateExecution execution, String variable) {
        return ProcessValues.requiredText(execution, variable);
    }
}
