package io.meridian.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.meridian.calendar.TeamSettings;
import io.meridian.outbox.Outbox;
import io.meridian.process.ClientVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Does what one escalation decided to one task, and records it where the team sees it: the
 * task-local variables {@value #LEVEL} and {@value #REASON} (Tasklist, Cockpit, history), a
 * task comment, and the first paragraph of the briefing its form shows. Runs in the sweep's transaction, so the emails planned in the outbox exist
 * exactly when the level is recorded.
 */
@Component
class EscalationActions {

    static final String LEVEL = "escalationLevel";
    static final String REASON = "escalationReason";
    /** How the briefing's escalation paragraph begins. */
    static final String ESCALATED = "**Escalated:**";
    /** Camunda keeps string variables up to 4,000 characters. */
    private static final int MAX_TEXT = 4000;
    /** The outbox's subject column. */
    private static final int MAX_SUBJECT = 300;

    private final Outbox outbox;
    private final DateTimeFormatter clock;
    /** Tasklist's address up to the task id, or null where the server's public address is not configured. */
    private final String taskLink;

    /**
     * @param publicUrl       the address the team opens the server at ({@code meridian.public-url}); blank for no links
     * @param applicationPath where Camunda's webapps are served ({@code camunda.bpm.webapp.application-path})
     */
    EscalationActions(Outbox outbox, TeamSettings team, @Value("${meridian.public-url:}") String publicUrl,
                      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        this.outbox = outbox;
        this.clock = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)").withZone(team.timeZone()); // the zone by name: CST is China and the US
        this.taskLink = taskLink(publicUrl, applicationPath);
    }

    /** The start of a link that opens one task in Tasklist: {@code <public url><application path>/app/tasklist/default/#/?task=}. */
    static String taskLink(String publicUrl, String applicationPath) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        String base = publicUrl.trim().replaceAll("/+$", "");
        java.net.URI uri;
        try {
            uri = java.net.URI.create(base);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("meridian.public-url (MERIDIAN_PUBLIC_URL) '" + publicUrl
                + "' is not an http or https address such as https://meridian.example.com: the links in staff emails are made from it");
        }
        String path = applicationPath == null || applicationPath.isBlank() ? "" : "/" + applicationPath.trim().replaceAll("^/+|/+$", "");
        return base + path + "/app/tasklist/default/#/?task=";
    }

    void apply(TaskService tasks, Recipients recipients, DueEscalation escalation, Instant now) {
        OpenTask task = escalation.task();
        List<IdentityLink> links = tasks.getIdentityLinksForTask(task.id());
        List<String> done = new ArrayList<>();
        for (EscalationAction action : escalation.newActions()) {
            done.add(switch (action.action()) {
                case REMIND -> mail("reminded", remindees(action.target(), task, links, recipients), reminder(task, now), escalation, now);
                case ESCALATE -> escalate(tasks, task, links, action.target());
                case NOTIFY -> mail("notified " + action.target(), recipients.ofGroup(action.target()),
                    "Escalation level " + action.level() + ": " + task.displayName() + dueText(task, now), escalation, now);
            });
        }
        String reason = limit(escalation.reason());
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(LEVEL, escalation.level(), REASON, reason));
        if (tasks.getVariableLocal(task.id(), ClientVariables.BRIEFING) instanceof String briefing && !briefing.isBlank()) {
            variables.put(ClientVariables.BRIEFING, escalatedBriefing(briefing, "**Escalated:** level " + escalation.level() + " on "
                + clock.format(now) + ", due " + clock.format(task.due()) + ": " + (done.isEmpty() ? "nothing to do" : String.join("; ", done))));
        }
        tasks.setVariablesLocal(task.id(), variables);
        tasks.createComment(task.id(), task.processInstanceId(), limit("Escalation level " + escalation.level() + ": "
            + (done.isEmpty() ? "nothing to do" : String.join("; ", done)) + ". " + reason));
    }

    /** The assignee, or while nobody has claimed the task its candidate users and the members of its candidate groups. */
    private static Set<String> remindees(String target, OpenTask task, List<IdentityLink> links, Recipients recipients) {
        Set<String> emails = new LinkedHashSet<>();
        if (!EscalationAction.ASSIGNEE.equalsIgnoreCase(target)) {
            emails.addAll(recipients.ofGroup(target));
        } else if (task.assignee() != null) {
            recipients.ofUser(task.assignee()).ifPresent(emails::add);
        } else {
            for (IdentityLink link : links) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    if (link.getUserId() != null) {
                        recipients.ofUser(link.getUserId()).ifPresent(emails::add);
                    } else if (link.getGroupId() != null) {
                        emails.addAll(recipients.ofGroup(link.getGroupId()));
                    }
                }
            }
        }
        return emails;
    }

    private static String escalate(TaskService tasks, OpenTask task, List<IdentityLink> links, String group) {
        boolean already = links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && group.equals(l.getGroupId()));
        if (already) {
            return group + " already a candidate group";
        }
        tasks.addCandidateGroup(task.id(), group);
        return "added candidate group " + group;
    }

    private String mail(String what, Collection<String> emails, String subject, DueEscalation escalation, Instant now) {
        Set<String> unique = new LinkedHashSet<>(emails);
        if (unique.isEmpty()) {
            return what + ": nobody (no assignee, candidate or email address)";
        }
        String body = body(escalation, now);
        for (String email : unique) {
            outbox.planInternal(email, cut(subject, MAX_SUBJECT), body, escalation.task().id());
        }
        return what + " " + String.join(", ", unique);
    }

    private String reminder(OpenTask task, Instant now) {
        return "Reminder: " + task.displayName() + dueText(task, now);
    }

    private String dueText(OpenTask task, Instant now) {
        return (task.due().isAfter(now) ? " is due " : " was due ") + clock.format(task.due());
    }

    private String body(DueEscalation escalation, Instant now) {
        OpenTask task = escalation.task();
        return task.displayName() + " (" + task.kind() + ") " + (escalation.bornOverdue() ? "was overdue when it was made"
            : "has used " + DueEscalation.percent(escalation.elapsedShare()) + " of its time")
            + ": created " + clock.format(task.created()) + ", due " + clock.format(task.due()) + ".\n"
            + (task.assignee() != null ? "Assigned to " + task.assignee() + "." : "Nobody has claimed it yet.") + "\n"
            + "Task " + task.id() + (task.processInstanceId() == null ? "" : ", process instance " + task.processInstanceId())
            + (taskLink == null ? ". Open it in Tasklist." : ". Open it in Tasklist: " + taskLink + task.id()) + "\n\n" + escalation.reason();
    }

    /**
     * The task form's briefing with the latest escalation as its first paragraph, in place of the one
     * before: whoever opens the task (a manager it was escalated to) reads first why it is there. The
     * briefing is cut, not the escalation, where the two are longer than a text variable keeps.
     */
    static String escalatedBriefing(String briefing, String escalated) {
        String rest = briefing.startsWith(ESCALATED) && briefing.contains("\n\n") ? briefing.substring(briefing.indexOf("\n\n") + 2)
            : briefing.startsWith(ESCALATED) ? "" : briefing;
        String note = cut(escalated, MAX_TEXT / 2);
        return rest.isEmpty() ? note : note + "\n\n" + cut(rest, MAX_TEXT - note.length() - 2);
    }

    private static String limit(String text) {
        return cut(text, MAX_TEXT);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
