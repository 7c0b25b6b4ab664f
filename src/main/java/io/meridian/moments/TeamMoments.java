package io.meridian.moments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A moment as the team reads it: "Mon 7 Dec 2026 15:00", the weekday first because the team plans by
 * it, the month as a word so that 07/12 and 12/07 cannot be mixed up across desks, English names
 * whatever the server's locale. Client emails write moments in the client's language (messages).
 */
public final class TeamMoments {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private TeamMoments() {
    }

    /** A local date and time, or a moment already in its zone: "Mon 7 Dec 2026 15:00". */
    public static String of(TemporalAccessor local) {
        return DAY_AND_TIME.format(local);
    }

    /** A calendar day (a promised delivery, a stock date): "Mon 7 Dec 2026". */
    public static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

    /** {@code instant} on the clock of {@code zone}: "Mon 7 Dec 2026 15:00". */
    public static String at(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone));
    }

    /**
     * Today as a refusal says it, naming whose clock judged it: "today is Tue 8 Dec 2026 in the client's time zone
     * Asia/Tokyo" ({@code whose} "client's") or "… in the team's time zone Europe/Berlin" ("team's"). One wording for
     * every date refused as past, whichever clock decides.
     */
    public static String today(java.time.LocalDate today, String whose, ZoneId zone) {
        return "today is " + day(today) + " in the " + whose + " time zone " + zone.getId();
    }

    /** The same, naming the zone by its id (abbreviations such as CST mean China and the US): "Mon 7 Dec 2026 15:00 (Asia/Shanghai)". */
    public static String withZone(Instant instant, ZoneId zone) {
        return at(instant, zone) + " (" + zone.getId() + ")";
    }
}
