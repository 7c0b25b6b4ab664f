package io.meridian.etiquette;

import io.meridian.calendar.WindowKind;
import io.meridian.system.CountryCode;
import io.meridian.system.IsoInstant;
import io.meridian.system.OneOf;
import io.meridian.system.TimeZoneId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Body of {@code POST /api/decisions/contact-window}, checked once by Bean Validation; {@code kind}
 * is CALL (default) or SEND, {@code count} 1 to 50 (default 5).
 */
record ContactWindowRequest(@CountryCode String country,
                            @TimeZoneId String timeZone,
                            @IsoInstant(decision = true) String from,
                            @Min(value = 1, message = "[field] must be between 1 and 50")
                            @Max(value = 50, message = "[field] must be between 1 and 50") Integer count,
                            @OneOf(WindowKind.class) String kind) {
}
