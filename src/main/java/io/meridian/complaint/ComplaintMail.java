package io.meridian.complaint;

import java.time.Instant;

import io.meridian.complaint.ComplaintHandling.Var;
import java.util.Map;

import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.messages.MessageKind;
import io.meridian.process.ProcessValues;
import io.meridian.staffmail.StaffMail;
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

    private final StaffMail staff;
    private final ClientClocks clocks;
    private final ClientMail mail;

    ComplaintMail(StaffMail staff, ClientClocks clocks, ClientMail mail) {
        this.staff = staff;
        this.clocks = clocks;
        this.mail = mail;
    }

    /** An update to the client from the template of {@code kind}; the complaint number is added to {@code values}. */
    void toClient(DelegateExecution execution, MessageKind kind, Map<String, Object> values, Instant now) {
        mail.plan(execution, kind, withNumber(execution, values), sendAt(execution, now), execution.getProcessBusinessKey());
    }

    /**
     * A crisis runs 7×24: its updates go at once, as its client waits for them; others land in the client's business
     * hours. So do a crisis's opened from a detractor score: the client gave a score, not a complaint, and an email
     * at 02:16 their time would go against the etiquette the team is advised (the team's tasks still run 7×24).
     */
    Instant sendAt(org.camunda.bpm.engine.delegate.VariableScope scope, Instant now) {
        return io.meridian.process.CrisisChannel.complaintUpdateAtOnce(scope) ? now : clocks.sendAt(scope, now);
    }

    private static Map<String, Object> withNumber(org.camunda.bpm.engine.delegate.VariableScope scope, Map<String, Object> values) {
        Map<String, Object> v = new java.util.HashMap<>(values);
        v.put("complaintNumber", ProcessValues.requiredText(scope, Var.COMPLAINT_NUMBER));
        // signed by the team that handles it (logistics answers a delivery delay), not by a fixed one
        v.put(io.meridian.messages.ClientMessages.TEAM, ProcessValues.text(scope, Var.TEAM));
        return v;
    }

    /** Tells every member of {@code group} who has an email address, or else the administrators (StaffMail). */
    StaffMail.Sent toGroup(DelegateExecution execution, String group, String subject, String body) {
        return staff.toGroup(group, "[" + number(execution) + "] " + subject, body, execution.getProcessBusinessKey());
    }

    static String number(DelegateExecution execution) {
        return ProcessValues.requiredText(execution, Var.COMPLAINT_NUMBER);
    }
}
