package io.meridian.escalation;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing to do when a task reaches {@code level}.
 *
 * @param target for REMIND {@value #ASSIGNEE} (the person working the task, or its candidate
 *               groups while unclaimed) or a group id; for ESCALATE and NOTIFY a group id
 */
public record EscalationAction(
    @Schema(description = "REMIND, ESCALATE or NOTIFY") Kind action,
    @Schema(description = "whom: the assignee, a group or a manager") String target,
    @Schema(description = "the level this action belongs to") int level) {

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
