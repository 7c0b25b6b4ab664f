package io.meridian.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import io.meridian.calendar.ContactWindow;
import io.meridian.process.ClientClocks;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A decision delay with a concrete next date (seed 003: "report by Thursday, talk on Friday"): the
 * journey goes back to waiting for the client, and its follow-up falls due at the first call window
 * of the agreed day (the client's day), not after the usual cadence. The follow-up count starts
 * again: the client agreed to talk, a follow-up on that day is not one more unanswered chase.
 */
@Component
class ScheduleAgreedDateDelegate implements JavaDelegate {

    private final ClientClocks clocks;

    ScheduleAgreedDateDelegate(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        LocalDate day = ProcessValues.date(execution, Var.NEXT_STEP_ON);
        if (day == null) {
            throw new io.meridian.system.InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn is required: the next date agreed with the client");
        }
        execution.setVariable(Var.FOLLOW_UP_AT, Date.from(wakeAt(execution, day, now)));
        execution.setVariable(Var.FOLLOW_UPS_SENT, 0);
    }

    Instant wakeAt(DelegateExecution execution, LocalDate day, Instant now) {
        return wakeAt(clocks, clocks.decide(execution, now), day, now);
    }

    /** The first call window with {@code client} from the start of the agreed day (from now, for today). */
    static Instant wakeAt(ClientClocks clocks, ClientClocks.Client client, LocalDate day, Instant now) {
        Instant dayStart = day.atStartOfDay(client.zone()).toInstant();
        Instant from = dayStart.isBefore(now) ? now : dayStart;
        return clocks.clocks().nextCall(client.calendar(), client.team(), from).map(ContactWindow::start).orElse(from);
    }
}
