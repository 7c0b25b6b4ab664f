package io.meridian.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The client's side of every clock, from one etiquette decision: zone, working days and hours,
 * the days an observance closes (known up to {@code knownUntil}), the days an observance shortens
 * ({@code shortDays}: Ramadan's shorter day, a half day), the days of each week with shorter hours
 * ({@code weekdayHours}: the United Arab Emirates' Friday morning) and announced make-up working days.
 * Nothing here asks the rules again.
 */
public record ClientCalendar(ZoneId zone, Set<DayOfWeek> workWeek, LocalTime opens, LocalTime closes,
                             Set<LocalDate> closedDays, Set<LocalDate> extraWorkingDays, LocalDate knownUntil,
                             Map<LocalDate, Hours> shortDays, Map<DayOfWeek, Hours> weekdayHours) {

    /** The client's hours on one day an observance shortens. */
    public record Hours(LocalTime opens, LocalTime closes) {
    }

    public ClientCalendar {
        workWeek = workWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workWeek));
        closedDays = Set.copyOf(closedDays);
        extraWorkingDays = Set.copyOf(extraWorkingDays);
        shortDays = Map.copyOf(shortDays);
        weekdayHours = Map.copyOf(weekdayHours);
    }

    /** A calendar whose every day of the week has the same hours, but for the days an observance shortens. */
    public ClientCalendar(ZoneId zone, Set<DayOfWeek> workWeek, LocalTime opens, LocalTime closes,
                          Set<LocalDate> closedDays, Set<LocalDate> extraWorkingDays, LocalDate knownUntil,
                          Map<LocalDate, Hours> shortDays) {
        this(zone, workWeek, opens, closes, closedDays, extraWorkingDays, knownUntil, shortDays, Map.of());
    }

    /** A calendar whose every working day has the same hours. */
    public ClientCalendar(ZoneId zone, Set<DayOfWeek> workWeek, LocalTime opens, LocalTime closes,
                          Set<LocalDate> closedDays, Set<LocalDate> extraWorkingDays, LocalDate knownUntil) {
        this(zone, workWeek, opens, closes, closedDays, extraWorkingDays, knownUntil, Map.of(), Map.of());
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

    /**
     * The client's hours on {@code day}: the shorter ones an observance gives it (which keep to a short day of the week as
     * well, see {@code Etiquette.calendar}), else those of its day of the week when it is a short one, else the usual ones.
     */
    public Hours hoursOn(LocalDate day) {
        Hours shorter = shortDays.get(day);
        if (shorter != null) {
            return shorter;
        }
        Hours weekday = weekdayHours.get(day.getDayOfWeek());
        return weekday != null ? weekday : new Hours(opens, closes);
    }

    public Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, hoursOn(day).opens(), zone).toInstant();
    }

    public Instant closing(LocalDate day) {
        Hours hours = hoursOn(day);
        return ZonedDateTime.of(hours.closes().isAfter(hours.opens()) ? day : day.plusDays(1), hours.closes(), zone).toInstant();
    }

    public LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The same calendar in another zone (a Los Angeles client of a US row that defaults to New York). */
    public ClientCalendar inZone(ZoneId other) {
        return other == null || other.equals(zone) ? this
            : new ClientCalendar(other, workWeek, opens, closes, closedDays, extraWorkingDays, knownUntil, shortDays,
                weekdayHours);
    }
}
