package io.meridian.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Marks a user task whose due time runs on the 7×24 clock (a crisis answer within 2 hours, DOMAIN.md "Complaints and
 * crises"): its escalation counts the hours as they pass, where every other task's counts the team's working time.
 * A task-local variable, set only on such tasks, so the others write nothing more.
 */
public final class RoundTheClock {

    /** The task-local variable, {@code true} on a 7×24 task and absent on the others. */
    public static final String VARIABLE = "roundTheClock";

    private RoundTheClock() {
    }

    public static void mark(DelegateTask task) {
        task.setVariableLocal(VARIABLE, Boolean.TRUE);
    }
}
