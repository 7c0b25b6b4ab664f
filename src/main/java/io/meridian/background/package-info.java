/**
 * A thread of its own for a component's periodic work (watching the rules and messages folders,
 * keeping the H2 file): one named daemon thread, started with the application and stopped with it.
 *
 * <p>Public surface: {@link DaemonScheduler}.
 */
package io.meridian.background;
