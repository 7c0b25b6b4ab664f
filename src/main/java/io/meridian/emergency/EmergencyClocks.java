package io.meridian.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.meridian.process.ClientClocks;
import io.meridian.complaint.ComplaintDecisionService;
import io.meridian.complaint.Severity;
import io.meridian.emergency.EmergencyPlan.Activity;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The clocks of the emergency plan's roles. Seed 001 calls production delays, logistics holds and
 * quality complaints emergencies (突发情况); seed 003 answers a client's emergency (突发问题) on the
 * 7×24 crisis channel within 2 hours and handles it in three stages: diagnosis, interim plan,
 * root-cause fix. So the client-facing role and the supplier contact (the diagnosis) are due within
 * the crisis first response of the complaint-handling workbook (sheet "Response times", row
 * CRITICAL: PT2H, read from the table in force, so the analysts' change applies), around the clock;
 * the fix (the root-cause stage) within {@value #FIX_WORKING_DAYS} working days of the client's desk (or the team), the clock complaint
 * handling gives the root-cause fix of a HIGH or CRITICAL complaint.
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
            case Activity.SEND_EXCEPTION_NOTICE, Activity.TALK_TO_SUPPLIER -> now.plus(crisisResponse());
            case Activity.DESIGN_FIX -> client.team().plusWorkingDays(now, FIX_WORKING_DAYS);
            default -> null;
        });
    }

    /** The client notice and the supplier contact answer on the crisis channel, 7×24. */
    @Override
    public boolean roundTheClock(DelegateTask task) {
        return Activity.SEND_EXCEPTION_NOTICE.equals(task.getTaskDefinitionKey()) || Activity.TALK_TO_SUPPLIER.equals(task.getTaskDefinitionKey());
    }

    /** The crisis first response of the complaint table in force. */
    Duration crisisResponse() {
        return complaints.responseTime(Severity.CRITICAL);
    }
}
