package io.meridian.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A client's time zone as the clocks need it: an IANA id of a place (Asia/Tokyo), whose rules follow
 * daylight saving time. A fixed offset (UTC+1, GMT+9, +02:00) is refused: for a client in Berlin,
 * UTC+1 puts every call window an hour off from March to October. A city written alone (Tokyo, New
 * York) is refused naming the id it matches.
 */
public final class TimeZones {

    private static final String EXAMPLE = "use an IANA id such as America/Los_Angeles";

    private TimeZones() {
    }

    /**
     * Why {@code value} cannot be a client's time zone, with the value as {@code shown} and the field as {@code field};
     * empty for a blank value or a place's IANA id.
     */
    static Optional<String> problem(String value, String shown, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            List<String> meant = cities(value.trim());
            return Optional.of("unknown time zone '" + shown + "' in " + field + " (" + (meant.isEmpty() ? EXAMPLE
                : "the IANA id of " + value.trim() + " is " + String.join(" or ", meant)) + ")");
        }
        if (zone.normalized() instanceof ZoneOffset) {
            return Optional.of("time zone '" + shown + "' in " + field + " is a fixed offset, which does not follow daylight saving"
                + " time: give the IANA id of the client's city, such as Europe/Berlin or Asia/Tokyo");
        }
        return Optional.empty();
    }

    /** {@link #problem} with the value and the field's name written out, for a reader without a constraint's context. */
    public static Optional<String> problemOf(String value, String field) {
        return problem(value, value == null ? "" : value.trim(), field);
    }

    /** The IANA ids whose city is {@code written} ("new york" matches America/New_York), at most three. */
    public static List<String> cities(String written) {
        String city = written.replace(' ', '_').toLowerCase(Locale.ROOT);
        if (city.isEmpty() || city.contains("/")) {
            return List.of();
        }
        return ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).equals(city))
            .filter(id -> !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().limit(3).toList();
    }
}
