package io.meridian.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Marks a user task whose crisis alert went to every manager when the task was made (a crisis complaint's answer):
 * the alert already told them how late it is and linked the task, so the escalation sends the managers nothing more for
 * the levels the task had reached by then, only for a level it reaches later. A task-local variable, set only on such
 * tasks.
 */
public final class ManagersAlerted {

    /** The task-local variable: the moment every manager was alerted to the task; absent on the others. */
    public static final String VARIABLE = "managersAlertedAt";

    private ManagersAlerted() {
    }

    public static void mark(DelegateTask task, Instant at) {
        task.setVariableLocal(VARIABLE, Date.from(at));
    }
}
