/**
 * New user tasks start with an empty variable store, as Camunda's new executions do: without it the
 * first read or write of a new task's variables asks the database for variables a task created in
 * this very command cannot have yet (one {@code select} of {@code ACT_RU_VARIABLE} per task).
 * Registered by the engine plugin of this module for every user task the engine parses.
 *
 * <p>Public surface: none (a Spring component).
 */
package io.meridian.newtasks;
