package io.meridian.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.ContactWindows;

import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The client email a task leads to, shown in its form where the decision is made (task-local
 * variable {@code emailPreview}): subject (with the reference the email carries), salutation,
 * languages and when it goes out. The preview is written when the task is created and read whenever
 * the form is opened, so it states the sending rule (on completion, within the client's business
 * hours) and the client's business hours ahead in both clocks, not one moment that the task's
 * creation would freeze. What the form itself will fill in shows as "…".
 */
@Component
public class EmailPreview {

    public static final String VARIABLE = "emailPreview";
    /** "Handle objection"'s preview of the revised quote, which its outcome REVISE sends. */
    public static final String REVISED_QUOTE = "emailPreviewRevise";
    /** "Handle objection"'s preview of the next-date email, which its outcome NEXT_DATE sends. */
    public static final String NEXT_DATE = "emailPreviewNextDate";
    /** Every task-local variable a preview is written to. */
    public static final List<String> VARIABLES = List.of(VARIABLE, REVISED_QUOTE, NEXT_DATE);
    private static final Logger log = LoggerFactory.getLogger(EmailPreview.class);
    private static final Map<String, MessageKind> BY_TASK = Map.of(
        "replyToInquiry", MessageKind.QUOTE,
        "confirmOrder", MessageKind.ORDER_CONFIRMATION,
        "sendExceptionNotice", MessageKind.EXCEPTION_NOTICE,
        "acknowledgeComplaint", MessageKind.COMPLAINT_ACKNOWLEDGED,
        "diagnoseComplaint", MessageKind.COMPLAINT_DIAGNOSIS,
        "provideInterimSolution", MessageKind.COMPLAINT_INTERIM_SOLUTION,
        "fixRootCause", MessageKind.COMPLAINT_ROOT_CAUSE_FIX,
        "writeImprovementReport", MessageKind.IMPROVEMENT_REPORT);
    private static final String TO_BE_FILLED = "…";
    /** The preview's last line, when the email goes out ({@code ClientMessages.preview}). */
    private static final String GOES_OUT = "\n- Goes out: ";
    /** What the "Goes out" line lists when the email waits for the client's business hours. */
    private static final String HOURS = "Their business hours: ";
    /** The task whose outcome chooses between two client emails. */
    private static final String HANDLE_OBJECTION = "handleObjection";
    /**
     * The complaint's updates, which a crisis sends at once (ComplaintMail); the exception notice always goes at once
     * (MailExceptionNoticeDelegate); every other client email waits for business hours.
     */
    private static final Set<MessageKind> CRISIS_AT_ONCE = Set.of(MessageKind.COMPLAINT_ACKNOWLEDGED, MessageKind.COMPLAINT_DIAGNOSIS,
        MessageKind.COMPLAINT_INTERIM_SOLUTION, MessageKind.COMPLAINT_ROOT_CAUSE_FIX);
    /** How many of the client's business-hour windows the preview lists. */
    private static final int WINDOWS = 2;

    private final ClientMail mail;
    private final ClientClocks clocks;

    EmailPreview(ClientMail mail, ClientClocks clocks) {
        this.mail = mail;
        this.clocks = clocks;
    }

    /**
     * Sets the preview on a task that leads to a client email; leaves other tasks alone. "Handle objection" leads to one
     * of two emails, by its outcome: the revised quote ({@link #REVISED_QUOTE}) or the next date agreed
     * ({@link #NEXT_DATE}); its form shows the one of the outcome chosen.
     */
    public void render(DelegateTask task, Instant now, ClientClocks.Client client) {
        if (HANDLE_OBJECTION.equals(task.getTaskDefinitionKey())) {
            render(task, REVISED_QUOTE, MessageKind.QUOTE, true, now, client);
            render(task, NEXT_DATE, MessageKind.NEXT_DATE, false, now, client);
            return;
        }
        MessageKind kind = BY_TASK.get(task.getTaskDefinitionKey());
        if (kind != null) {
            // the reply task's quote is the first one; a revision (after an objection) is "Handle objection"'s
            render(task, VARIABLE, kind, false, now, client);
        }
    }

    /**
     * The previews of a task planned again on other clocks ({@link DeskTasks}: the client moved to another desk, or their time
     * zone corrected): the client's business hours ahead that its "Goes out" line lists, as of {@code now} for {@code client}
     * as it now holds (on the new desk's clock, or in the corrected zone), where the preview kept naming the old hours. The
     * rest of the preview (subject, salutation, languages) stays as written: the client facts it was rendered from are the
     * step's, not this command's. A task without a preview gets none.
     */
    void renderAgain(DelegateTask task, Instant now, ClientClocks.Client client) {
        for (String variable : VARIABLES) {
            MessageKind kind = variable.equals(REVISED_QUOTE) ? MessageKind.QUOTE
                : variable.equals(NEXT_DATE) ? MessageKind.NEXT_DATE : BY_TASK.get(task.getTaskDefinitionKey());
            if (kind != null && task.getVariableLocal(variable) instanceof String preview) {
                int at = preview.lastIndexOf(GOES_OUT);
                String goesOut = goesOut(kind, task, now, client);
                // only the hours: an email that goes at once (a crisis) names none, and its flags are the step's to read
                if (at >= 0 && preview.indexOf(HOURS, at) >= 0 && goesOut.contains(HOURS)) {
                    task.setVariableLocal(variable, TaskGuidance.cut(preview.substring(0, at + GOES_OUT.length()) + goesOut));
                }
            }
        }
    }

