package io.meridian.calendar;

import java.time.LocalDate;
import java.util.Optional;

import net.time4j.Moment;
import net.time4j.TemporalType;
import net.time4j.calendar.IndianMonth;
import net.time4j.calendar.astro.MoonPhase;
import net.time4j.calendar.astro.SolarTime;
import net.time4j.calendar.hindu.AryaSiddhanta;
import net.time4j.calendar.hindu.HinduCalendar;
import net.time4j.calendar.hindu.HinduRule;
import net.time4j.calendar.hindu.HinduVariant;
import net.time4j.scale.TimeScale;
import net.time4j.tz.OffsetSign;
import net.time4j.tz.ZonalOffset;

/**
 * Festivals of the Hindu lunisolar calendar (modern amanta reckoning, months ending at the new moon),
 * from Time4J. A Hindu day is named by the tithi at sunrise; Diwali is the exception (see {@link #diwali}).
 */
final class HinduHolidays {

    private static final HinduVariant AMANTA = HinduRule.AMANTA.variant();
    private static final HinduVariant ARYA_LUNAR = AryaSiddhanta.LUNAR.variant();
    private static final ZonalOffset IST = ZonalOffset.ofHoursMinutes(OffsetSign.AHEAD_OF_UTC, 5, 30);
    /** New Delhi: the gazette's reference for the evening in which Lakshmi Puja falls. */
    private static final SolarTime NEW_DELHI = SolarTime.ofLocation(28.6139, 77.2090);
    private static final ZonalOffset BST = ZonalOffset.ofHours(OffsetSign.AHEAD_OF_UTC, 6);
    /** Dhaka: the sunrise by which Bangladesh's Hindu holidays are dated. */
    private static final SolarTime DHAKA = SolarTime.ofLocation(23.8103, 90.4125);
    /** One ghati: the amavasya must last this long after sunset for the puja to fall on that evening. */
    private static final long GHATI_SECONDS = 24 * 60;

    private HinduHolidays() {
    }

    /**
     * Diwali (Lakshmi Puja): the evening on which the amavasya (new-moon tithi) ending amanta Ashvin prevails
     * during pradosh. The amavasya ends at the astronomical new moon: if that comes at least a ghati after sunset
     * in New Delhi, Diwali is that day, otherwise the day before. Gives 20 Oct 2025 and 8 Nov 2026 as gazetted. Known miss:
     * the DoPT's office memorandum of 3 July 2023 has Diwali on Thursday 31 October 2024 (Kartika 09), and Nepal's gazetted list
     * Laxmi Puja on Kartik 15, 2081, the same day, where this gives 1 November (the new moon came about 40 minutes after sunset
     * in Delhi, more than the ghati): a longer threshold (the whole pradosh) would give it, but no gazette of another year
     * with the new moon so soon after sunset is at hand to check that against, so the rule stays and an announced day
     * corrects 2024. Whether Nepal's Laxmi Puja of 2025 fell a day after India's 20 October, no Ministry of Home Affairs list
     * at hand says; the list's rows, typed each year, correct it where it does.
     */
    static LocalDate diwali(int year) {
        LocalDate fullMoonOfAshvin = firstDayOnOrAfter(year, IndianMonth.ASHWIN, 15, LocalDate.of(year, 9, 15));
        Moment newMoon = MoonPhase.NEW_MOON.after(TemporalType.LOCAL_DATE.translate(fullMoonOfAshvin).atStartOfDay().at(IST));
        LocalDate day = TemporalType.LOCAL_DATE.from(newMoon.toZonalTimestamp(IST).getCalendarDate());
        Optional<Moment> sunset = TemporalType.LOCAL_DATE.translate(day).get(NEW_DELHI.sunset());
        boolean afterPradosh = sunset.isPresent() && newMoon.getPosixTime() >= sunset.get().getPosixTime() + GHATI_SECONDS;
        return afterPradosh ? day : day.minusDays(1);
    }

