package io.meridian.complaint;

import java.time.Instant;
import java.util.Date;

import io.meridian.process.ClientClocks;
import io.meridian.process.TaskClocks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the team follows up a root-cause fix the client has not confirmed yet ("follow up until
 * the client confirms satisfaction", DOMAIN.md "Complaints and crises"): after 1 working day of the
 * client's desk (the team's without desks) for a HIGH or CRITICAL complaint, after 3 otherwise
 * (judgement), counted from when the client has the fix. The timer of {@code confirmationOverdue} asks
 * {@code ${confirmationFollowUp.dueAfter(execution, severity)}} each time the process starts waiting
 * for the client.
 */
@Component("confirmationFollowUp")
public class ConfirmationFollowUp {

    static final int WORKING_DAYS = 3;
    static final int URGENT_WORKING_DAYS = 1;

    private final TaskClocks clocks;
    private final ClientClocks clients;
    private final FixEmail fixEmail;

    ConfirmationFollowUp(TaskClocks clocks, ClientClocks clients, FixEmail fixEmail) {
        this.clocks = clocks;
        this.clients = clients;
        this.fixEmail = fixEmail;
    }

    /**
     * The follow-up time for a complaint of this severity, in the client's desk's working days from the moment the client
     * has the fix: now (Camunda's clock), or when the fix email goes out if it still waits for the client's business hours
     * (a fix completed on a Friday evening reaches the client on Monday; a follow-up counted from Friday asked about a fix
     * the client had not read).
     */
    public Date dueAfter(DelegateExecution execution, String severity) {
        Instant now = ClockUtil.now().toInstant();
        Instant from = execution.getProcessBusinessKey() == null ? now
            : fixEmail.waitingAfter(execution.getProcessBusinessKey(), now).orElse(now);
        return Date.from(clients.team(execution).plusWorkingDays(from, workingDays(severity)));
    }

    /**
     * The same in the whole team's working days: what complaints started before the process asked with its execution
     * still call (a deployed process definition keeps its expressions).
     */
    public Date dueAfter(String severity) {
        return Date.from(clocks.plusWorkingDays(ClockUtil.now().toInstant(), workingDays(severity)));
    }

    private static int workingDays(String severity) {
        return Severity.valueOf(severity).compareTo(Severity.HIGH) >= 0 ? URGENT_WORKING_DAYS : WORKING_DAYS;
    }
}
