package io.meridian.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The client's side of every clock, from one etiquette decision: zone, working days and hours,
 * the days an observance closes (known up to {@code knownUntil}) and announced make-up working
 * days. Nothing here asks the rules again.
 */
public record ClientCalendar(ZoneId zone, Set<DayOfWeek> workWeek, LocalTime opens, LocalTime closes,
                             Set<LocalDate> closedDays, Set<LocalDate> extraWorkingDays, LocalDate knownUntil) {

    public ClientCalendar {
        workWeek = workWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workWeek));
        closedDays = Set.copyOf(closedDays);
        extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    /** A working day of the client: in the work week or an announced make-up day, and not closed. */
    public boolean isWorkingDay(LocalDate day) {
        return (workWeek.contains(day.getDayOfWeek()) || extraWorkingDays.contains(day)) && !closedDays.contains(day);
    }

    /**
     * {@code day}, or the client's next working day after it; {@code day} itself when none comes within a year (a
     * calendar without a work week). Closed days are known up to {@link #knownUntil}: judge a far day with a calendar
     * decided near it.
     */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day;
        for (int guard = 0; guard < 366; guard++, next = next.plusDays(1)) {
            if (isWorkingDay(next)) {
                return next;
            }
        }
        return day;
    }

    public Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, opens, zone).toInstant();
    }

    public Instant closing(LocalDate day) {
        return ZonedDateTime.of(closes.isAfter(opens) ? day : day.plusDays(1), closes, zone).toInstant();
    }

    public LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The same calendar in another zone (a Los Angeles client of a US row that defaults to New York). */
    public ClientCalendar inZone(ZoneId other) {
        return other == null || other.equals(zone) ? this
            : new ClientCalendar(other, workWeek, opens, closes, closedDays, extraWorkingDays, knownUntil);
    }
}
