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
 * @param clientRaisedAt when the client raised what the task answers, where that was before the task was made
 *                      ({@link io.meridian.process.ClientRaisedAt}); null for the others
 * @param managersAlertedAt when every manager was alerted to the task as it was made (a crisis complaint's answer,
 *                      {@link io.meridian.process.ManagersAlerted}); null for the others
 * @param clientBackAt  when the team can reach the client again, for a task that asks the client something and was made
 *                      before or in their closure ({@link io.meridian.process.ClientBackAt}); null for the others
 */
record OpenTask(String id, String name, String kind, String processInstanceId, String assignee,
                Instant created, Instant due, String tier, String severity, int reachedLevel, String desk, boolean roundTheClock,
                Instant clientRaisedAt, Instant managersAlertedAt, Instant clientBackAt) {

    OpenTask(String id, String name, String kind, String processInstanceId, String assignee,
             Instant created, Instant due, String tier, String severity, int reachedLevel, String desk, boolean roundTheClock,
             Instant clientRaisedAt, Instant managersAlertedAt) {
        this(id, name, kind, processInstanceId, assignee, created, due, tier, severity, reachedLevel, desk, roundTheClock,
            clientRaisedAt, managersAlertedAt, null);
    }

    /**
     * Where the task's time starts: when the client raised it, for a complaint or inquiry entered after the client sent
     * it (its due time counts from then); when the client is back, for a follow-up made before or in their closure
     * (nobody is chased while they are away); else when the task was made.
     */
    Instant start() {
        return raisedBefore() ? clientRaisedAt : waitsForClient() ? clientBackAt : created;
    }

    /** The task asks a client who is closed when it is made: its time counts from when they are back. */
    boolean waitsForClient() {
        return clientBackAt != null && clientBackAt.isAfter(created) && clientBackAt.isBefore(due);
    }

    /** The client raised what the task answers before the task was made, and its time counts from then. */
    boolean raisedBefore() {
        return clientRaisedAt != null && clientRaisedAt.isBefore(created);
    }

    String displayName() {
        return name == null || name.isBlank() ? kind : name;
    }
}
