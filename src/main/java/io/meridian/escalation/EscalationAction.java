package io.meridian.escalation;

/**
 * One thing to do when a task reaches {@code level}.
 *
 * @param target for REMIND {@value #ASSIGNEE} (the person working the task, or its candidate
 *               groups while unclaimed) or a group id; for ESCALATE and NOTIFY a group id
 */
public record EscalationAction(Kind action, String target, int level) {

    /** The REMIND target that means whoever works the task. */
    public static final String ASSIGNEE = "assignee";

    public enum Kind {
        /** An email to the target. */
        REMIND,
        /** The target group becomes a candidate group of the task. */
        ESCALATE,
        /** An email to every member of the target group. */
        NOTIFY
    }

    /** As the Scenarios sheet writes it, e.g. {@code ESCALATE managers}. */
    public String describe() {
        return action + " " + target;
    }
}
