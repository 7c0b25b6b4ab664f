package io.meridian.etiquette;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** A period in force for the client, with the effect the etiquette table gave it. */
public record Observance(
    @Schema(description = "the observance, e.g. Ramadan") String name,
    @Schema(description = "what it is, e.g. PUBLIC_HOLIDAY") String kind,
    @Schema(description = "what it means for contact: NO_PUSH (no sales pressure), CLOSED (no contact) or SLOW (expect "
        + "slow answers)") Effect effect,
    @Schema(description = "its first day") LocalDate from,
    @Schema(description = "its last day") LocalDate to,
    @Schema(description = "how to deal with the client meanwhile") String advice,
    @Schema(description = "the client's business hours on its days when it shortens them (Ramadan in Saudi Arabia: 09:00-15:00); "
        + "null when it keeps them") @Nullable BusinessHours businessHours) {
}
