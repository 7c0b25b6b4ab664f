package io.meridian.client;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * One change of one field of a client record, kept for good.
 *
 * @param changedBy the authenticated user, or {@code system} for a step the engine ran on its own
 * @param source    what changed it: {@code PATCH /api/clients}, {@code inquiry <id>} (a blank filled), {@code complaint <id>}
 */
record ClientChange(
    @Schema(description = "the field that changed, e.g. tier") String field,
    @Schema(description = "its value before; null when it had none") @Nullable String oldValue,
    @Schema(description = "its value after; null when it was cleared") @Nullable String newValue,
    @Schema(description = "the user who made the change") String changedBy,
    @Schema(description = "what sent the change, e.g. inquiry ID (a blank the inquiry filled) or the client record's PATCH") String source,
    @Schema(description = "when it changed") Instant changedAt) {
}
