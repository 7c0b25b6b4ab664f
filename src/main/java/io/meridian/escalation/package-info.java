/**
 * Escalation: the escalation decision table, and the sweep that applies it to every open user task with a due
 * time, once per task and level, on the engine's job executor.
 *
 * <p>Public surface: {@link EscalationAction}, {@link EscalationFact}, {@link EscalationListener},
 * {@link EscalationSettings}, {@link SweepReport}, {@link SweepSchedule}.
 */
package io.meridian.escalation;
