package io.meridian.complaint;

import java.time.Instant;
import java.util.List;

import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.inquiry.ClientClocks;
import io.meridian.inquiry.ProcessValues;
import io.meridian.outbox.Outbox;
import io.meridian.system.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The messages of a complaint, planned in the outbox in the step's transaction: an update to the
 * client at every stage, and the crisis alert to the managers (internal, due at once). A crisis
 * runs 7×24, so its updates go at once; any other update lands in the client's business hours
 * (at once when they are open), like every client email.
 */
@Component
class ComplaintMail {

    private final Outbox outbox;
    private final StaffDirectory staff;
    private final ClientClocks clocks;

    ComplaintMail(Outbox outbox, StaffDirectory staff, ClientClocks clocks) {
        this.outbox = outbox;
        this.staff = staff;
        this.clocks = clocks;
    }

    /** An update to the client; {@code subject} follows the complaint number. */
    void toClient(DelegateExecution execution, String subject, String text, Instant now) {
        String body = "Dear " + ProcessValues.requiredText(execution, Var.CONTACT_NAME) + ",\n\n" + text
            + "\n\nYour reference: " + number(execution) + ". Reply to this message at any time; we answer personally.\n";
        Instant sendAt = Boolean.TRUE.equals(execution.getVariable(Var.CRISIS)) ? now : clocks.sendAt(execution, now);
        outbox.planEmail(ProcessValues.requiredText(execution, Var.EMAIL), "[" + number(execution) + "] " + subject, body, sendAt,
            execution.getProcessBusinessKey());
    }

    /** Tells every member of {@code group} (who has an email address); answers how many were told. */
    int toGroup(DelegateExecution execution, String group, String subject, String body) {
        List<String> recipients = staff.emailsOf(group);
        for (String recipient : recipients) {
            outbox.planInternal(recipient, "[" + number(execution) + "] " + subject, body, execution.getProcessBusinessKey());
        }
        return recipients.size();
    }

    static String number(DelegateExecution execution) {
        return ProcessValues.requiredText(execution, Var.COMPLAINT_NUMBER);
    }
}
