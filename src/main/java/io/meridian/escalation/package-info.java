/**
 * Escalation: the escalation decision table, and the sweep that applies it to every open user
 * task with a due time, once per task and level, on the engine's job executor.
 */
package io.meridian.escalation;
