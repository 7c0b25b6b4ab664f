package io.meridian.undelivered;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import io.meridian.calendar.Clocks;
import io.meridian.calendar.TeamCalendar;
import io.meridian.etiquette.EtiquetteWords;
import io.meridian.messages.MessageKind;
import io.meridian.moments.TeamMoments;
import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.ClientVariables;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import io.meridian.process.TaskLabels;
import io.meridian.undelivered.UndeliveredEmail.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On creation of "Reach the client: email not delivered": due within one working day of the team
 * (the client's desk's), or, where that falls on a day the client is closed, when they are back ({@link ClientClosedDue}),
 * the follow-up date at the client's next call window, the client on the
 * card, the etiquette in the form (its quick channel is how to reach the client now), and what the
 * mail server said ({@code undelivered}). The client is the one the address belongs to, else the one of the record
 * the email was for (an address changed since it was planned). An email whose address and record name no client
 * (a plain email without a record) still gets its task, with the email alone, on the default team's clock
 * ({@code meridian.team.*}): no desk works a client nobody knows, and the team's groups see every desk's tasks.
 */
@Component("undeliveredEmailTaskListener")
class UndeliveredEmailTask implements TaskListener {

    private static final String EMAIL = "EMAIL";

    private final ClientClocks clients;
    private final TaskGuidance guidance;

    UndeliveredEmailTask(ClientClocks clients, TaskGuidance guidance) {
        this.clients = clients;
        this.guidance = guidance;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        if (ProcessValues.text(task, ClientVariables.COUNTRY) == null) {
            // no client to judge by: the default team's own calendar and clock (no desk has a claim on it)
            TeamCalendar team = clients.clocks().team();
            task.setDueDate(Date.from(team.plusWorkingDays(now, 1)));
            task.setFollowUpDate(Date.from(now));
            task.setName(task.getName() + " — " + ProcessValues.requiredText(task, Var.RECIPIENT));
            named(task);
            task.setVariableLocal(Var.UNDELIVERED, undelivered(task, team.zone(), null));
            task.setVariableLocal(ClientVariables.BRIEFING, "**Client:** no client record holds this address: look for the client"
                + " by the record the email was for (" + record(task) + ").");
            task.setVariableLocal(ClientVariables.GUIDANCE, "No etiquette without a client record.");
            task.setVariableLocal(ClientVariables.WHY, "—");
            return;
        }
        ClientClocks.Client client = clients.decide(task, now);
        task.setDueDate(Date.from(due(task, client, clients.clocks(), now)));
        TaskLabels.apply(task);
        named(task);
        guidance.render(task, now, client);
        task.setVariableLocal(Var.UNDELIVERED, undelivered(task, client.teamZone(),
            otherWays(ProcessValues.text(task, ClientVariables.PREFERRED_CHANNEL), client.etiquette().quickChannel())));
    }

    /**
     * Within one working day of the client's desk (or the team) from {@code now}; the team reaches the client: not due on a
     * day they are closed (their national holiday, their weekend), as a follow-up, and on a day they work inside a call window
     * ({@link CallWindowDue}), as the phone call it may be: made at 10:00 in Shanghai for a Berlin client, due when that day's
     * window ends (15:00 in Berlin), not the next day at 10:00, 03:00 in Berlin.
     */
    static Instant due(DelegateTask task, ClientClocks.Client client, Clocks clocks, Instant now) {
        return CallWindowDue.askingTheClient(task, client, clocks, now, client.team().plusWorkingDays(now, 1));
    }

    /** The email, what the mail server said, and how to reach the client now (markdown, like the briefing). */
    static String undelivered(DelegateTask task, ZoneId teamZone, String otherWays) {
        StringBuilder b = new StringBuilder();
        b.append("**Not delivered:** ").append(ProcessValues.text(task, Var.SUBJECT));
        String recipient = ProcessValues.text(task, Var.RECIPIENT);
        b.append("\n\n- To: ").append(recipient);
        String now = ProcessValues.text(task, Var.EMAIL);
        if (now != null && recipient != null && !now.equalsIgnoreCase(recipient.trim())) {
            // found by the record the email was for: the record has moved on since the email was planned
            b.append("\n- The client's address is now ").append(now).append(" (their record changed after the email was planned)");
        }
        String kind = ProcessValues.text(task, Var.MESSAGE_KIND);
        b.append("\n- Email: ").append(kindInWords(kind));
        if (!toTheClientAlone(task)) {
            b.append(", about ").append(record(task));
        }
        Instant planned = ProcessValues.instant(task, Var.PLANNED_AT, ZoneOffset.UTC);
        if (planned != null) {
            b.append("\n- Planned for: ").append(TeamMoments.at(planned, teamZone)).append(" team time (").append(teamZone.getId()).append(')');
        }
        b.append("\n- Attempts: ").append(ProcessValues.text(task, Var.ATTEMPTS));
        b.append("\n- Why it failed: ").append(ProcessValues.text(task, Var.MAIL_ERROR));
        if (otherWays != null) {
            b.append("\n\n**Reach the client now** another way: ").append(otherWays).append("; ").append(UndeliveredAdvice.of(kind));
        } else {
            b.append("\n\n**Reach the client now** another way, found by the record the email was for; ").append(UndeliveredAdvice.of(kind));
        }
        return b.toString();
    }

    /**
     * The email's kind as the team says it ("satisfaction survey", "milestone checklist to confirm"), not its template
     * folder's name; a plain email "without a template".
     */
    static String kindInWords(String messageKind) {
        if (messageKind == null) {
            return "without a template";
        }
        return MessageKind.byName(messageKind).map(MessageKind::words)
            .orElse("of a kind this server does not know (" + messageKind + ")");
    }

    /** The record after the task's name, as a complaint's tasks carry its number ("… not delivered about complaint C-5FB68AAE — …"). */
    private static void named(DelegateTask task) {
        String about = ProcessValues.text(task, Var.ABOUT);
        if (about != null) {
            TaskLabels.reference(task, "about " + about);
        }
    }

    /** An email about the client alone (a survey's), whose record is the client's own: the card names them, no record to add. */
    private static boolean toTheClientAlone(DelegateTask task) {
        String reference = ProcessValues.text(task, Var.REFERENCE);
        return ProcessValues.text(task, Var.ABOUT) == null && reference != null && reference.equals(ProcessValues.text(task, Var.CLIENT_ID));
    }

    /** The record the email was for by its number; its id where it names no inquiry, order or complaint (or before 2026-12-07). */
    static String record(DelegateTask task) {
        String about = ProcessValues.text(task, Var.ABOUT);
        return about != null ? about : "record " + ProcessValues.text(task, Var.REFERENCE);
    }

    /** The ways to the client that are not the email that failed: their preferred and quick channels, and a call. */
    static String otherWays(String preferredChannel, String quickChannel) {
        java.util.List<String> ways = new java.util.ArrayList<>();
        if (EtiquetteWords.canWriteOn(preferredChannel) && !EMAIL.equals(preferredChannel)) {
            ways.add("by " + EtiquetteWords.channel(preferredChannel) + " (their preferred channel)");
        }
        if (quickChannel != null && !EMAIL.equals(quickChannel) && !quickChannel.equals(preferredChannel)) {
            ways.add("by " + EtiquetteWords.channel(quickChannel) + " (the usual day-to-day channel in their country)");
        }
        ways.add("by phone in their next contact window (below)");
        return String.join(", or ", ways);
    }
}
