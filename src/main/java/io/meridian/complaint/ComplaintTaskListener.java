package io.meridian.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.Durations;
import io.meridian.calendar.TeamCalendar;
import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteWords;
import io.meridian.moments.TeamMoments;
import io.meridian.names.Words;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.order.TrackingNumbers;
import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.ClientRaisedAt;
import io.meridian.process.ClientVariables;
import io.meridian.process.EmailPreview;
import io.meridian.process.ProcessValues;
import io.meridian.process.RoundTheClock;
import io.meridian.process.TaskGuidance;
import io.meridian.process.TaskLabels;
import io.meridian.rules.FiredRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * On creation of each complaint task: its due time, the follow-up date at the client's next
 * contact window, and what its form shows (task-local {@code briefing}, {@code guidance},
 * {@code why}). Due times: the acknowledgement by the first-response time after receipt (2 h in a
 * crisis, 48 h for ordinary feedback, per the table; outside the team's working hours, crises aside, at the
 * end of its first working day back when that is later: {@link ClassifyComplaintDelegate}); diagnosis and interim solution each within
 * the same response time from now; the root-cause fix within 2 working days for HIGH and
 * CRITICAL complaints, 5 otherwise; a follow-up on an unconfirmed fix within 1 working day
 * (judgement), inside a call window ({@link #followUpDue}). The task's name carries the client ({@link TaskLabels}).
 */
@Component
class ComplaintTaskListener implements TaskListener {

    static final int FIX_WORKING_DAYS = 5;
    static final int URGENT_FIX_WORKING_DAYS = 2;
    static final int FOLLOW_UP_WORKING_DAYS = 1;

    private final ClientClocks clients;
    private final TaskGuidance taskGuidance;
    private final ObjectMapper json;
    private final EmailPreview preview;

    private final OrderLedger orders;
    private final CrisisAlert crisisAlert;
    private final List<ComplaintBriefingSection> sections;

    ComplaintTaskListener(ClientClocks clients, TaskGuidance taskGuidance, ObjectMapper json, EmailPreview preview,
                          OrderLedger orders, CrisisAlert crisisAlert, ObjectProvider<ComplaintBriefingSection> sections) {
        this.sections = sections.orderedStream().toList();
        this.orders = orders;
        this.crisisAlert = crisisAlert;
        this.preview = preview;
        this.clients = clients;
        this.taskGuidance = taskGuidance;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clients.decide(task, now);
        Instant due = due(task, now, client);
        task.setDueDate(Date.from(due));
        if (roundTheClock(task)) {
            RoundTheClock.mark(task);
        }
        if (Activity.ACKNOWLEDGE_COMPLAINT.equals(task.getTaskDefinitionKey())) {
            // its first response counts from when the client complained, which may be hours before it was entered
            ClientRaisedAt.mark(task, ProcessValues.instant(task, Var.RECEIVED_AT, ZoneOffset.UTC), now);
        }
        TaskLabels.apply(task);
        TaskLabels.reference(task, ProcessValues.text(task, Var.COMPLAINT_NUMBER));
        Etiquette e = client.etiquette();
        ZoneId clientZone = client.zone();
        Optional<ContactWindow> window = taskGuidance.followUp(task, now, client);
        TaskGuidance.show(task, briefing(task, due, clientZone, client.teamZone(), window, callOpens(client, now), now, e) + TaskGuidance.desk(client), guidance(task) + "\n\n" + TaskGuidance.guidance(e, ProcessValues.text(task, ClientVariables.PREFERRED_CHANNEL)),
            why(task) + "\n\n" + TaskGuidance.why(e));
        preview.render(task, now, client);
        if (CrisisAlert.alerts(task)) {
            crisisAlert.send(task, due, now, client);
        }
    }

    /** A crisis's answers (its acknowledgement, diagnosis and interim solution) run 7×24; its fix and follow-up count working days. */
    static boolean roundTheClock(DelegateTask task) {
        return Boolean.TRUE.equals(task.getVariable(Var.CRISIS)) && !Activity.FIX_ROOT_CAUSE.equals(task.getTaskDefinitionKey())
            && !Activity.FOLLOW_UP_COMPLAINT.equals(task.getTaskDefinitionKey());
    }

    /**
     * The due time; working days are those of the client's desk, else the team. The follow-up asks the client whether
     * the fix works: never due on a day the client is closed ({@link ClientClosedDue}).
     */
    Instant due(DelegateTask task, Instant now, ClientClocks.Client client) {
        TeamCalendar team = client.team();
        Duration response = Duration.parse(ProcessValues.requiredText(task, Var.FIRST_RESPONSE));
        return switch (task.getTaskDefinitionKey()) {
            case Activity.ACKNOWLEDGE_COMPLAINT -> ProcessValues.instant(task, Var.FIRST_RESPONSE_DUE_AT, ZoneOffset.UTC);
            case Activity.FIX_ROOT_CAUSE -> team.plusWorkingDays(now,
                ComplaintHandling.rootCauseFixWorkingDays(Severity.valueOf(ProcessValues.requiredText(task, Var.SEVERITY))));
            case Activity.FOLLOW_UP_COMPLAINT -> followUpDue(task, now, client, clients.clocks());
            // a crisis runs 7×24; the other stages are due the response time after the step before, in working time
            default -> roundTheClock(task) ? now.plus(response)
                : team.dueInWorkingTime(now, now.plus(response));
        };
    }

    /**
     * The follow-up on a fix asks the client whether it works: within {@value #FOLLOW_UP_WORKING_DAYS} working day of the
     * client's desk (or the team), never on a day the client is closed ({@link ClientClosedDue}), and on a day they work inside
     * a call window ({@link CallWindowDue}): made at 10:00 in Shanghai for a Berlin client, due when that day's window ends
     * (15:00 in Berlin), not the next day at 10:00, 03:00 in Berlin. For the task when it is made and on another desk or clock.
     */
    static Instant followUpDue(DelegateTask task, Instant now, ClientClocks.Client client, Clocks clocks) {
        return CallWindowDue.askingTheClient(task, client, clocks, now, client.team().plusWorkingDays(now, FOLLOW_UP_WORKING_DAYS));
    }

    /**
     * When a call may reach the client: now in their business hours, else when those open (their working days and
     * hours, public holidays aside): a crisis is answered 7×24, but not by a call at 02:30 in the client's night.
     */
    private Instant callOpens(ClientClocks.Client client, Instant now) {
        return clients.clocks().sendAt(client.calendar(), now);
    }

    /** A channel that is a call (the table's PRIVATE_CALL, a client's PHONE), not something written. */
    static boolean isCall(String channel) {
        return channel != null && (channel.endsWith("CALL") || "PHONE".equals(channel));
    }

    private String briefing(DelegateTask task, Instant due, ZoneId clientZone, ZoneId teamZone, Optional<ContactWindow> window,
                            Instant callOpens, Instant now, Etiquette etiquette) {
        StringBuilder b = new StringBuilder();
        b.append("**Complaint ").append(v(task, Var.COMPLAINT_NUMBER)).append(":** ").append(Words.of(v(task, Var.CATEGORY)))
            .append(", worded ").append(Words.of(v(task, Var.WORDING)))
            .append(", severity ").append(Words.of(v(task, Var.SEVERITY)));
        if (Boolean.TRUE.equals(task.getVariable(Var.CRISIS))) {
            b.append(" (crisis: answer within ").append(Durations.words(v(task, Var.FIRST_RESPONSE))).append(", 7×24)");
        }
        int level = Optional.ofNullable(ProcessValues.integer(task, Var.LEVEL)).orElse(0);
        if (level > 0) {
            b.append(", reopened ").append(level).append(level == 1 ? " time" : " times");
        }
        if (ComplaintHandling.fromDetractorScore(task)) {
            b.append(", opened from a detractor score");
        }
        b.append("\n\n**Client:** ").append(v(task, Var.COMPANY)).append(", ").append(v(task, Var.CONTACT_NAME))
            .append(" <").append(v(task, Var.EMAIL)).append(">, ").append(v(task, Var.COUNTRY)).append(", tier ")
            .append(v(task, Var.TIER));
        String orderId = ProcessValues.text(task, Var.ORDER_ID);
        OrderRecord order = orderId == null ? null : orders.byId(orderId).orElse(null);
        if (orderId != null) {
            // the number the team and the client quote (MO-2027-9C3E5B8D), not the ledger's id
            b.append(", order ").append(order == null ? orderId : order.orderNumber());
        }
        TaskGuidance.assumedZone(task, clientZone, now).ifPresent(note -> b.append("\n\n").append(note));
        if (order != null && order.status() == OrderRecord.Status.CANCELLED) {
            // a complaint about an order that is off: the team reads it is off before they answer about its goods or dates
            b.append("\n\n**Order cancelled:** ").append(TaskGuidance.both(order.cancelledAt(), teamZone, clientZone)).append(": ")
                .append(order.cancellationReason());
        } else if (order != null) {
            // what the client was promised and where the goods are: the first thing a late delivery's answer needs
            b.append("\n\n**Order:** ").append(orderState(order, teamZone, clientZone));
        }
        b.append("\n\n> ").append(v(task, Var.DESCRIPTION).replace("\n", "\n> "));
        Instant received = ProcessValues.instant(task, Var.RECEIVED_AT, ZoneOffset.UTC);
        b.append("\n\n**Received:** ").append(TaskGuidance.both(received, teamZone, clientZone));
        b.append("\n\n").append(TaskGuidance.DUE_HEAD).append(' ').append(TaskGuidance.due(task, due, teamZone, clientZone));
        if (task.getVariable(Var.RECEIPT_PROMISE) instanceof Date promised) {
            b.append("\n\n**Automatic receipt:** sent at once, as the complaint came outside our working hours; it gave the client"
                + " the reference and told them our personal answer comes by ").append(TaskGuidance.both(promised.toInstant(), teamZone, clientZone));
        }
        if (task.getVariable(Var.LATE_ON_ENTRY) instanceof Date late) {
            b.append("\n\n**Late on entry:** the first response was due ").append(TaskGuidance.both(late.toInstant(), teamZone, clientZone))
                .append(", before the complaint was entered")
                .append(Boolean.TRUE.equals(task.getVariable(Var.CRISIS)) || ComplaintHandling.fromDetractorScore(task) ? ""
                    : "; no automatic receipt went, as it would have promised an answer later still")
                .append(": answer at once, and open with an apology for the wait, ").append(lateApology(etiquette)).append('.');
        }
        String channel = EtiquetteWords.channel(v(task, Var.CHANNEL));
        if (isCall(ProcessValues.text(task, Var.CHANNEL)) && callOpens.isAfter(now)) {
            b.append("\n\n**Answer by:** an email now: it is ").append(TeamMoments.at(now, clientZone)).append(" for the client (")
                .append(clientZone).append("), outside their business hours")
                // a call fits when their hours open before the due time: then "no time for a call" would mislead; and a task
                // already late (entered after its due time) has no time to lose, not "no time for a call" ahead of it
                .append(!due.isAfter(now) ? ", and the answer is late already (due " + TaskGuidance.both(due, teamZone, clientZone) + ")"
                    : callOpens.isAfter(due) ? ", no time for a call" : "").append(". Then the ").append(channel)
                .append(" when their business hours open: ").append(TaskGuidance.both(callOpens, teamZone, clientZone))
                .append("; what it agrees confirmed in writing by email");
        } else {
            b.append("\n\n**Answer by:** ").append(channel).append(", confirmed in writing by email");
        }
        if (Boolean.TRUE.equals(task.getVariable(Var.SENIOR_CONTACT))) {
            b.append("; a manager of equal rank to the client answers");
        }
        b.append("\n\n").append(TaskGuidance.WINDOW_HEAD).append(' ').append(TaskGuidance.window(window, teamZone, clientZone));
        String laterScores = ProcessValues.text(task, Var.LATER_SCORES);
        if (laterScores != null) {
            for (String score : laterScores.split("\n")) {
                b.append("\n\n").append(DetractorComplaints.LATER_SCORE).append(' ').append(score);
            }
        }
        appendIfPresent(b, task, Var.CLIENT_COMMENT, "Client's last word");
        appendIfPresent(b, task, Var.ACKNOWLEDGEMENT, "Acknowledged");
        appendIfPresent(b, task, Var.DIAGNOSIS, "Diagnosis");
        appendIfPresent(b, task, Var.INTERIM_SOLUTION, "Interim solution");
        appendIfPresent(b, task, Var.ROOT_CAUSE, "Root cause");
        appendIfPresent(b, task, Var.CORRECTIVE_ACTION, "Permanent fix");
        for (ComplaintBriefingSection section : sections) {
            section.section(task, teamZone, clientZone).ifPresent(text -> b.append("\n\n").append(text));
        }
        return b.toString();
    }

    /**
     * How to apologise for an answer already late, in the client's tone (the etiquette's directness and formality): in
     * full and first where the client is indirect, where a short apology reads as a formality; short and plain where
     * direct, where a long one delays the answer they wait for.
     */
    static String lateApology(Etiquette etiquette) {
        boolean indirect = etiquette != null && "INDIRECT".equals(etiquette.directness());
        boolean formal = etiquette != null && "FORMAL".equals(etiquette.formality());
        return (indirect ? "a full and sincere one before anything else, as the client's manners are indirect"
                : "a short and plain one, then straight to what you are doing about it, as the client's manners are direct")
            + (formal ? ", in formal style" : "");
    }

    private static String guidance(DelegateTask task) {
        String text = ProcessValues.text(task, Var.GUIDANCE);
        return "**Handling this complaint:**" + (text == null ? " none" : "\n- " + text.replace("\n", "\n- "));
    }

    private String why(DelegateTask task) {
        String text = ProcessValues.text(task, Var.FIRED_RULES);
        if (text == null) {
            return "";
        }
        try {
            List<FiredRule> rows = json.readValue(text, new TypeReference<List<FiredRule>>() { });
            return "Classified by the complaint-handling table, version " + v(task, Var.RULES_VERSION) + ", rows:\n"
                + String.join("\n", rows.stream().map(TaskGuidance::row).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("complaintFiredRules is not the JSON the classification wrote", e);
        }
    }

    private static void appendIfPresent(StringBuilder b, DelegateTask task, String variable, String label) {
        String text = ProcessValues.text(task, variable);
        if (text != null) {
            b.append("\n\n**").append(label).append(":** ").append(text);
        }
    }

    /**
     * "shipped Mon 11 Jan 2027 10:00 team time (…) = … client time (…) with Maersk, tracking numbers MAEU1234567 and MAEU1234568; promised
     * delivery Wed 10 Mar 2027 by sea"; delivered, or its status and the stock's forecast before the shipment.
     */
    private static String orderState(OrderRecord order, ZoneId teamZone, ZoneId clientZone) {
        StringBuilder b = new StringBuilder();
        if (order.status() == OrderRecord.Status.DELIVERED && order.deliveredAt() != null) {
            b.append("delivered ").append(TaskGuidance.both(order.deliveredAt(), teamZone, clientZone));
        } else if (order.shippedAt() != null) {
            b.append("shipped ").append(TaskGuidance.both(order.shippedAt(), teamZone, clientZone))
                .append(order.carrier() == null ? "" : " with " + order.carrier())
                .append(order.trackingNumber() == null ? "" : ", " + TrackingNumbers.written(TrackingNumbers.of(order)));
        } else {
            b.append("not shipped yet (").append(Words.of(order.status()))
                .append(order.stockReadyOn() == null ? "" : ", stock ready on " + TeamMoments.day(order.stockReadyOn())).append(')');
        }
        if (order.deliveryDate() != null) {
            b.append("; promised delivery ").append(TeamMoments.day(order.deliveryDate()))
                .append(order.shippingMethod() == null ? "" : " by " + order.shippingMethod().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static String v(DelegateTask task, String name) {
        return TaskGuidance.value(task, name);
    }
}
