package io.meridian.complaint;

import io.meridian.names.Words;
import io.meridian.calendar.Durations;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.links.WebappLinks;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.staffmail.StaffMail;
import io.meridian.process.TaskGuidance;
import io.meridian.system.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A crisis opens the crisis channel: every manager is told at once that the first answer is due within hours. */
@Component
class AlertManagersDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AlertManagersDelegate.class);

    private final ComplaintMail mail;
    private final ClientClocks clocks;
    private final WebappLinks links;

    AlertManagersDelegate(ComplaintMail mail, ClientClocks clocks, WebappLinks links) {
        this.mail = mail;
        this.clocks = clocks;
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alert(execution, "Acknowledge complaint", ProcessValues.instant(execution, Var.FIRST_RESPONSE_DUE_AT, java.time.ZoneOffset.UTC));
    }

    /**
     * Tells every manager that the complaint is a crisis: its first answer, the task {@code taskName}, is due by
     * {@code dueBy}. Also when a reopened complaint is raised to a crisis severity.
     */
    void alert(DelegateExecution execution, String taskName, java.time.Instant dueBy) {
        ClientClocks.Client client = clocks.decide(execution, ClockUtil.now().toInstant());
        String within = Durations.words(ProcessValues.requiredText(execution, Var.FIRST_RESPONSE));
        int level = java.util.Optional.ofNullable(ProcessValues.integer(execution, Var.LEVEL)).orElse(0);
        String body = "Crisis complaint " + ComplaintMail.number(execution)
            + (level > 0 ? " (reopened: the client is not satisfied with the fix; severity now "
                + Words.of(ProcessValues.requiredText(execution, Var.SEVERITY)) + ")" : "") + " from "
            + ProcessValues.requiredText(execution, Var.COMPANY) + " (" + ProcessValues.requiredText(execution, Var.COUNTRY)
            + ", tier " + ProcessValues.requiredText(execution, Var.TIER) + "), category "
            + Words.of(ProcessValues.requiredText(execution, Var.CATEGORY))
            + ".\n\nThe client wrote:\n"
            + ProcessValues.requiredText(execution, Var.DESCRIPTION) + "\n\nFirst response within " + within + ", due by "
            + TaskGuidance.both(dueBy, client.teamZone(), client.zone())
            + ". Open the crisis channel: diagnosis, interim plan, root-cause fix. The task \"" + taskName + "\" for "
            + ProcessValues.requiredText(execution, Var.COMPANY) + " is in your Tasklist."
            // on a line of its own: a full stop after the address became part of the link in mail readers
            + links.tasklist().map(link -> "\n\nTasklist: " + link).orElse("") + "\n";
        StaffMail.Sent sent = mail.toGroup(execution, Groups.MANAGERS, "Crisis: answer "
            + ProcessValues.requiredText(execution, Var.COMPANY) + " within " + within, body);
        if (sent.standIn()) {
            log.warn("Crisis complaint {}: alert to {}", ComplaintMail.number(execution), sent.describe());
        }
    }
}
