package io.meridian.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * A country's public holidays for one calendar year: Jollyday's calendar with the country's corrections,
 * or, where Jollyday has none, the country's calendar built from rules. Multi-day holidays are one period.
 */
final class PublicHolidays {

    private static final Set<String> JOLLYDAY = HolidayManager.getSupportedCalendarCodes();
    /** Jollyday lists a multi-day holiday day by day ("Eid ul-Fitr day 2"); one period reads better. */
    private static final Pattern DAY_NUMBER = Pattern.compile(" day \\d+$");
    /**
     * Jollyday's names where English writes another: the Eids, and 25 December, which Jollyday calls "Christmas" for most
     * countries where the English name of the day is "Christmas Day" (5 U.S.C. 6103(a); the Canada Labour Code s. 166;
     * GOV.UK's bank holidays; Nigeria's Public Holidays Act, Cap. P40, schedule; Bangladesh's Ministry of Public
     * Administration, list of public holidays; Navidad, Ley 27.399 art. 1, in Argentina).
     */
    private static final Map<String, String> ENGLISH_NAMES = Map.of("Eid ul-Fitr", "Eid al-Fitr", "Eid ul-Adha", "Eid al-Adha",
        "Christmas", "Christmas Day");
    /** Jollyday names every country's labour holiday "Labour day"; a user reads the country's own English name. */
    private static final String JOLLYDAY_LABOUR_DAY = "Labour day";
    private static final String LABOUR_DAY = "Labour Day";
    /**
     * Where the law's English name is not "Labour Day": 5 U.S.C. 6103(a) "Labor Day" (United States); Republic Act
     * No. 9492 "Labor Day" (Philippines); Public Holidays Act 36 of 1994, Schedule 1, "Workers' Day" (South Africa).
     */
    private static final Map<String, String> LABOUR_DAY_NAMES = Map.of("US", "Labor Day", "PH", "Labor Day", "ZA", "Workers' Day");
    /**
     * How the official list names a holiday's day off moved from a weekend (Jollyday names it as the holiday itself): GOV.UK's
     * bank holidays of England and Wales "Christmas Day (substitute day)", "Boxing Day (substitute day)" (Banking and Financial
     * Dealings Act 1971, schedule 1); Employment New Zealand's public holidays "Christmas Day (observed)" for the Mondayised day
     * (Holidays Act 2003 s. 45); in the US the day "in lieu of" a holiday on a Saturday or Sunday (5 U.S.C. 6103(b), Executive
     * Order 11582 s. 3), which OPM's federal holidays list gives under the holiday's name with a note that the legal public
     * holiday falls on the weekend and this day "will be treated as a holiday": "Christmas Day (observed)" on Friday
     * 24 December 2027.
     */
    private static final Map<String, String> MOVED_DAY_SUFFIX = Map.of("GB", " (substitute day)", "NZ", " (observed)",
        "US", " (observed)");
    /**
     * Jollyday's managers, made one at a time. Jollyday 2.19 finds its XML data source with a service-loader
     * cache that publishes its list before filling it ({@code LazyServiceLoaderCache}): a manager made at the
     * same moment on another thread saw the list empty and failed with "Cannot instantiate datasource instance
     * because there is no implementations". A node started on a database whose rules were already accepted
     * runs no scenarios, so its first concurrent requests made the first managers and answered 500.
     */
    private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    static boolean knows(String country) {
        return CountryCalendars.BY_COUNTRY.containsKey(country) || JOLLYDAY.contains(country);
    }

    /**
     * The holidays of {@code year}'s calendar, including observed days the law moves into the year before or
     * after (New Year's Day 2028 observed on 31 December 2027 in the US); empty for an unknown country.
     */
    static List<ObservancePeriod> ofCalendarYear(String country, int year) {
        CountryCalendars.CountryCalendar rules = CountryCalendars.BY_COUNTRY.get(country);
        if (rules != null) {
            List<ObservancePeriod> days = rules.rules().stream().flatMap(r -> r.in(year).stream()).toList();
            return sorted(rules.substitutes().apply(days));
        }
        if (!JOLLYDAY.contains(country)) {
            return List.of();
        }
        HolidayCorrections corrections = HolidayCorrections.of(country);
        List<ObservancePeriod> days = new ArrayList<>();
        for (JollydayDay jollydayDay : apart(jollyday(country, year, corrections.subdivision()))) {
            ObservancePeriod day = jollydayDay.day();
            String name = corrections.rename().containsKey(day.name()) ? corrections.rename().get(day.name())
                : JOLLYDAY_LABOUR_DAY.equals(day.name()) ? LABOUR_DAY_NAMES.getOrDefault(country, LABOUR_DAY) : day.name();
            if (!corrections.drop().contains(name)) {
                ObservanceKind kind = corrections.optional().contains(name) ? ObservanceKind.OPTIONAL_HOLIDAY : day.kind();
                String shown = jollydayDay.moved() ? name + MOVED_DAY_SUFFIX.getOrDefault(country, "") : name;
                days.add(new ObservancePeriod(kind, shown, day.from(), day.to()));
            }
        }
        corrections.add().forEach(rule -> days.addAll(rule.in(year)));
        return sorted(corrections.substitutes().apply(merged(days)));
    }

