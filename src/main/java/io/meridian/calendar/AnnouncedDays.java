package io.meridian.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Officially announced arrangements of one country that no formula gives (China's yearly State
 * Council schedule with its make-up working days, Indonesia's cuti bersama, one-off bridge days): days
 * off on top of the calendar, weekend days that are worked, and library holidays that do not apply;
 * and, where the government announces them each year, from which year on ({@code noticesFrom}, null
 * where only the dated rows say so) and by which notice ({@code notice}).
 */
public record AnnouncedDays(Map<LocalDate, String> holidays, Set<LocalDate> workingDays, Set<LocalDate> notHolidays,
                            Integer noticesFrom, String notice) {

    public static final AnnouncedDays NONE = new AnnouncedDays(Map.of(), Set.of(), Set.of());
    /** From this month on, next year's announced days are expected (China's State Council publishes them in November). */
    public static final Month ANNOUNCEMENTS_DUE = Month.NOVEMBER;

    public AnnouncedDays {
        holidays = Map.copyOf(holidays);
        workingDays = Set.copyOf(workingDays);
        notHolidays = Set.copyOf(notHolidays);
    }

    public AnnouncedDays(Map<LocalDate, String> holidays, Set<LocalDate> workingDays, Set<LocalDate> notHolidays) {
        this(holidays, workingDays, notHolidays, null, null);
    }

    /**
     * The year whose announced days are missing on {@code today}: the country has dated days for an earlier year, or
     * a yearly notice from an earlier or this year on, and none for the year that begins on the next 1 January, from
     * 1 November on, or none for the year already under way. Empty where the country announces nothing: its
     * calendar is the holiday library's alone.
     */
    public OptionalInt yearMissing(LocalDate today) {
        OptionalInt dated = Stream.of(holidays.keySet(), workingDays, notHolidays).flatMap(Set::stream)
            .mapToInt(LocalDate::getYear).max();
        if (dated.isEmpty() && noticesFrom == null) {
            return OptionalInt.empty();
        }
        // a notice from year N on expects nothing before N: as if the days up to N - 1 were there
        int latest = Math.max(dated.orElse(Integer.MIN_VALUE), noticesFrom == null ? Integer.MIN_VALUE : noticesFrom - 1);
        int needed = today.getMonth().compareTo(ANNOUNCEMENTS_DUE) >= 0 ? today.getYear() + 1 : today.getYear();
        return latest >= needed ? OptionalInt.empty() : OptionalInt.of(latest < today.getYear() ? today.getYear() : needed);
    }

    /** Where the announced days come from: the analysts' workbook in force. */
    public interface Source {
        AnnouncedDays of(String country);

        /** The countries that have announced days or a yearly notice, sorted; none by default. */
        default List<String> countries() {
            return List.of();
        }

        /**
         * Whether a holiday of this kind closes offices in the country: what the client's calendar reads (the etiquette
         * table's Observances sheet judges it CLOSED), so that a team or desk there keeps the same rule (Ukraine's holidays
         * are working days under martial law: the sheet makes them SLOW, and a team in Kyiv works on them). Closes by default.
         */
        default boolean closes(String country, ObservanceKind kind) {
            return true;
        }
    }
}
