package io.meridian.complaint;

import java.time.Instant;
import java.util.Date;

import io.meridian.process.TaskClocks;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the team follows up a root-cause fix the client has not confirmed yet ("follow up until
 * the client confirms satisfaction", DOMAIN.md "Complaints and crises"): after 1 team working
 * day for a HIGH or CRITICAL complaint, after 3 otherwise (judgement). The timer of
 * {@code confirmationOverdue} asks {@code ${confirmationFollowUp.dueAfter(severity)}} each time
 * the process starts waiting for the client.
 */
@Component("confirmationFollowUp")
public class ConfirmationFollowUp {

    static final int WORKING_DAYS = 3;
    static final int URGENT_WORKING_DAYS = 1;

    private final TaskClocks clocks;

    ConfirmationFollowUp(TaskClocks clocks) {
        this.clocks = clocks;
    }

    /** The follow-up time for a complaint of this severity, from now (Camunda's clock). */
    public Date dueAfter(String severity) {
        Instant now = ClockUtil.now().toInstant();
        boolean urgent = Severity.valueOf(severity).compareTo(Severity.HIGH) >= 0;
        return Date.from(clocks.plusWorkingDays(now, urgent ? URGENT_WORKING_DAYS : WORKING_DAYS));
    }
}
