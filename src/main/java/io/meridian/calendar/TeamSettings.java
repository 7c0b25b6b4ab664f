package io.meridian.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.meridian.system.CountryCodes;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The team's own clock and calendar: its time zone, the hours in which it contacts clients, how
 * far it stretches them (early morning, late evening) on a day that has no overlap with the
 * client, its work week and the country whose public holidays it keeps.
 */
@ConfigurationProperties("meridian.team")
public record TeamSettings(
    @DefaultValue("Asia/Shanghai") ZoneId timeZone,
    @DefaultValue("08:00") LocalTime contactStart,
    @DefaultValue("22:00") LocalTime contactEnd,
    @DefaultValue("PT2H") Duration stretchEarly,
    @DefaultValue("PT2H") Duration stretchLate,
    @DefaultValue("MONDAY-FRIDAY") String workWeek,
    @DefaultValue("CN") String country) {

    @ConstructorBinding
    public TeamSettings {
        if (stretchEarly.isNegative() || stretchLate.isNegative()
            || stretchEarly.plus(stretchLate).compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("meridian.team.stretch-early and stretch-late must be between PT0H and, together, PT12H");
        }
        WorkWeek.parse(workWeek);
        country = country.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CountryCodes.isKnown(country)) {
            throw new IllegalArgumentException("meridian.team.country '" + country
                + "' is not an ISO 3166-1 alpha-2 country code (or XK for Kosovo)");
        }
    }

    /** A team with the default stretch, work week (Monday to Friday) and holidays (China). */
    public TeamSettings(ZoneId timeZone, LocalTime contactStart, LocalTime contactEnd) {
        this(timeZone, contactStart, contactEnd, Duration.ofHours(2), Duration.ofHours(2), "MONDAY-FRIDAY", "CN");
    }
}
