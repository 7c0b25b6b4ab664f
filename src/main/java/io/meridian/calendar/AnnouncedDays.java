package io.meridian.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Officially announced arrangements of one country that no formula gives (China's yearly State
 * Council schedule with its make-up working days, one-off bridge days): days off on top of the
 * calendar, weekend days that are worked, and library holidays that do not apply.
 */
public record AnnouncedDays(Map<LocalDate, String> holidays, Set<LocalDate> workingDays, Set<LocalDate> notHolidays) {

    public static final AnnouncedDays NONE = new AnnouncedDays(Map.of(), Set.of(), Set.of());

    public AnnouncedDays {
        holidays = Map.copyOf(holidays);
        workingDays = Set.copyOf(workingDays);
        notHolidays = Set.copyOf(notHolidays);
    }

    /** Where the announced days come from: the analysts' workbook in force. */
    public interface Source {
        AnnouncedDays of(String country);
    }
}
