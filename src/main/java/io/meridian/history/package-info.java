/**
 * The engine's history level: Camunda's {@code full} without a detail row per variable write and without the
 * history of a task's copies of the card variables,
 * registered by the engine plugin of this module, which also moves a database kept at {@code full} to it.
 *
 * <p>Public surface: {@link JourneyHistoryLevel} (a second engine on the same database names it too).
 */
package io.meridian.history;
