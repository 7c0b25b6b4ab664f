package io.meridian.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which calendar periods cover a date: computed from calendars, never from typed date
 * lists. Ramadan comes from the Umm al-Qura Hijri calendar of {@code java.time}, the
 * Chinese New Year from the lunar-java Chinese calendar, national public holidays from Jollyday.
 * Whether a period matters for a client, and how, is for the etiquette table to say.
 */
@Component
public class ObservanceCalendar {

    private static final Logger log = LoggerFactory.getLogger(ObservanceCalendar.class);
    private static final Set<String> HOLIDAY_CALENDARS = HolidayManager.getSupportedCalendarCodes();
    private static final int RAMADAN = 9;

    private final Map<String, Map<Integer, List<ObservancePeriod>>> holidays = new ConcurrentHashMap<>();
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

    /** The national public holidays of a year; empty where the holiday library has no calendar. */
    public List<ObservancePeriod> publicHolidays(String country, int year) {
        return holidays.computeIfAbsent(country, c -> new ConcurrentHashMap<>())
            .computeIfAbsent(year, y -> loadHolidays(country, y));
    }

    public static boolean knowsHolidaysOf(String country) {
        return HOLIDAY_CALENDARS.contains(country.toUpperCase(Locale.ROOT));
    }

    private static List<ObservancePeriod> loadHolidays(String country, int year) {
        if (!knowsHolidaysOf(country)) {
            log.debug("No public-holiday calendar for {}", country);
            return List.of();
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
        List<ObservancePeriod> result = new ArrayList<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
            // the day offices close: the observed day when the holiday falls on a weekend
            LocalDate day = holiday.getDate();
            result.add(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, holiday.getDescription(Locale.ENGLISH), day, day));
        }
        return List.copyOf(result);
    }

    /** The periods that begin in a Gregorian year (some end in the next one). */
    static List<ObservancePeriod> periodsOf(int year) {
        List<ObservancePeriod> periods = new ArrayList<>();
        ramadanBeginningIn(year).forEach(periods::add);
        LocalDate newYear = chineseNewYear(year);
        periods.add(new ObservancePeriod(ObservanceKind.CHINESE_NEW_YEAR, "Chinese New Year",
            newYear.minusDays(1), newYear.plusDays(6)));
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

    /** First day of the first lunar month, from the lunar-java tables of the official Chinese calendar. */
    static LocalDate chineseNewYear(int year) {
        Solar solar = Lunar.fromYmd(year, 1, 1).getSolar();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
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