    /**
     * Vijayadashami (Dussehra): the day on whose afternoon (aparahna, taken at 14:00 IST) the tenth tithi of the
     * bright half of Ashvin prevails. The tithi is the moon's elongation from 108 to 120 degrees, interpolated
     * between the first quarter (90) and the full moon (180). Gives 2 Oct 2025 and 20 Oct 2026 as gazetted. Known miss: the
     * DoPT's office memorandum F.No. 12/2/2018-JCA-2 of 11 July 2018 has Dussehra on Tuesday 8 October 2019, where this gives
     * 7 October (the tithi, by the linear interpolation, prevails on both afternoons; the almanacs' rules of Nirnaya Sindhu also
     * weigh the Shravana nakshatra, which nothing here computes: a precise tithi with the 14:00 rule alone would lose 5 October
     * 2022, which the Shravana nakshatra decides). Until a rule gives both, an announced day corrects 2019.
     */
    static LocalDate dussehra(int year) {
        LocalDate brightHalf = firstDayOnOrAfter(year, IndianMonth.ASHWIN, 1, LocalDate.of(year, 9, 1));
        Moment firstQuarter = MoonPhase.FIRST_QUARTER.after(TemporalType.LOCAL_DATE.translate(brightHalf).atStartOfDay().at(IST));
        Moment fullMoon = MoonPhase.FULL_MOON.after(firstQuarter);
        long quarter = fullMoon.getPosixTime() - firstQuarter.getPosixTime();
        long starts = firstQuarter.getPosixTime() + quarter * 18 / 90;
        long ends = firstQuarter.getPosixTime() + quarter * 30 / 90;
        LocalDate day = TemporalType.LOCAL_DATE.from(Moment.of(starts, TimeScale.POSIX).toZonalTimestamp(IST).getCalendarDate());
        for (int i = 0; i < 2; i++, day = day.plusDays(1)) {
            long afternoon = TemporalType.LOCAL_DATE.translate(day).atTime(14, 0).at(IST).getPosixTime();
            if (afternoon >= starts && afternoon < ends) {
                return day;
            }
        }
        return day.minusDays(1);
    }

    /**
     * Bijoya Dashami as Bengal's almanacs (panjika) date it, Bangladesh's general holiday for Durga Puja: the day at whose
     * sunrise in Dhaka the tenth tithi of the bright half of Ashvin prevails (the udaya tithi), else, when the tithi begins
     * and ends between two sunrises, the day it begins. The tithi is the moon's elongation from 108 to 120 degrees,
     * interpolated between the first quarter and the full moon. Gives 13 Oct 2024, 2 Oct 2025 and 21 Oct 2026 (India's
     * Dussehra, by the afternoon, was 12 Oct 2024 and 20 Oct 2026).
     */
    static LocalDate bijoyaDashami(int year) {
        LocalDate brightHalf = firstDayOnOrAfter(year, IndianMonth.ASHWIN, 1, LocalDate.of(year, 9, 1));
        Moment firstQuarter = MoonPhase.FIRST_QUARTER.after(TemporalType.LOCAL_DATE.translate(brightHalf).atStartOfDay().at(BST));
        Moment fullMoon = MoonPhase.FULL_MOON.after(firstQuarter);
        return sunriseDay(between(firstQuarter, fullMoon, 18), between(firstQuarter, fullMoon, 30), DHAKA, BST);
    }

    /**
     * Janmashtami as Bangladesh's list dates it: the day at whose sunrise in Dhaka the eighth tithi of the dark half after
     * the full moon of Shravana (amanta; Bhadra in the purnimanta reckoning) prevails, the moon's elongation from 264 to
     * 276 degrees. Gives 26 Aug 2024, 16 Aug 2025 and 4 Sep 2026.
     */
    static LocalDate janmashtami(int year) {
        LocalDate shravana = firstDayOnOrAfter(year, IndianMonth.SHRAVANA, 1, LocalDate.of(year, 7, 1));
        Moment fullMoon = MoonPhase.FULL_MOON.after(TemporalType.LOCAL_DATE.translate(shravana).atStartOfDay().at(BST));
        Moment lastQuarter = MoonPhase.LAST_QUARTER.after(fullMoon);
        Moment newMoon = MoonPhase.NEW_MOON.after(lastQuarter);
        return sunriseDay(between(fullMoon, lastQuarter, 84), between(lastQuarter, newMoon, 6), DHAKA, BST);
    }

