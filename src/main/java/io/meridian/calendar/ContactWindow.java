package io.meridian.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

/** A stretch of time in which the team may reach the client, in both clocks. */
public record ContactWindow(Instant start, Instant end,
                            LocalDateTime clientLocalStart, LocalDateTime clientLocalEnd,
                            LocalDateTime teamLocalStart, LocalDateTime teamLocalEnd) {
}
