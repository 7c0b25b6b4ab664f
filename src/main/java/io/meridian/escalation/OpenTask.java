package io.meridian.escalation;

import java.time.Duration;
import java.time.Instant;

/**
 * An open user task with a due time, as the sweep reads it in bulk.
 *
 * @param tier          the process variable {@code tier} as stored, null when the process has none
 * @param severity      the process variable {@code severity} as stored, null when the process has none
 * @param reachedLevel  the highest escalation level recorded for the task, 0 for none
 */
record OpenTask(String id, String name, String kind, String processInstanceId, String assignee,
                Instant created, Instant due, String tier, String severity, int reachedLevel) {

    /** A due time at or before creation leaves no time at all: the share is then measured against one minute. */
    static final Duration SHORTEST_SPAN = Duration.ofMinutes(1);

    /** The share of the time from creation to the due time that has passed at {@code now}: 0.5 half-way, 1 due. */
    double elapsedShare(Instant now) {
        return elapsedShare(created, due, now);
    }

    static double elapsedShare(Instant created, Instant due, Instant now) {
        if (!now.isAfter(created)) {
            return 0;
        }
        Duration span = Duration.between(created, due);
        if (span.compareTo(SHORTEST_SPAN) < 0) {
            span = SHORTEST_SPAN;
        }
        return (double) Duration.between(created, now).toMillis() / span.toMillis();
    }

    String displayName() {
        return name == null || name.isBlank() ? kind : name;
    }
}
