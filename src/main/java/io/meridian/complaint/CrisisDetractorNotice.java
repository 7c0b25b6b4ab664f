package io.meridian.complaint;

import java.util.List;

import io.meridian.names.Words;
import io.meridian.links.WebappLinks;
import io.meridian.staffmail.StaffMail;
import io.meridian.system.Groups;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A detractor score that joins a complaint in crisis (one the table opened as a crisis, or one the client reopened): every
 * manager is told, in one email as the crisis alert is, with the score and the link to the complaint's open task. The
 * managers follow such a complaint personally; the score added to it had reached nobody but its next task's briefing.
 */
@Component
class CrisisDetractorNotice {

    private static final Logger log = LoggerFactory.getLogger(CrisisDetractorNotice.class);

    private final StaffMail staff;
    private final WebappLinks links;

    CrisisDetractorNotice(StaffMail staff, WebappLinks links) {
        this.staff = staff;
        this.links = links;
    }

    /** Whether the managers hear of a score added to {@code open}: a crisis, or a complaint the client reopened. */
    static boolean concerns(ComplaintRecord open) {
        return Boolean.TRUE.equals(open.crisis()) || open.escalationLevel() > 0;
    }

    /**
     * Tells every manager that the client of {@code open} gave a detractor score ({@code score}, as the briefing reads it)
     * while it is open, with its open tasks ({@code openTasks}) linked.
     */
    void send(ComplaintRecord open, String company, String score, List<Task> openTasks) {
        String state = (Boolean.TRUE.equals(open.crisis()) ? "a crisis" : "not a crisis")
            + (open.escalationLevel() > 0 ? ", reopened " + open.escalationLevel() + (open.escalationLevel() == 1 ? " time" : " times")
                + " (the client was not satisfied with the fix)" : "")
            + (open.severity() == null ? "" : ", severity " + Words.of(open.severity().name()));
        StringBuilder body = new StringBuilder("Complaint ").append(open.complaintNumber()).append(" from ").append(company)
            .append(" is still open: ").append(state).append(", status ").append(Words.of(open.status().name()))
            .append(".\n\nWhile it is open, the client gave a detractor score:\n").append(score)
            .append("\n\nThe score is added to this complaint (its tasks' briefings show it); no second complaint was opened.");
        for (Task task : openTasks) {
            body.append("\n\nOpen now: \"").append(task.getName()).append('"')
                // on a line of its own: a full stop after the address became part of the link in mail readers
                .append(links.task(task.getId()).map(link -> "\nTasklist: " + link).orElse(""));
        }
        body.append('\n');
        StaffMail.Sent sent = staff.toGroup(Groups.MANAGERS, "[" + open.complaintNumber() + "] Detractor score from " + company
            + " while its complaint is " + (Boolean.TRUE.equals(open.crisis()) ? "in crisis" : "reopened"), body.toString(), open.id());
        if (sent.standIn()) {
            log.warn("Complaint {}: detractor score notice to {}", open.complaintNumber(), sent.describe());
        }
    }
}
