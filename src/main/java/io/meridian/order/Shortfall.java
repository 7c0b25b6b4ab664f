package io.meridian.order;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** The order desk accepted that an order goes on with less than the amount due, saying why. */
public record Shortfall(
    @Schema(description = "why the order desk let the order go on without the full amount") String reason,
    @Schema(description = "the order desk member who accepted the shortfall") String acceptedBy,
    @Schema(description = "when they accepted it") Instant acceptedAt) {
}
