package io.meridian.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stretch of time in which to reach the client, in both clocks.
 *
 * @param stretch true when the team works outside its regular contact hours for it (early
 *                morning or late evening, or beyond: then {@code cost} says by how much)
 * @param cost    null for a window inside the team's contact or stretch hours; otherwise what the
 *                slot costs the team, e.g. "1 h 30 min before the team's early hours (06:00)"
 */
public record ContactWindow(Instant start, Instant end, WindowKind kind, boolean stretch,
                            @Schema(description = CLIENT_CLOCK) LocalDateTime clientLocalStart,
                            @Schema(description = CLIENT_CLOCK) LocalDateTime clientLocalEnd,
                            @Schema(description = TEAM_CLOCK) LocalDateTime teamLocalStart,
                            @Schema(description = TEAM_CLOCK) LocalDateTime teamLocalEnd,
                            @Schema(description = "null inside the team's contact or stretch hours; otherwise what the slot costs"
                                + " the team", example = "1 h 30 min before the team's early hours (06:00)") String cost) {

    static final String CLIENT_CLOCK = "start or end in the client's clock (its time zone), without offset";
    static final String TEAM_CLOCK = "start or end in the team's clock (the client's desk's), without offset";
}
