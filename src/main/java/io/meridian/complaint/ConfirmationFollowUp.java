package io.meridian.complaint;

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
 * (judgement). The timer of {@code confirmationOverdue} asks
 * {@code ${confirmationFollowUp.dueAfter(execution, severity)}} each time the process starts waiting
 * for the client.
 */
@Component("confirmationFollowUp")
public class ConfirmationFollowUp {

    static final int WORKING_DAYS = 3;
    static final int URGENT_WORKING_DAYS = 1;

    private final TaskClocks clocks;
    private final ClientClocks clients;

    ConfirmationFollowUp(TaskClocks clocks, ClientClocks clients) {
        this.clocks = clocks;
        this.clients = clients;
    }

    /** The follow-up time for a complaint of this severity, from now (Camunda's clock), in the client's desk's working days. */
    public Date dueAfter(DelegateExecution execution, String severity) {
        return Date.from(clients.team(execution).plusWorkingDays(ClockUtil.now().toInstant(), workingDays(severity)));
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
