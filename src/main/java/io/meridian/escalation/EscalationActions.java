package io.meridian.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.meridian.calendar.Durations;
import io.meridian.desk.Desks;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.EtiquetteWords;
import io.meridian.etiquette.Tier;
import io.meridian.links.WebappLinks;
import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientVariables;
import io.meridian.staffmail.StaffMail;
import io.meridian.system.Groups;
import io.meridian.system.StaffDirectory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

    private final StaffMail staffMail;
    private final Desks desks;
    private final WebappLinks links;
    private final EtiquetteService etiquette;

    EscalationActions(StaffMail staffMail, Desks desks, WebappLinks links, EtiquetteService etiquette) {
        this.etiquette = etiquette;
        this.staffMail = staffMail;
        this.desks = desks;
        this.links = links;
    }

    /**
     * The clock the staff read a task's moments on: that of the desk that works the task's client (README "Desks":
     * everything for a client follows the desk's clock), else the team's; a desk no longer configured counts as none.
     */
    private ZoneId zone(OpenTask task) {
        return desks.calendar(task.desk() == null || task.desk().isBlank() ? Optional.empty() : desks.byName(task.desk())).zone();
    }

    private String at(Instant moment, OpenTask task) {
        return TeamMoments.withZone(moment, zone(task));
    }

    void apply(TaskService tasks, Recipients recipients, DueEscalation escalation, Instant now) {
        OpenTask task = escalation.task();
        List<IdentityLink> links = tasks.getIdentityLinksForTask(task.id());
        String clientPace = clientPace(tasks.getVariable(task.id(), ClientVariables.COUNTRY), task.tier(), now);
        List<String> done = new ArrayList<>();
        // a group notified in this run (a task that reaches several levels at once: entered long after the client raised
        // it, or after an outage) hears of the task once, in the notice that says how late it is, not in a reminder too
        Map<String, Integer> noticed = new LinkedHashMap<>();
        escalation.newActions().stream().filter(a -> a.action() == EscalationAction.Kind.NOTIFY)
            .filter(a -> !(a.level() <= escalation.alertedLevel() && Groups.MANAGERS.equals(a.target())))
            .forEach(a -> noticed.put(a.target(), a.level()));
        for (EscalationAction action : escalation.newActions()) {
            // a level the task had reached when the crisis alert went to every manager: that email told them
            boolean alerted = action.level() <= escalation.alertedLevel();
            done.add(switch (action.action()) {
                case REMIND -> alerted
                    ? mailBeyondManagers("reminded", remindees(action.target(), task, links, recipients), reminder(task, now), escalation, now,
                        clientPace, recipients)
                    : noticed.isEmpty()
                    ? mail("reminded", remindees(action.target(), task, links, recipients), reminder(task, now), escalation, now, clientPace)
                    : mailBeyond("reminded", remindees(action.target(), task, links, recipients), noticed, reminder(task, now), escalation,
                        now, clientPace, recipients);
                case ESCALATE -> escalate(tasks, task, links, action.target(), recipients.title(action.target()));
                case NOTIFY -> alerted && Groups.MANAGERS.equals(action.target())
                    ? "did not notify " + recipients.title(action.target()) + ": " + alertedNote(task)
                    : mail("notified " + recipients.title(action.target()), Reach.group(action.target(), recipients),
                        "Escalation level " + action.level() + ": " + task.displayName() + dueText(task, now), escalation, now, clientPace);
            });
        }
        String reason = limit(escalation.reason());
        Map<String, Object> variables = new HashMap<>(Map.of(LEVEL, escalation.level(), REASON, reason));
        if (tasks.getVariableLocal(task.id(), ClientVariables.BRIEFING) instanceof String briefing && !briefing.isBlank()) {
            variables.put(ClientVariables.BRIEFING, escalatedBriefing(briefing, "**Escalated:** level " + escalation.level() + " on "
                + at(now, task) + ", due " + at(task.due(), task) + overdue(task, now) + ": "
                + (done.isEmpty() ? "nothing to do" : String.join("; ", done))));
        }
        tasks.setVariablesLocal(task.id(), variables);
        tasks.createComment(task.id(), task.processInstanceId(), limit("Escalation level " + escalation.level() + ": "
            + (done.isEmpty() ? "nothing to do" : String.join("; ", done)) + ". " + reason));
    }

    /** Whom an email is for: their addresses, and, for the administrators when there are none, who they are and why. */
    private record Reach(Set<String> emails, Set<String> missed, String meantFor, Supplier<StaffDirectory.Nobody> why) {

        static Reach group(String group, Recipients recipients) {
            return new Reach(new LinkedHashSet<>(recipients.ofGroup(group)), new LinkedHashSet<>(recipients.withoutAddressIn(group)),
                recipients.title(group), () -> recipients.nobodyIn(group));
        }
    }

    /** The assignee, or while nobody has claimed the task its candidate users and the members of its candidate groups. */
    private static Reach remindees(String target, OpenTask task, List<IdentityLink> links, Recipients recipients) {
        if (!EscalationAction.ASSIGNEE.equalsIgnoreCase(target)) {
            return Reach.group(target, recipients);
        }
        if (task.assignee() != null) {
            Set<String> emails = new LinkedHashSet<>();
            recipients.ofUser(task.assignee()).ifPresent(emails::add);
            return new Reach(emails, Set.of(), "the assignee " + task.assignee(), () -> recipients.nobodyIs(task.assignee()));
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> missed = new LinkedHashSet<>();
        Map<String, Supplier<StaffDirectory.Nobody>> candidates = new LinkedHashMap<>();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                    recipients.ofUser(link.getUserId()).ifPresentOrElse(emails::add, () -> missed.add(link.getUserId()));
                    candidates.put(link.getUserId(), () -> recipients.nobodyIs(link.getUserId()));
                } else if (link.getGroupId() != null) {
                    emails.addAll(recipients.ofGroup(link.getGroupId()));
                    missed.addAll(recipients.withoutAddressIn(link.getGroupId()));
                    candidates.put(recipients.title(link.getGroupId()), () -> recipients.nobodyIn(link.getGroupId()));
                }
            }
        }
        return candidates.isEmpty()
            ? new Reach(emails, missed, "whoever works the task", () -> new StaffDirectory.Nobody("it has no assignee and no candidate", List.of(), List.of()))
            : new Reach(emails, missed, "the task's candidates (" + String.join(", ", candidates.keySet()) + ")", () -> StaffDirectory.Nobody.of(
                candidates.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, c -> c.getValue().get(),
                    (a, b) -> a, LinkedHashMap::new))));
    }

    private static String escalate(TaskService tasks, OpenTask task, List<IdentityLink> links, String group, String title) {
        boolean already = links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && group.equals(l.getGroupId()));
        if (already) {
            return title + " could already work on it";
        }
        tasks.addCandidateGroup(task.id(), group);
        return "gave it to " + title + " as well";
    }

    private String mail(String what, Reach reach, String subject, DueEscalation escalation, Instant now, String clientPace) {
        StaffMail.Sent sent = staffMail.to(reach.emails(), reach.missed(), reach.meantFor(), reach.why(), subject, body(escalation, now, clientPace),
            escalation.task().id());
        return what + (sent.standIn() ? ": " : " ") + sent.describe();
    }

    /**
     * {@code reach} less the members of the groups this run notifies ({@code noticed}, each with its level), who read the
     * task in that notice; nobody else is no reason to tell the administrators.
     */
    private String mailBeyond(String what, Reach reach, Map<String, Integer> noticed, String subject, DueEscalation escalation,
                              Instant now, String clientPace, Recipients recipients) {
        Set<String> emails = new LinkedHashSet<>(reach.emails());
        noticed.keySet().forEach(group -> emails.removeAll(recipients.ofGroup(group)));
        if (emails.size() == reach.emails().size()) {
            return mail(what, reach, subject, escalation, now, clientPace);
        }
        String groups = noticed.keySet().stream().map(recipients::title).collect(Collectors.joining(", "));
        String note = "they have the level " + noticed.values().stream().map(String::valueOf).distinct()
            .collect(Collectors.joining(", ")) + " notice of this run";
        if (emails.isEmpty()) {
            return what + " nobody beyond " + groups + ": " + note;
        }
        return mail(what, new Reach(emails, reach.missed(), reach.meantFor(), reach.why()), subject, escalation, now, clientPace)
            + " (not " + groups + ": " + note + ")";
    }

    /** {@code reach} less the managers, who had the crisis alert; nobody else is no reason to tell the administrators. */
    private String mailBeyondManagers(String what, Reach reach, String subject, DueEscalation escalation, Instant now,
                                      String clientPace, Recipients recipients) {
        Set<String> emails = new LinkedHashSet<>(reach.emails());
        emails.removeAll(recipients.ofGroup(Groups.MANAGERS));
        if (emails.isEmpty()) {
            return what + " nobody beyond " + recipients.title(Groups.MANAGERS) + ": " + alertedNote(escalation.task());
        }
        return mail(what, new Reach(emails, reach.missed(), reach.meantFor(), reach.why()), subject, escalation, now, clientPace)
            + " (not " + recipients.title(Groups.MANAGERS) + ": " + alertedNote(escalation.task()) + ")";
    }

    private String alertedNote(OpenTask task) {
        return "they had the crisis alert of " + at(task.managersAlertedAt(), task);
    }

    private String reminder(OpenTask task, Instant now) {
        return "Reminder: " + task.displayName() + dueText(task, now);
    }

    /** When the task is due; once that has passed, how late it is, in the hours as they pass (what the client has waited). */
    private String dueText(OpenTask task, Instant now) {
        return (task.due().isAfter(now) ? " is due " : " was due ") + at(task.due(), task) + overdue(task, now);
    }

    /** ", overdue by 3 days 15 h" once the due time has passed by a minute or more; empty before. */
    private static String overdue(OpenTask task, Instant now) {
        return task.due().isBefore(now.minusSeconds(59)) ? ", overdue by " + Durations.late(Duration.between(task.due(), now)) : "";
    }

    /**
     * What the reader needs first: the task (its name carries the client: "Reply to inquiry — Nakamura Trading (JP, A)"),
     * when it is due in the clock of the desk that works its client (else the team's), who has it and the Tasklist link; then why, in words; the ids last, for an operator.
     */
    private String body(DueEscalation escalation, Instant now, String clientPace) {
        OpenTask task = escalation.task();
        return task.displayName() + dueText(task, now) + ".\n"
            + (escalation.bornOverdue() ? "It was overdue when it was made: created " + at(task.created(), task) + "."
                : task.raisedBefore() && !task.due().isAfter(task.created())
                ? "It was overdue by " + Durations.late(Duration.between(task.due(), task.created())) + " when it was entered on "
                    + at(task.created(), task) + ": the client raised it on " + at(task.clientRaisedAt(), task) + "."
                : "It has used " + DueEscalation.percent(escalation.elapsedShare()) + " of its " + escalation.clock().time()
                    + (task.raisedBefore() ? " since the client raised it on " + at(task.clientRaisedAt(), task)
                        + "; the task was made on " + at(task.created(), task) + "."
                        : task.waitsForClient() ? " since the client is back from their closure on " + at(task.clientBackAt(), task)
                            + "; the task was made on " + at(task.created(), task) + "."
                        : ": created " + at(task.created(), task) + ".")) + "\n"
            + (task.assignee() != null ? "Assigned to " + task.assignee() + "." : "Nobody has claimed it yet.") + "\n"
            + links.task(task.id()).map(link -> "Open it in Tasklist: " + link).orElse("Open it in Tasklist (search for its name).") + "\n\n"
            + escalation.readableReason(clientPace) + "\n\n"
            + "For an operator: task id " + task.id() + ", task kind " + task.kind()
            + (task.processInstanceId() == null ? "" : ", process instance " + task.processInstanceId()) + ".";
    }

    /**
     * The client's pace in words ("slow — be patient, do not push for quick decisions") as the etiquette decides it for the
     * task's client (its process's country and the client's tier; decided once a day and remembered), null for a task of
     * no client: the email sets it beside the table's pace, which is the team's. Decided here, when an email needs it,
     * rather than kept with every task or read from the guidance's wording, which may change or be cut.
     */
    String clientPace(Object country, String tier, Instant now) {
        if (!(country instanceof String code) || code.isBlank()) {
            return null;
        }
        String pace = etiquette.decide(code.strip(), now, tier == null || tier.isBlank() ? Tier.B : Tier.valueOf(tier.strip())).pace();
        return pace == null || pace.isBlank() ? null : EtiquetteWords.pace(pace.strip());
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
