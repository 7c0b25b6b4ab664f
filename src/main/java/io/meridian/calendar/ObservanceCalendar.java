package io.meridian.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.meridian.calendar.LunisolarHolidays.Lunisolar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which calendar periods cover a date: computed from calendars, never from typed date
 * lists. Ramadan comes from the Umm al-Qura Hijri calendar of {@code java.time}, the
 * Chinese New Year from Time4J's Chinese calendar, national public holidays from Jollyday with
 * per-country corrections, or from rules where Jollyday has no calendar ({@link PublicHolidays}).
 * Whether a period matters for a client, and how, is for the etiquette table to say.
 */
@Component
public class ObservanceCalendar {

    private static final Logger log = LoggerFactory.getLogger(ObservanceCalendar.class);
    private static final int RAMADAN = 9;
    private static final int SPRING_FESTIVAL_TRAVEL_BEFORE = 15;
    private static final int SPRING_FESTIVAL_TRAVEL_FROM = 25;

    private record CountryYear(String country, int year) {
    }

    /** Each country's calendar of a year, as its law gives it (observed days may lie in the year before or after). */
    private final Map<CountryYear, List<ObservancePeriod>> calendarYears = new ConcurrentHashMap<>();
    /** The holidays with a day in a year, from that year's calendar and its neighbours'. */
    private final Map<CountryYear, List<ObservancePeriod>> holidays = new ConcurrentHashMap<>();
    private final Map<Integer, List<ObservancePeriod>> yearly = new ConcurrentHashMap<>();

    /** Every period covering {@code date} for a client in {@code country} (ISO alpha-2). */
    public List<ObservancePeriod> covering(String country, LocalDate date) {
        List<ObservancePeriod> result = new ArrayList<>(2);
        for (int year = date.getYear() - 1; year <= date.getYear(); year++) {
            for (ObservancePeriod period : yearly.computeIfAbsent(year, ObservanceCalendar::periodsOf)) {
                if (period.covers(date)) {
                    result.add(period);
                }
            }
        }
        for (ObservancePeriod holiday : publicHolidays(country, date.getYear())) {
            if (holiday.covers(date)) {
                result.add(holiday);
            }
        }
        return result;
    }

    /**
     * The national public holidays with at least one day in {@code year}, multi-day holidays as one period,
     * substitute and observed days included (also those moved in from the neighbouring year's calendar),
     * half-day eves as {@link ObservanceKind#HALF_DAY_HOLIDAY}, closures by custom (Japan's year end) as
     * {@link ObservanceKind#COMPANY_CLOSURE}; empty where no calendar is known.
     */
    public List<ObservancePeriod> publicHolidays(String country, int year) {
        String code = country.toUpperCase(Locale.ROOT);
        return holidays.computeIfAbsent(new CountryYear(code, year), key -> PublicHolidays.touching(year,
            calendarYear(code, year - 1), calendarYear(code, year), calendarYear(code, year + 1)));
    }

    public static boolean knowsHolidaysOf(String country) {
        return PublicHolidays.knows(country.toUpperCase(Locale.ROOT));
    }

    private List<ObservancePeriod> calendarYear(String country, int year) {
        return calendarYears.computeIfAbsent(new CountryYear(country, year), key -> {
            if (!PublicHolidays.knows(country)) {
                log.debug("No public-holiday calendar for {}", country);
            }
            return PublicHolidays.ofCalendarYear(country, year);
        });
    }

    /** The periods that begin in a Gregorian year (some end in the next one). */
    static List<ObservancePeriod> periodsOf(int year) {
        List<ObservancePeriod> periods = new ArrayList<>();
        ramadanBeginningIn(year).forEach(periods::add);
        LocalDate newYear = chineseNewYear(year);
        periods.add(new ObservancePeriod(ObservanceKind.CHINESE_NEW_YEAR, "Chinese New Year",
            newYear.minusDays(1), newYear.plusDays(6)));
        // 春运: 40 days, 15 before the New Year and 25 from it (节前15天，节后25天), as the Ministry of Transport announces each year
        periods.add(new ObservancePeriod(ObservanceKind.SPRING_FESTIVAL_TRAVEL, "Spring Festival travel season (春运)",
            newYear.minusDays(SPRING_FESTIVAL_TRAVEL_BEFORE), newYear.plusDays(SPRING_FESTIVAL_TRAVEL_FROM - 1L)));
        periods.add(new ObservancePeriod(ObservanceKind.GOLDEN_WEEK, "Golden Week",
            LocalDate.of(year, Month.APRIL, 29), LocalDate.of(year, Month.MAY, 5)));
        periods.add(new ObservancePeriod(ObservanceKind.NATIONAL_DAY_GOLDEN_WEEK, "National Day Golden Week",
            LocalDate.of(year, Month.OCTOBER, 1), LocalDate.of(year, Month.OCTOBER, 7)));
        periods.add(new ObservancePeriod(ObservanceKind.CHRISTMAS_NEW_YEAR, "Christmas to New Year",
            MonthDay.of(Month.DECEMBER, 24).atYear(year), LocalDate.of(year + 1, Month.JANUARY, 1)));
        return List.copyOf(periods);
    }

    /** Ramadan is month 9 of the Hijri year; it moves about eleven days earlier each Gregorian year. */
    static List<ObservancePeriod> ramadanBeginningIn(int year) {
        List<ObservancePeriod> result = new ArrayList<>(2);
        HijrahDate hijri = HijrahChronology.INSTANCE.date(LocalDate.of(year, 1, 1));
        int hijriYear = hijri.get(ChronoField.YEAR);
        for (int y = hijriYear; y <= hijriYear + 1; y++) {
            HijrahDate first = HijrahChronology.INSTANCE.date(y, RAMADAN, 1);
            LocalDate start = LocalDate.from(first);
            if (start.getYear() == year) {
                LocalDate end = LocalDate.from(first.plus(1, ChronoUnit.MONTHS)).minusDays(1);
                result.add(new ObservancePeriod(ObservanceKind.RAMADAN, "Ramadan", start, end));
            }
        }
        return result;
    }

    /** First day of the first lunar month of the Chinese calendar. */
    static LocalDate chineseNewYear(int year) {
        return LunisolarHolidays.newYear(Lunisolar.CHINESE, year);
    }

    /** Every period that overlaps the days {@code from} to {@code to} (inclusive) for a client in {@code country}. */
    public List<ObservancePeriod> overlapping(String country, LocalDate from, LocalDate to) {
        java.util.Set<ObservancePeriod> result = new java.util.LinkedHashSet<>();
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            for (ObservancePeriod period : yearly.computeIfAbsent(year, ObservanceCalendar::periodsOf)) {
                if (!period.to().isBefore(from) && !period.from().isAfter(to)) {
                    result.add(period);
                }
            }
            for (ObservancePeriod holiday : publicHolidays(country, year)) {
                if (!holiday.to().isBefore(from) && !holiday.from().isAfter(to)) {
                    result.add(holiday);
                }
            }
        }
        return List.copyOf(result);
    }
}
