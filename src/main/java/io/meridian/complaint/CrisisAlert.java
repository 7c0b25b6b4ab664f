package io.meridian.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.meridian.calendar.Durations;
import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.links.WebappLinks;
import io.meridian.names.Words;
import io.meridian.process.ClientClocks;
import io.meridian.process.ManagersAlerted;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import io.meridian.staffmail.StaffMail;
import io.meridian.system.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A crisis opens the crisis channel: every manager is told, in one email, that the first answer is due within hours, or
 * how long it is overdue already (a complaint entered after its time was up), with the link to the task. Sent when the
 * task that answers is made ("Acknowledge complaint", or "Diagnose complaint" of a crisis reopened), so that the link
 * opens it: sent before, it could only open Tasklist's home. The task is marked ({@link ManagersAlerted}), so the
 * escalation does not tell the managers again what this email said.
 */
@Component
class CrisisAlert {

    private static final Logger log = LoggerFactory.getLogger(CrisisAlert.class);

    private final ComplaintMail mail;
    private final WebappLinks links;

    CrisisAlert(ComplaintMail mail, WebappLinks links) {
        this.mail = mail;
        this.links = links;
    }

    /** Whether {@code task}, just made, answers a crisis its managers must hear of: the first answer, or the diagnosis reopened. */
    static boolean alerts(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(Var.CRISIS))) {
            return false;
        }
        int level = Optional.ofNullable(ProcessValues.integer(task, Var.LEVEL)).orElse(0);
        return Activity.ACKNOWLEDGE_COMPLAINT.equals(task.getTaskDefinitionKey())
            || Activity.DIAGNOSE_COMPLAINT.equals(task.getTaskDefinitionKey()) && level > 0;
    }

    /** The task's name in the model ("Acknowledge complaint"), without the client its Tasklist name carries. */
    private static String name(DelegateTask task) {
        return task.getBpmnModelElementInstance().getName();
    }

    /**
     * What a manager who steps into a reopened crisis reads before calling the client: the fix the client turned down and
     * what the client said of it, where the alert gave only the first complaint's words.
     */
    private static String reopened(DelegateTask task) {
        String rootCause = ProcessValues.text(task, Var.ROOT_CAUSE);
        String fix = ProcessValues.text(task, Var.CORRECTIVE_ACTION);
        String comment = ProcessValues.text(task, Var.CLIENT_COMMENT);
        return "\n\nThe fix the client was sent:\nRoot cause: " + (rootCause == null ? "none recorded" : rootCause)
            + "\nPermanent fix: " + (fix == null ? "none recorded" : fix)
            + "\n\nNot satisfied, the client said:\n" + (comment == null ? "(no comment)" : comment);
    }

    /** Tells every manager of the crisis that {@code task}, made at {@code now} and due at {@code due}, answers. */
    void send(DelegateTask task, Instant due, Instant now, ClientClocks.Client client) {
        String company = ProcessValues.requiredText(task, Var.COMPANY);
        String within = Durations.words(ProcessValues.requiredText(task, Var.FIRST_RESPONSE));
        int level = Optional.ofNullable(ProcessValues.integer(task, Var.LEVEL)).orElse(0);
        String number = ProcessValues.requiredText(task, Var.COMPLAINT_NUMBER);
        Duration late = Duration.between(due, now);
        boolean overdue = late.compareTo(Duration.ofMinutes(1)) >= 0;
        String when = overdue
            ? "The first response (within " + within + ") is already overdue by " + Durations.words(late) + ": it was due "
                + TaskGuidance.both(due, client.teamZone(), client.zone()) + ", counted from when the client raised it on "
                + TaskGuidance.both(ProcessValues.instant(task, Var.RECEIVED_AT, ZoneOffset.UTC), client.teamZone(), client.zone())
                + ". Answer now."
            : "First response within " + within + ", due by " + TaskGuidance.both(due, client.teamZone(), client.zone()) + ".";
        String body = "Crisis complaint " + number
            + (level > 0 ? " (reopened: the client is not satisfied with the fix; severity now "
                + Words.of(ProcessValues.requiredText(task, Var.SEVERITY)) + ")" : "") + " from "
            + company + " (" + ProcessValues.requiredText(task, Var.COUNTRY) + ", tier " + ProcessValues.requiredText(task, Var.TIER)
            + "), category " + Words.of(ProcessValues.requiredText(task, Var.CATEGORY))
            + ".\n\nThe client wrote:\n" + ProcessValues.requiredText(task, Var.DESCRIPTION) + (level > 0 ? reopened(task) : "") + "\n\n" + when
            + " Open the crisis channel: diagnosis, interim plan, root-cause fix. The task \"" + name(task) + "\" for " + company
            + " is in your Tasklist; you can work it yourselves. This email stands for the escalation's reminders and notices of the time"
            + " already used: you hear again only when the task reaches a further level."
            // on a line of its own: a full stop after the address became part of the link in mail readers
            + links.task(task.getId()).map(link -> "\n\nTasklist: " + link).orElse("") + "\n";
        String subject = overdue ? "Crisis: answer " + company + " now, overdue by " + Durations.words(late)
            : "Crisis: answer " + company + " within " + within;
        StaffMail.Sent sent = mail.toGroup(task.getExecution(), Groups.MANAGERS, subject, body);
        ManagersAlerted.mark(task, now);
        if (sent.standIn()) {
            log.warn("Crisis complaint {}: alert to {}", number, sent.describe());
        }
    }
}