    private void render(DelegateTask task, String variable, MessageKind kind, boolean revised, Instant now, ClientClocks.Client client) {
        Map<String, Object> values = new HashMap<>();
        for (String name : kind.placeholders()) {
            Object value = task.getVariable(name);
            // a flag stays a flag: the text "false" would open a template's section as any other text does
            values.put(name, value == null ? TO_BE_FILLED : value instanceof Boolean ? value : value.toString());
        }
        values.put("revised", revised);
        if (kind.placeholders().contains("externalRef")) {
            // the shop's reference or none: nothing the form fills in
            values.put("externalRef", Objects.toString(task.getVariable("externalRef"), ""));
        }
        String exception = ProcessValues.text(task, "exceptionKind");
        values.put("productionDelay", "PRODUCTION_DELAY".equals(exception));
        values.put("logisticsHold", "LOGISTICS_HOLD".equals(exception));
        values.put("qualityComplaint", "QUALITY_COMPLAINT".equals(exception));
        Instant evaluatedAt = kind == MessageKind.IMPROVEMENT_REPORT ? ProcessValues.instant(task, "evaluatedAt", client.zone()) : null;
        if (evaluatedAt != null) {
            // the subject names the evaluation's day in the client's calendar and language, as the report's email does
            values.put("evaluatedAt", ClientMail.clientDay(evaluatedAt, client.zone()));
        }
        if (kind == MessageKind.IMPROVEMENT_REPORT && task.getVariable("complaintNumber") == null) {
            // a report with no complaint (or the check-in's, opened a step later) names none
            values.put("complaintNumber", "");
        }
        if (kind == MessageKind.ORDER_CONFIRMATION && task.getVariable("previousDeliveryDate") == null) {
            // "Confirm order" confirms the order the first time: no earlier date to change, nothing the form fills in
            values.put("previousDeliveryDate", "");
        }
        if (kind == MessageKind.EXCEPTION_NOTICE && !"QUALITY_COMPLAINT".equals(exception)) {
            // only a quality complaint's notice is about the complaint; the others are about the order
            values.put("complaintNumber", "");
        }
        try {
            task.setVariableLocal(variable, TaskGuidance.cut(mail.messages().preview(kind,
                mail.addressee(task, client.etiquette(), client.zone()), values, goesOut(kind, task, now, client),
                ProcessValues.text(task, ClientClocks.CLIENT_ID))));
        } catch (RuntimeException e) {
            // a preview must never stop the task from being created
            log.warn("No email preview for task {} ({}): {}", task.getId(), task.getTaskDefinitionKey(), e.toString());
        }
    }

    /**
     * When the email goes out, as the step after the task plans it: a crisis complaint's update at once on completion
     * (ComplaintMail), every other email in the client's next send window (Clocks.sendAt: at once while the client is
     * open, else at their next opening), listed from the client's day the task was created on.
     */
    static String goesOut(MessageKind kind, DelegateTask task, Instant now, ClientClocks.Client client, List<ContactWindow> windows) {
        if (CRISIS_AT_ONCE.contains(kind) && CrisisChannel.complaintUpdateAtOnce(task)) {
            return "at once when you complete this task (a crisis runs 7×24, whatever the client's hours)";
        }
        if (kind == MessageKind.EXCEPTION_NOTICE && CrisisChannel.exceptionNoticeAtOnce(task)) {
            return "at once when you complete this task (the emergency plan informs the client around the clock, whatever their hours)";
        }
        List<ContactWindow> ahead = windows.stream().filter(w -> w.end().isAfter(now)).limit(WINDOWS).toList();
        if (ahead.isEmpty()) {
            return "at once when you complete this task (the client has no business hours in the next weeks)";
        }
        return "when you complete this task, at once if the client's business hours are open then, else when they next open"
            + " (their working days; public holidays and closures skipped). " + HOURS + ahead.stream()
                .map(w -> TaskGuidance.window(Optional.of(w), client.teamZone(), client.zone())).collect(Collectors.joining("; "));
    }

    private String goesOut(MessageKind kind, DelegateTask task, Instant now, ClientClocks.Client client) {
        // from the start of the client's day: its window in full, not cut at the moment the task was created
        Instant clientDay = client.calendar().localDate(now).atStartOfDay(client.zone()).toInstant();
        // on the clock of the client's desk (the team's without desks), as the briefing's other windows
        return goesOut(kind, task, now, client, ContactWindows.send(client.calendar(), client.teamZone(), clientDay, WINDOWS + 1));
    }
}
