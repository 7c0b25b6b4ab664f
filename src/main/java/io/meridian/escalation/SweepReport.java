package io.meridian.escalation;

import java.time.Duration;

/**
 * What one sweep did.
 *
 * @param tasksChecked   open tasks with a due time that were decided
 * @param tasksEscalated tasks that reached a new level in this run
 * @param tasksDeferred  tasks that are due a new level but beyond the run's limit: the next run takes them
 * @param checkTime      reading and deciding every task
 * @param applyTime      recording and applying the new levels
 */
public record SweepReport(int tasksChecked, int tasksEscalated, int tasksDeferred, Duration checkTime, Duration applyTime) {
}
