package io.meridian.calendar;

import java.time.LocalDate;

import net.time4j.PlainDate;
import net.time4j.TemporalType;
import net.time4j.calendar.HebrewCalendar;
import net.time4j.calendar.HebrewMonth;

/** Dates of the (arithmetic, fixed) Hebrew calendar, from Time4J. */
final class HebrewHolidays {

    /** The Hebrew year that begins in Tishri of Gregorian year 0 would be 3761. */
    private static final int EPOCH_OFFSET = 3761;

    private HebrewHolidays() {
    }

    /**
     * Day {@code day} of {@code month} falling in Gregorian {@code year}: Tishri to Kislev belong to the
     * Hebrew year that begins that autumn, Nisan to Elul to the one that began the autumn before.
     */
    static LocalDate date(int year, HebrewMonth month, int day) {
        boolean autumn = month == HebrewMonth.TISHRI || month == HebrewMonth.HESHVAN || month == HebrewMonth.KISLEV;
        int hebrewYear = autumn ? year + EPOCH_OFFSET : year + EPOCH_OFFSET - 1;
        return TemporalType.LOCAL_DATE.from(HebrewCalendar.of(hebrewYear, month, day).transform(PlainDate.axis()));
    }
}
