package io.meridian.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Days off in lieu of a public holiday lost to a weekend or to another holiday. Each rule is one
 * country's law; a holiday day is compensated at most once even when two holidays share it.
 *
 * @param triggers  weekdays on which a holiday day is lost
 * @param notOn     weekdays a substitute day cannot fall on
 * @param onOverlap whether a day shared with another holiday is lost too
 * @param gives     which holidays are compensated
 */
record SubstituteHolidays(Set<DayOfWeek> triggers, Set<DayOfWeek> notOn, boolean onOverlap, Predicate<ObservancePeriod> gives)
    implements UnaryOperator<List<ObservancePeriod>> {

    static final String PREFIX = "Substitute holiday (";

    /** A holiday on a Sunday gives the next day that is not a holiday (HK Cap. 149 s.3, SG and MY Sunday-to-Monday). */
    static SubstituteHolidays sundayToNextDay() {
        return new SubstituteHolidays(EnumSet.of(DayOfWeek.SUNDAY), EnumSet.of(DayOfWeek.SUNDAY), false, p -> true);
    }

    /** A holiday on Saturday or Sunday gives the next working day (Thailand, Cabinet resolutions). */
    static SubstituteHolidays weekendToNextWorkingDay(Predicate<ObservancePeriod> gives) {
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        return new SubstituteHolidays(weekend, weekend, false, gives);
    }

    @Override
    public List<ObservancePeriod> apply(List<ObservancePeriod> holidays) {
        List<ObservancePeriod> result = new ArrayList<>(holidays);
        Set<LocalDate> compensated = new HashSet<>();
        List<ObservancePeriod> sorted = holidays.stream().filter(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY)
            .sorted(Comparator.comparing(ObservancePeriod::from)).toList();
        for (ObservancePeriod holiday : sorted) {
            if (!gives.test(holiday)) {
                continue;
            }
            LocalDate next = holiday.to();
            for (LocalDate day = holiday.from(); !day.isAfter(holiday.to()); day = day.plusDays(1)) {
                if (compensated.contains(day) || !lost(holiday, day, result)) {
                    continue;
                }
                compensated.add(day);
                next = freeDayAfter(next, result);
                result.add(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, PREFIX + holiday.name() + ")", next, next));
            }
        }
        return result;
    }

    private boolean lost(ObservancePeriod holiday, LocalDate day, List<ObservancePeriod> all) {
        return triggers.contains(day.getDayOfWeek())
            || onOverlap && all.stream().anyMatch(p -> p != holiday && p.kind() == ObservanceKind.PUBLIC_HOLIDAY && p.covers(day));
    }

    private LocalDate freeDayAfter(LocalDate day, List<ObservancePeriod> all) {
        LocalDate candidate = day.plusDays(1);
        while (notOn.contains(candidate.getDayOfWeek()) || isHoliday(candidate, all)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    static boolean isHoliday(LocalDate day, List<ObservancePeriod> all) {
        return all.stream().anyMatch(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY && p.covers(day));
    }

    /**
     * Japan (国民の祝日に関する法律 art. 3): a national holiday on a Sunday gives the next day that is not a
     * national holiday (振替休日), and a day between two national holidays is itself a holiday (国民の休日).
     * Banks' New Year days are not national holidays and take no part.
     */
    static UnaryOperator<List<ObservancePeriod>> japan(Predicate<ObservancePeriod> nationalHoliday) {
        return holidays -> {
            List<ObservancePeriod> national = holidays.stream().filter(nationalHoliday).toList();
            List<ObservancePeriod> result = new ArrayList<>(holidays);
            for (ObservancePeriod holiday : national) {
                LocalDate between = holiday.to().plusDays(1);
                if (between.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(between, national)
                    && isHoliday(between.plusDays(1), national)) {
                    result.add(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, "Citizens' holiday", between, between));
                }
            }
            List<ObservancePeriod> withCitizens = List.copyOf(result);
            List<ObservancePeriod> nationalAndCitizens = withCitizens.stream()
                .filter(p -> nationalHoliday.test(p) || p.name().equals("Citizens' holiday")).toList();
            List<ObservancePeriod> substituted = new SubstituteHolidays(EnumSet.of(DayOfWeek.SUNDAY), EnumSet.noneOf(DayOfWeek.class),
                false, nationalHoliday).apply(nationalAndCitizens);
            List<ObservancePeriod> all = new ArrayList<>(withCitizens);
            substituted.stream().filter(p -> p.name().startsWith(PREFIX)).forEach(all::add);
            return all;
        };
    }

    /**
     * Taiwan (紀念日及節日實施條例 art. 5): a one-day holiday on a Saturday is taken the Friday before, on a
     * Sunday the Monday after; each weekend day inside the Lunar New Year span adds a working day after it.
     */
    static UnaryOperator<List<ObservancePeriod>> taiwan() {
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        SubstituteHolidays spans = new SubstituteHolidays(weekend, weekend, false, p -> !p.from().equals(p.to()));
        return holidays -> {
            List<ObservancePeriod> result = spans.apply(holidays);
            for (ObservancePeriod p : holidays) {
                if (p.kind() != ObservanceKind.PUBLIC_HOLIDAY || !p.from().equals(p.to())) {
                    continue;
                }
                LocalDate day = p.from();
                LocalDate in = day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                    : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : null;
                if (in != null && !isHoliday(in, result)) {
                    result.add(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, PREFIX + p.name() + ")", in, in));
                }
            }
            return result;
        };
    }
}
