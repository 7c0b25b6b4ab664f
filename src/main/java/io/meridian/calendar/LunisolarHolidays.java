package io.meridian.calendar;

import java.time.LocalDate;

import net.time4j.Moment;
import net.time4j.PlainDate;
import net.time4j.TemporalType;
import net.time4j.calendar.ChineseCalendar;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.KoreanCalendar;
import net.time4j.calendar.VietnameseCalendar;
import net.time4j.calendar.astro.MoonPhase;
import net.time4j.tz.ZonalOffset;

/**
 * Dates of the East Asian lunisolar calendars, from Time4J's astronomical computation. The three
 * calendars differ only in the meridian of their new moons (Beijing UTC+8, Seoul UTC+9, Hanoi UTC+7),
 * which is why Seollal 2027 is a day after the Chinese New Year and Tết 2030 a day before it.
 */
final class LunisolarHolidays {

    /** Whose lunisolar calendar a holiday follows. */
    enum Lunisolar { CHINESE, KOREAN, VIETNAMESE }

    private LunisolarHolidays() {
    }

    /** The first day of the lunar year that begins in {@code gregorianYear}. */
    static LocalDate newYear(Lunisolar calendar, int gregorianYear) {
        return date(calendar, gregorianYear, 1, 1);
    }

    /** Day {@code day} of the (ordinary, not leap) month {@code month} of the lunar year beginning in {@code gregorianYear}. */
    static LocalDate date(Lunisolar calendar, int gregorianYear, int month, int day) {
        EastAsianMonth m = EastAsianMonth.valueOf(month);
        PlainDate date = switch (calendar) {
            case CHINESE -> ChineseCalendar.ofNewYear(gregorianYear)
                .with(ChineseCalendar.MONTH_OF_YEAR, m).with(ChineseCalendar.DAY_OF_MONTH, day).transform(PlainDate.axis());
            case KOREAN -> KoreanCalendar.ofNewYear(gregorianYear)
                .with(KoreanCalendar.MONTH_OF_YEAR, m).with(KoreanCalendar.DAY_OF_MONTH, day).transform(PlainDate.axis());
            case VIETNAMESE -> VietnameseCalendar.ofTet(gregorianYear)
                .with(VietnameseCalendar.MONTH_OF_YEAR, m).with(VietnameseCalendar.DAY_OF_MONTH, day).transform(PlainDate.axis());
        };
        return TemporalType.LOCAL_DATE.from(date);
    }

    /** Qingming, the solar term at 15° of solar longitude (4 or 5 April). */
    static LocalDate qingming(int gregorianYear) {
        return TemporalType.LOCAL_DATE.from(ChineseCalendar.ofQingMing(gregorianYear).transform(PlainDate.axis()));
    }

    /**
     * The local date of the full moon in the fourth Chinese month: Vesak where it is fixed by the astronomical
     * full moon (Indonesia's Waisak) rather than by the 15th day of the lunar month.
     */
    static LocalDate fullMoonOfFourthMonth(int gregorianYear, ZonalOffset offset) {
        PlainDate firstOfMonth = ChineseCalendar.ofNewYear(gregorianYear)
            .with(ChineseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(4)).transform(PlainDate.axis());
        Moment fullMoon = MoonPhase.FULL_MOON.after(firstOfMonth.atStartOfDay().at(offset));
        return TemporalType.LOCAL_DATE.from(fullMoon.toZonalTimestamp(offset).getCalendarDate());
    }
}
