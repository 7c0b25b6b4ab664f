package io.meridian.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Marks a user task that asks the client something and was made while the client is closed, or just before (a
 * follow-up on a Japanese client's last day before the year-end closure, {@link ClientClosedDue}): its escalation
 * counts the share of its time from when the team can reach the client again, so that nobody is reminded, and no
 * manager handed it, while the client is away. A task-local variable, set only on such tasks.
 */
public final class ClientBackAt {

    /** The task-local variable: when the team can next reach the client, after their closure; absent on the others. */
    public static final String VARIABLE = "clientBackAt";

    private ClientBackAt() {
    }

    public static void mark(DelegateTask task, Instant back) {
        task.setVariableLocal(VARIABLE, Date.from(back));
    }
}
