package io.meridian.escalation;

import java.time.Instant;

/**
 * An open user task with a due time, as the sweep reads it in bulk.
 *
 * @param tier          the process variable {@code tier} as stored, null when the process has none
 * @param severity      the process variable {@code severity} as stored, null when the process has none
 * @param reachedLevel  the highest escalation level recorded for the task, 0 for none
 * @param desk          the desk of the client the process names ({@code clientId}), null without a client or desk
 * @param roundTheClock the task is on the 7×24 clock ({@link io.meridian.process.RoundTheClock})
 */
record OpenTask(String id, String name, String kind, String processInstanceId, String assignee,
                Instant created, Instant due, String tier, String severity, int reachedLevel, String desk, boolean roundTheClock) {

    String displayName() {
        return name == null || name.isBlank() ? kind : name;
    }
}
