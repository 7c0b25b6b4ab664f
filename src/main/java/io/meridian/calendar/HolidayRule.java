package io.meridian.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.meridian.calendar.LunisolarHolidays.Lunisolar;
import net.time4j.TemporalType;
import net.time4j.calendar.HebrewMonth;
import net.time4j.calendar.astro.AstronomicalSeason;
import net.time4j.history.Computus;

/** One holiday of a country's calendar: the periods it yields in a Gregorian year (a period may run into the next). */
@FunctionalInterface
interface HolidayRule {

    List<ObservancePeriod> in(int year);

    /** {@code days} consecutive days from each of the first days, of the given kind. */
    static HolidayRule span(ObservanceKind kind, String name, int days, IntFunction<List<LocalDate>> firstDays) {
        return year -> {
            List<ObservancePeriod> result = new ArrayList<>(2);
            for (LocalDate first : firstDays.apply(year)) {
                result.add(new ObservancePeriod(kind, name, first, first.plusDays(days - 1L)));
            }
            return result;
        };
    }

    static HolidayRule span(String name, int days, IntFunction<List<LocalDate>> firstDays) {
        return span(ObservanceKind.PUBLIC_HOLIDAY, name, days, firstDays);
    }

    static HolidayRule on(String name, IntFunction<LocalDate> date) {
        return span(name, 1, y -> List.of(date.apply(y)));
    }

    static HolidayRule halfDay(String name, IntFunction<LocalDate> date) {
        return span(ObservanceKind.HALF_DAY_HOLIDAY, name, 1, y -> List.of(date.apply(y)));
    }

    static HolidayRule fixed(String name, int month, int day) {
        return fixed(name, month, day, 1);
    }

    static HolidayRule fixed(String name, int month, int day, int days) {
        return span(name, days, y -> List.of(LocalDate.of(y, month, day)));
    }

    /** {@code days} days from a fixed day that most companies close by custom, not by law ({@link ObservanceKind#COMPANY_CLOSURE}). */
    static HolidayRule closure(String name, int month, int day, int days) {
        return span(ObservanceKind.COMPANY_CLOSURE, name, days, y -> List.of(LocalDate.of(y, month, day)));
    }

    /** The {@code n}th {@code weekday} of a month. */
    static HolidayRule nthWeekday(String name, int month, int n, DayOfWeek weekday) {
        return on(name, y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday)));
    }

    /** Days after (or, negative, before) Western Easter Sunday. */
    static HolidayRule easter(String name, int daysAfter) {
        return on(name, y -> easterSunday(y).plusDays(daysAfter));
    }

    static LocalDate easterSunday(int year) {
        return TemporalType.LOCAL_DATE.from(Computus.WESTERN.easterSunday(year));
    }

    /** Days after (or, negative, before) Orthodox Easter Sunday (the Julian computus, as a Gregorian date). */
    static HolidayRule orthodoxEaster(String name, int daysAfter) {
        return on(name, y -> TemporalType.LOCAL_DATE.from(Computus.EASTERN.easterSunday(y)).plusDays(daysAfter));
    }

    /** {@code days} days from a lunisolar date, shifted by {@code offset} days (-1: the eve). */
    static HolidayRule lunar(Lunisolar calendar, String name, int month, int day, int offset, int days) {
        return span(name, days, y -> List.of(LunisolarHolidays.date(calendar, y, month, day).plusDays(offset)));
    }

    static HolidayRule lunar(Lunisolar calendar, String name, int month, int day) {
        return lunar(calendar, name, month, day, 0, 1);
    }

    /** {@code days} days from a Hijri (Umm al-Qura) date, shifted by {@code offset} days. */
    static HolidayRule hijri(String name, int month, int day, int offset, int days) {
        return span(name, days, y -> IslamicHolidays.inYear(y, month, day).stream().map(d -> d.plusDays(offset)).toList());
    }

    static HolidayRule hijri(String name, int month, int day, int days) {
        return hijri(name, month, day, 0, days);
    }

    static HolidayRule hijriEve(String name, int month, int day) {
        return span(ObservanceKind.HALF_DAY_HOLIDAY, name, 1,
            y -> IslamicHolidays.inYear(y, month, day).stream().map(d -> d.minusDays(1)).toList());
    }

    static HolidayRule hebrew(String name, HebrewMonth month, int day, int days) {
        return span(name, days, y -> List.of(HebrewHolidays.date(y, month, day)));
    }

    /** The half-day eve before a Hebrew holiday: the holiday begins at sunset. */
    static HolidayRule hebrewEve(String name, HebrewMonth month, int day) {
        return halfDay(name, y -> HebrewHolidays.date(y, month, day).minusDays(1));
    }

    /** The local date of an equinox or solstice, as Japan's National Astronomical Observatory fixes it. */
    static HolidayRule season(String name, AstronomicalSeason season, ZoneId zone) {
        return on(name, y -> java.time.Instant.ofEpochSecond(season.inYear(y).getPosixTime()).atZone(zone).toLocalDate());
    }

    /** Only from {@code firstYear} on (a holiday introduced by a later law). */
    static HolidayRule since(int firstYear, HolidayRule rule) {
        return year -> year < firstYear ? List.of() : rule.in(year);
    }
}
