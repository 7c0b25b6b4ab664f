package io.meridian.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Marks a user task that answers something the client raised before the task was made (a complaint or an inquiry
 * posted with its {@code receivedAt}, hours before it reached the server): its due time counts from that moment, so
 * its escalation counts the share of its time from then too, not from the task's creation. A task-local variable,
 * set only where the moment lies more than {@link #LATER_THAN} before the task, so work entered as it arrives writes
 * nothing more.
 */
public final class ClientRaisedAt {

    /** The task-local variable: the moment the client raised what the task answers; absent on the others. */
    public static final String VARIABLE = "clientRaisedAt";

    /** A moment this close to the task's creation changes no share worth a write. */
    static final Duration LATER_THAN = Duration.ofMinutes(1);

    private ClientRaisedAt() {
    }

    /** Marks {@code task}, made at {@code now}, with {@code raised} when that lies more than {@link #LATER_THAN} before. */
    public static void mark(DelegateTask task, Instant raised, Instant now) {
        if (raised != null && raised.isBefore(now.minus(LATER_THAN))) {
            task.setVariableLocal(VARIABLE, Date.from(raised));
        }
    }
}
