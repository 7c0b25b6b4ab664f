package io.meridian.escalation;

/**
 * Told what the escalation sweep does, e.g. to count it: each level applied to a task, and each finished run.
 * Called on the sweep's thread after the work is committed; must be quick and must not throw.
 */
public interface EscalationListener {

    /** The task {@code taskId} reached {@code level} and the level was applied (committed in its own transaction); once per level. */
    default void escalated(String taskId, int level) {
    }

    /** One sweep finished. */
    default void swept(SweepReport report) {
    }
}
