package io.meridian.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * A stretch of time in which to reach the client, in both clocks.
 *
 * @param stretch true when the team works outside its regular contact hours for it (early
 *                morning or late evening, or beyond: then {@code cost} says by how much)
 * @param cost    null for a window inside the team's contact or stretch hours; otherwise what the
 *                slot costs the team, e.g. "1 h 30 min before the team's early hours (06:00)"
 */
public record ContactWindow(
    @Schema(description = "when the window opens") Instant start,
    @Schema(description = "when it closes") Instant end,
    @Schema(description = "CALL (the team's hours overlap the client's) or SEND (the client's business hours, when an "
        + "email should land)") WindowKind kind,
    @Schema(description = "true when the team works outside its regular contact hours for it (then cost says by how much)") boolean stretch,
    @Schema(description = CLIENT_CLOCK) LocalDateTime clientLocalStart,
    @Schema(description = CLIENT_CLOCK) LocalDateTime clientLocalEnd,
    @Schema(description = TEAM_CLOCK) LocalDateTime teamLocalStart,
    @Schema(description = TEAM_CLOCK) LocalDateTime teamLocalEnd,
    @Nullable @Schema(description = "null inside the team's contact or stretch hours; otherwise what the slot costs"
        + " the team, e.g. \"1 h 30 min before the team's early hours (06:00)\"") String cost) {

    static final String CLIENT_CLOCK = "start or end in the client's clock (its time zone), without offset";
    static final String TEAM_CLOCK = "start or end in the team's clock (the client's desk's), without offset";
}
