package io.meridian.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A stretch of time in which to reach the client, in both clocks.
 *
 * @param stretch true when the team works outside its regular contact hours for it (early
 *                morning or late evening, or beyond: then {@code cost} says by how much)
 * @param cost    null for a window inside the team's contact or stretch hours; otherwise what the
 *                slot costs the team, e.g. "1 h 30 min before the team's early hours (06:00)"
 */
public record ContactWindow(Instant start, Instant end, WindowKind kind, boolean stretch,
                            LocalDateTime clientLocalStart, LocalDateTime clientLocalEnd,
                            LocalDateTime teamLocalStart, LocalDateTime teamLocalEnd,
                            String cost) {
}