    /** Of the calendars of the year before, the year and the year after, the holidays with a day in {@code year}. */
    static List<ObservancePeriod> touching(int year, List<ObservancePeriod> before, List<ObservancePeriod> of, List<ObservancePeriod> after) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return sorted(Stream.of(before, of, after).flatMap(List::stream)
            .filter(p -> !p.to().isBefore(first) && !p.from().isAfter(last))
            .distinct().toList());
    }

    /** A day of Jollyday's calendar, and whether it is the holiday's day off moved from the day it falls on. */
    private record JollydayDay(ObservancePeriod day, boolean moved) {
    }

    private static List<JollydayDay> jollyday(String country, int year, String subdivision) {
        HolidayManager manager = manager(country);
        Set<Holiday> holidays = subdivision == null
            ? manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
            : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision);
        List<JollydayDay> result = new ArrayList<>(holidays.size());
        for (Holiday holiday : holidays) {
            // getDate() is the day offices close: the observed day when the holiday falls on a weekend
            String name = DAY_NUMBER.matcher(holiday.getDescription(Locale.ENGLISH)).replaceAll("");
            name = ENGLISH_NAMES.getOrDefault(name, name);
            result.add(new JollydayDay(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, name, holiday.getDate(), holiday.getDate()),
                !holiday.getDate().equals(holiday.getActualDate())));
        }
        return result;
    }

    /**
     * A day off moved from the weekend onto a day that is itself a holiday goes on to the next weekday that is none. Jollyday
     * moves Christmas Day on a Sunday to the Monday, Boxing Day, and New Year's Day on a Sunday to the Monday, the day after
     * New Year's Day, leaving the Tuesday open; the law gives the Tuesday: New Zealand's Holidays Act 2003 s. 45 (Employment
     * New Zealand: Boxing Day Monday 26 December 2022, Christmas Day observed Tuesday 27 December 2022; 2 January Monday,
     * New Year's Day observed Tuesday 3 January 2023), and GOV.UK's bank holidays alike (Tuesday 27 December 2022,
     * "Christmas Day (substitute day)").
     */
    static List<JollydayDay> apart(List<JollydayDay> days) {
        List<JollydayDay> sorted = days.stream().sorted(Comparator.comparing((JollydayDay d) -> d.day().from())
            .thenComparing(JollydayDay::moved).thenComparing(d -> d.day().name())).toList();
        List<JollydayDay> result = new ArrayList<>(sorted.size());
        for (JollydayDay day : sorted) {
            LocalDate date = day.day().from();
            if (day.moved()) {
                while (date.getDayOfWeek().getValue() > 5 || taken(result, date)) {
                    date = date.plusDays(1);
                }
            }
            ObservancePeriod period = day.day();
            result.add(new JollydayDay(new ObservancePeriod(period.kind(), period.name(), date, date), day.moved()));
        }
        return result;
    }

    private static boolean taken(List<JollydayDay> days, LocalDate date) {
        return days.stream().anyMatch(d -> d.day().kind() == ObservanceKind.PUBLIC_HOLIDAY && d.day().from().equals(date));
    }

    private static HolidayManager manager(String country) {
        HolidayManager known = MANAGERS.get(country);
        if (known != null) {
            return known;
        }
        synchronized (MANAGERS) {
            return MANAGERS.computeIfAbsent(country, c -> HolidayManager.getInstance(ManagerParameters.create(c.toLowerCase(Locale.ROOT))));
        }
    }

    /** Consecutive days of the same holiday become one period. */
    static List<ObservancePeriod> merged(List<ObservancePeriod> days) {
        List<ObservancePeriod> result = new ArrayList<>(days.size());
        for (ObservancePeriod day : sorted(days)) {
            ObservancePeriod previous = result.stream()
                .filter(p -> p.kind() == day.kind() && p.name().equals(day.name()) && !p.to().plusDays(1).isBefore(day.from()))
                .findFirst().orElse(null);
            if (previous == null) {
                result.add(day);
            } else if (day.to().isAfter(previous.to())) {
                result.set(result.indexOf(previous), new ObservancePeriod(day.kind(), day.name(), previous.from(), day.to()));
            }
        }
        return result;
    }

    private static List<ObservancePeriod> sorted(List<ObservancePeriod> periods) {
        return periods.stream().distinct()
            .sorted(Comparator.comparing(ObservancePeriod::from).thenComparing(ObservancePeriod::to).thenComparing(ObservancePeriod::name))
            .collect(Collectors.toUnmodifiableList());
    }
}