    /** The moment {@code degrees} of the moon's 90 degrees of elongation from one quarter phase to the next have passed. */
    private static long between(Moment from, Moment to, int degrees) {
        return from.getPosixTime() + (to.getPosixTime() - from.getPosixTime()) * degrees / 90;
    }

    /** The first day whose sunrise at {@code place} lies from {@code starts} to before {@code ends}, else the day it starts. */
    private static LocalDate sunriseDay(long starts, long ends, SolarTime place, ZonalOffset offset) {
        LocalDate first = TemporalType.LOCAL_DATE.from(Moment.of(starts, TimeScale.POSIX).toZonalTimestamp(offset).getCalendarDate());
        for (LocalDate day = first; !day.isAfter(first.plusDays(1)); day = day.plusDays(1)) {
            Optional<Moment> sunrise = TemporalType.LOCAL_DATE.translate(day).get(place.sunrise());
            if (sunrise.isPresent() && sunrise.get().getPosixTime() >= starts && sunrise.get().getPosixTime() < ends) {
                return day;
            }
        }
        return first;
    }

    /** Buddha Purnima: the full moon of Vaishakha. */
    static LocalDate buddhaPurnima(int year) {
        return firstDayOnOrAfter(year, IndianMonth.VAISHAKHA, 15, LocalDate.of(year, 4, 1));
    }

    /**
     * Buddha Purnima as Bangladesh's yearly list of public holidays dates it: the full moon of Vaishakha by mean reckoning,
     * the 15th lunar day at sunrise of the old Hindu lunisolar calendar (Arya Siddhanta, mean sun and moon; Time4J's
     * {@link AryaSiddhanta#LUNAR}), near the true full moon's day ({@link #buddhaPurnima}, India's rule), or, where that
     * reckoning skips the 15th lunar day, the day on which it begins (the 14th at sunrise). The lists gave 10 May 2017,
     * 18 May 2019, 15 May 2022, 4 May 2023, 22 May 2024, 11 May 2025 and 1 May 2026, which this gives; the true sunrise
     * tithi gave a day later from 2022 to 2025 (16, 5, 23 and 12 May). Of the lists at hand only 2021's (26 May, where this
     * gives 25 May, a year whose mean reckoning skips the 15th lunar day too) differs: no rule at hand gives both 2021 and 2025.
     */
    static LocalDate buddhaPurnimaOfBangladesh(int year) {
        LocalDate trueFullMoon = buddhaPurnima(year);
        for (LocalDate day = trueFullMoon.minusDays(1); !day.isAfter(trueFullMoon.plusDays(1)); day = day.plusDays(1)) {
            if (meanLunarDay(day) == 15) {
                return day;
            }
        }
        for (LocalDate day = trueFullMoon.minusDays(1); !day.isAfter(trueFullMoon); day = day.plusDays(1)) {
            if (meanLunarDay(day) == 14 && meanLunarDay(day.plusDays(1)) == 16) {
                return day;
            }
        }
        return trueFullMoon;
    }

    /** The lunar day at sunrise of the old Hindu lunisolar calendar (Arya Siddhanta, mean motions). */
    private static int meanLunarDay(LocalDate day) {
        return TemporalType.LOCAL_DATE.translate(day).transform(HinduCalendar.family(), ARYA_LUNAR).getDayOfMonth().getValue();
    }

    /** Holi (Dhulandi): the day after the full moon of Phalguna, which ends the amanta year. */
    static LocalDate holi(int year) {
        return firstDayOnOrAfter(year, IndianMonth.PHALGUNA, 15, LocalDate.of(year, 2, 15)).plusDays(1);
    }

    /** The first Gregorian day whose sunrise tithi is at least {@code day} of the ordinary (not leap) {@code month}. */
    private static LocalDate firstDayOnOrAfter(int year, IndianMonth month, int day, LocalDate searchFrom) {
        for (LocalDate d = searchFrom; d.getYear() == year; d = d.plusDays(1)) {
            HinduCalendar hindu = TemporalType.LOCAL_DATE.translate(d).transform(HinduCalendar.family(), AMANTA);
            if (hindu.getMonth().getValue() == month && !hindu.getMonth().isLeap() && hindu.getDayOfMonth().getValue() >= day) {
                return d;
            }
        }
        throw new IllegalStateException("No " + month + " " + day + " in " + year + " after " + searchFrom);
    }
}
