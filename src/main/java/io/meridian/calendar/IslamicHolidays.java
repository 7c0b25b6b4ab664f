package io.meridian.calendar;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/**
 * Hijri dates in the Umm al-Qura calendar of {@code java.time}, the same calendar as Ramadan. Most
 * countries announce the month by moon sighting, so the real day can be one later (rarely earlier);
 * the computed Umm al-Qura date is the accepted planning basis until the announcement.
 */
final class IslamicHolidays {

    static final int MUHARRAM = 1;
    static final int RABI_AL_AWWAL = 3;
    static final int RAJAB = 7;
    static final int SHABAN = 8;
    static final int RAMADAN = 9;
    static final int SHAWWAL = 10;
    static final int DHU_AL_HIJJAH = 12;

    private IslamicHolidays() {
    }

    /** Every Gregorian date in {@code year} that is day {@code day} of Hijri month {@code month} (none, one or two). */
    static List<LocalDate> inYear(int year, int month, int day) {
        int hijriYear = HijrahChronology.INSTANCE.date(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
        List<LocalDate> result = new ArrayList<>(2);
        for (int y = hijriYear; y <= hijriYear + 1; y++) {
            HijrahDate first = HijrahChronology.INSTANCE.date(y, month, 1);
            if (day > first.lengthOfMonth()) {
                continue;
            }
            LocalDate date = LocalDate.from(first).plusDays(day - 1L);
            if (date.getYear() == year) {
                result.add(date);
            }
        }
        return result;
    }
}
