/**
 * The engine's history level: {@link io.meridian.history.JourneyHistoryLevel}, Camunda's {@code full}
 * without a detail row per variable write, registered by {@link io.meridian.history.HistoryLevelPlugin},
 * which also moves a database kept at {@code full} to it.
 */
package io.meridian.history;
