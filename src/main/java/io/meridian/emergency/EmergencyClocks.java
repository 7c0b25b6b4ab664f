package io.meridian.emergency;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.meridian.complaint.ComplaintDecisionService;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.complaint.Severity;
import io.meridian.emergency.EmergencyPlan.Activity;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The clocks of the emergency plan's roles. Seed 001 calls production delays, logistics holds and
 * quality complaints emergencies (突发情况) and names the roles: who talks to the supplier (谁对接供应商), who
 * informs the client (谁通知客户), who designs the fix (谁制定解决方案). Seed 003 answers a client's emergency
 * (突发问题) on a 7×24 emergency contact channel (7×24小时紧急联络通道) within 2 hours: that is the client's line.
 * So the client-facing role of an order's emergency (a production delay, a logistics hold) is due within the crisis
 * first response of the complaint-handling workbook (sheet "Response times", row CRITICAL: PT2H, read from the table in
 * force, so the analysts' change applies), around the clock. A quality complaint that is no crisis is ordinary
 * feedback (seed 003: answered within 48 hours, not on the 7×24 channel; DOMAIN.md "Complaints and crises"): its plan's
 * notice is due with the complaint's own first response ({@code firstResponseDueAt}, the complaint table's response
 * time in the working time of the client's desk or the team, which its automatic receipt promised the client), not 2
 * hours round the clock; a crisis complaint's plan has no notice (its acknowledgement tells the client). Talking to the supplier is the team's own work with a factory, carrier or forwarder that keeps its working
 * hours, and no seed puts it on the client's channel: it is due within the same crisis response counted in the working
 * time of the client's desk (or the team), so a Sunday-night emergency has it due 2 hours after the team is back, not
 * at night when neither the team nor the supplier works. The fix (the root-cause stage) within
 * {@value #FIX_WORKING_DAYS} working days, the clock complaint handling gives the root-cause fix of a HIGH or CRITICAL
 * complaint. A quality complaint that is no crisis is ordinary feedback, analysed and answered in the closed loop of
 * seed 003 (接收-分类-分析-响应-验证, 48 hours): its supplier talk is that analysis, due with the complaint's first
 * response so that the answer can give the cause, and its fix takes the root-cause clock complaint handling gives the
 * complaint's severity, not the crisis's 2 hours and 2 days. Neither the supplier talk nor the fix contacts the client:
 * their forms show no client window.
 */
@Component
class EmergencyClocks implements TaskDueRule {

    static final int FIX_WORKING_DAYS = 2;

    private final ComplaintDecisionService complaints;
    EmergencyClocks(ComplaintDecisionService complaints) {
        this.complaints = complaints;
    }

    @Override
    public Optional<Instant> due(DelegateTask task, Instant now, ClientClocks.Client client) {
        return Optional.ofNullable(switch (task.getTaskDefinitionKey()) {
            case Activity.SEND_EXCEPTION_NOTICE -> complaintNotCrisis(task) ? complaintsFirstResponse(task, now, client)
                : now.plus(crisisResponse());
            case Activity.TALK_TO_SUPPLIER -> complaintNotCrisis(task) ? complaintsFirstResponse(task, now, client)
                : client.team().plusWorkingTime(now, crisisResponse());
            case Activity.DESIGN_FIX -> client.team().plusWorkingDays(now, complaintNotCrisis(task)
                ? ComplaintHandling.rootCauseFixWorkingDays(severity(task)) : FIX_WORKING_DAYS);
            default -> null;
        });
    }

    /** An order's client notice answers on the crisis channel, 7×24; a complaint's that is no crisis in working time. */
    @Override
    public boolean roundTheClock(DelegateTask task) {
        return Activity.SEND_EXCEPTION_NOTICE.equals(task.getTaskDefinitionKey()) && !complaintNotCrisis(task);
    }

    /** The complaint's severity, NORMAL where the plan was given none. */
    private static Severity severity(DelegateTask task) {
        String severity = ProcessValues.text(task, ComplaintHandling.Var.SEVERITY);
        return severity == null ? Severity.NORMAL : Severity.valueOf(severity);
    }

    /** The plan of a quality complaint that is no crisis (the complaint's {@code crisis} variable, passed in with the others). */
    static boolean complaintNotCrisis(DelegateTask task) {
        return EmergencyPlan.Kind.QUALITY_COMPLAINT.name().equals(ProcessValues.text(task, EmergencyPlan.Var.KIND))
            && !Boolean.TRUE.equals(task.getVariable(ComplaintHandling.Var.CRISIS));
    }

    /**
     * The complaint's first response as its classification set it; for a complaint without one, its response time by
     * severity counted from now in the working time of the client's desk (or the team).
     */
    private Instant complaintsFirstResponse(DelegateTask task, Instant now, ClientClocks.Client client) {
        Instant due = ProcessValues.instant(task, ComplaintHandling.Var.FIRST_RESPONSE_DUE_AT, ZoneOffset.UTC);
        if (due != null && lateOnEntry(task, now)) {
            // a complaint entered after its first response was due: its acknowledgement is late from the start and says so
            // (and escalates so); the plan's work could not start before it was entered, and is due as soon as a crisis's
            // supplier talk is, within the crisis response of the team's working time, not days ago
            return client.team().plusWorkingTime(now, crisisResponse());
        }
        if (due != null) {
            return due;
        }
        String severity = ProcessValues.text(task, ComplaintHandling.Var.SEVERITY);
        Duration response = severity == null ? complaints.responseTime(Severity.NORMAL) : complaints.responseTime(Severity.valueOf(severity));
        return client.team().dueInWorkingTime(now, now.plus(response));
    }

    /** The plan of a complaint whose first response was due before the plan's task was made at {@code now}. */
    static boolean lateOnEntry(DelegateTask task, Instant now) {
        Instant due = ProcessValues.instant(task, ComplaintHandling.Var.FIRST_RESPONSE_DUE_AT, ZoneOffset.UTC);
        return complaintNotCrisis(task) && due != null && due.isBefore(now);
    }

    /** The supplier talk and the fix are the team's own work: only the notice reaches the client. */
    @Override
    public boolean contactsClient(DelegateTask task) {
        return !Activity.TALK_TO_SUPPLIER.equals(task.getTaskDefinitionKey()) && !Activity.DESIGN_FIX.equals(task.getTaskDefinitionKey());
    }

    /** The crisis first response of the complaint table in force. */
    Duration crisisResponse() {
        return complaints.responseTime(Severity.CRITICAL);
    }
}
