package io.meridian.complaint;

import java.time.Instant;

import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.inquiry.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The client confirmed: the complaint is resolved and the client receives the closing report (DOMAIN.md, seed 003). */
@Component
class CloseComplaintDelegate implements JavaDelegate {

    private final ComplaintLedger complaints;
    private final ComplaintMail mail;

    CloseComplaintDelegate(ComplaintLedger complaints, ComplaintMail mail) {
        this.complaints = complaints;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        complaints.resolved(execution.getProcessBusinessKey(), now);
        mail.toClient(execution, "Closing report",
            "Thank you for confirming that the matter is solved. For your records:\n\n"
                + "- Your complaint: " + ProcessValues.requiredText(execution, Var.DESCRIPTION) + "\n"
                + "- What we found: " + ProcessValues.requiredText(execution, Var.DIAGNOSIS) + "\n"
                + "- Interim solution: " + ProcessValues.requiredText(execution, Var.INTERIM_SOLUTION) + "\n"
                + "- Root cause: " + ProcessValues.requiredText(execution, Var.ROOT_CAUSE) + "\n"
                + "- Permanent fix: " + ProcessValues.requiredText(execution, Var.CORRECTIVE_ACTION) + "\n\n"
                + "We keep every complaint on record and review them to improve.", now);
    }
}
