/**
 * Task listeners on every user task the engine parses, for the engine plugins of other modules.
 *
 * <p>Public surface: {@link UserTaskListeners}.
 */
package io.meridian.usertasks;
