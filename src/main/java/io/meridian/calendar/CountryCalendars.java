package io.meridian.calendar;

import static io.meridian.calendar.HolidayRule.easter;
import static io.meridian.calendar.HolidayRule.fixed;
import static io.meridian.calendar.HolidayRule.hebrew;
import static io.meridian.calendar.HolidayRule.hebrewEve;
import static io.meridian.calendar.HolidayRule.hijri;
import static io.meridian.calendar.HolidayRule.lunar;
import static io.meridian.calendar.HolidayRule.nthWeekday;
import static io.meridian.calendar.HolidayRule.on;
import static io.meridian.calendar.HolidayRule.orthodoxEaster;
import static io.meridian.calendar.HolidayRule.since;
import static io.meridian.calendar.HolidayRule.span;
import static io.meridian.calendar.IslamicHolidays.DHU_AL_HIJJAH;
import static io.meridian.calendar.IslamicHolidays.MUHARRAM;
import static io.meridian.calendar.IslamicHolidays.RABI_AL_AWWAL;
import static io.meridian.calendar.IslamicHolidays.RAJAB;
import static io.meridian.calendar.IslamicHolidays.RAMADAN;
import static io.meridian.calendar.IslamicHolidays.SHAWWAL;
import static io.meridian.calendar.LunisolarHolidays.Lunisolar.CHINESE;
import static io.meridian.calendar.LunisolarHolidays.Lunisolar.KOREAN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import net.time4j.calendar.HebrewMonth;
import net.time4j.tz.OffsetSign;
import net.time4j.tz.ZonalOffset;

/**
 * Public-holiday calendars built from rules for the countries Jollyday has no calendar for, or one wrong beyond correcting
 * (Russia, Kazakhstan, Ukraine). Each country cites the law that lists its holidays; dates come from the calendar helpers, never from typed lists.
 */
final class CountryCalendars {

    /** A country's holiday rules and its substitute-day law. */
    record CountryCalendar(List<HolidayRule> rules, UnaryOperator<List<ObservancePeriod>> substitutes) {
    }

    private static final Set<String> KOREAN_SPANS = Set.of("Lunar New Year (Seollal)", "Chuseok");
    private static final Set<String> KOREAN_SUBSTITUTED = Set.of("Independence Movement Day", "Children's Day",
        "Buddha's Birthday", "Liberation Day", "National Foundation Day", "Hangeul Day", "Christmas Day");
    private static final Set<String> KAZAKH_RELIGIOUS = Set.of("Orthodox Christmas", "Kurban Ait");
    private static final ZonalOffset WIB = ZonalOffset.ofHours(OffsetSign.AHEAD_OF_UTC, 7);

    static final Map<String, CountryCalendar> BY_COUNTRY = Map.ofEntries(Map.entry(
        // 全国年节及纪念日放假办法 (State Council, as amended 2024, in force 2025): the statutory days only;
        // the yearly State Council schedule with make-up working days is added as dated workbook rows.
        "CN", new CountryCalendar(List.of(
            fixed("New Year's Day", 1, 1),
            lunar(CHINESE, "Spring Festival", 1, 1, -1, 4),
            on("Qingming Festival", LunisolarHolidays::qingming),
            fixed("Labour Day", 5, 1, 2),
            lunar(CHINESE, "Dragon Boat Festival", 5, 5),
            lunar(CHINESE, "Mid-Autumn Festival", 8, 15),
            fixed("National Day", 10, 1, 3)), UnaryOperator.identity())),
        // 관공서의 공휴일에 관한 규정 (Regulation on Holidays of Government Offices) art. 2 and 3, dates as KASI publishes.
        Map.entry("KR", new CountryCalendar(List.of(
            fixed("New Year's Day", 1, 1),
            lunar(KOREAN, "Lunar New Year (Seollal)", 1, 1, -1, 3),
            fixed("Independence Movement Day", 3, 1),
            fixed("Children's Day", 5, 5),
            lunar(KOREAN, "Buddha's Birthday", 4, 8),
            fixed("Memorial Day", 6, 6),
            fixed("Liberation Day", 8, 15),
            lunar(KOREAN, "Chuseok", 8, 15, -1, 3),
            fixed("National Foundation Day", 10, 3),
            fixed("Hangeul Day", 10, 9),
            fixed("Christmas Day", 12, 25)), korea())),
        // 紀念日及節日實施條例 (as amended May 2025: Teachers' Day, Retrocession Day, Constitution Day and the day
        // before Lunar New Year's Eve became holidays again).
        Map.entry("TW", new CountryCalendar(List.of(
            fixed("Founding Day of the Republic of China", 1, 1),
            lunar(CHINESE, "Lunar New Year", 1, 1, -2, 5),
            fixed("Peace Memorial Day", 2, 28),
            fixed("Children's Day", 4, 4),
            on("Tomb Sweeping Day", LunisolarHolidays::qingming),
            fixed("Labour Day", 5, 1),
            lunar(CHINESE, "Dragon Boat Festival", 5, 5),
            lunar(CHINESE, "Mid-Autumn Festival", 8, 15),
            since(2025, fixed("Teachers' Day", 9, 28)),
            fixed("National Day", 10, 10),
            since(2025, fixed("Taiwan Retrocession Day", 10, 25)),
            since(2025, fixed("Constitution Day", 12, 25))), SubstituteHolidays.taiwan())),
        // Holidays Act 1951, federal holidays as the Prime Minister's Department (JPM) gazettes them for the Federal Territories.
        Map.entry("MY", new CountryCalendar(List.of(
            fixed("New Year's Day", 1, 1),
            lunar(CHINESE, "Chinese New Year", 1, 1, 0, 2),
            hijri("Nuzul Al-Quran", RAMADAN, 17, 1),
            hijri("Hari Raya Aidilfitri", SHAWWAL, 1, 2),
            fixed("Labour Day", 5, 1),
            lunar(CHINESE, "Wesak Day", 4, 15),
            nthWeekday("Agong's Birthday", 6, 1, DayOfWeek.MONDAY),
            hijri("Hari Raya Haji", DHU_AL_HIJJAH, 10, 1),
            hijri("Awal Muharram", MUHARRAM, 1, 1),
            fixed("National Day", 8, 31),
            fixed("Malaysia Day", 9, 16),
            hijri("Maulidur Rasul", RABI_AL_AWWAL, 12, 1),
            on("Deepavali", HinduHolidays::diwali),
            fixed("Christmas Day", 12, 25)), SubstituteHolidays.sundayToNextDay())),
        // SKB 3 Menteri (joint decree on national holidays); Nyepi (Balinese Saka new year) is not computed yet.
        Map.entry("ID", new CountryCalendar(List.of(
            fixed("New Year's Day", 1, 1),
            hijri("Isra Mi'raj", RAJAB, 27, 1),
            lunar(CHINESE, "Chinese New Year (Imlek)", 1, 1),
            easter("Good Friday", -2),
            easter("Easter Sunday", 0),
            hijri("Eid al-Fitr (Idul Fitri)", SHAWWAL, 1, 2),
            fixed("Labour Day", 5, 1),
            easter("Ascension Day", 39),
            on("Vesak (Waisak)", y -> LunisolarHolidays.fullMoonOfFourthMonth(y, WIB)),
            fixed("Pancasila Day", 6, 1),
            hijri("Eid al-Adha (Idul Adha)", DHU_AL_HIJJAH, 10, 1),
            hijri("Islamic New Year", MUHARRAM, 1, 1),
            fixed("Independence Day", 8, 17),
            hijri("Prophet's Birthday (Maulid Nabi)", RABI_AL_AWWAL, 12, 1),
            fixed("Christmas Day", 12, 25)), UnaryOperator.identity())),
        // Cabinet resolutions on official holidays; Makha and Asahna Bucha (Thai lunar calendar) are not computed yet,
        // Visakha Bucha follows the 15th day of the fourth Chinese month, which matches the Thai date outside Thai leap-month years.
        Map.entry("TH", new CountryCalendar(List.of(
            fixed("New Year's Day", 1, 1),
            fixed("Chakri Memorial Day", 4, 6),
            fixed("Songkran Festival", 4, 13, 3),
            fixed("Labour Day", 5, 1),
            fixed("Coronation Day", 5, 4),
            lunar(CHINESE, "Visakha Bucha Day", 4, 15),
            fixed("Queen Suthida's Birthday", 6, 3),
            fixed("King Vajiralongkorn's Birthday", 7, 28),
            fixed("Queen Mother's Birthday", 8, 12),
            fixed("King Bhumibol Memorial Day", 10, 13),
            fixed("Chulalongkorn Day", 10, 23),
            fixed("King Bhumibol's Birthday", 12, 5),
            fixed("Constitution Day", 12, 10),
            fixed("New Year's Eve", 12, 31)), SubstituteHolidays.weekendToNextWorkingDay(p -> true))),
        // Days of Rest Ordinance 5708-1948 and the Hebrew calendar: a holiday begins at sunset, so the eve is a half day.
        Map.entry("IL", new CountryCalendar(List.of(
            hebrewEve("Erev Pesach", HebrewMonth.NISAN, 15),
            hebrew("Pesach", HebrewMonth.NISAN, 15, 1),
            hebrewEve("Erev Seventh Day of Pesach", HebrewMonth.NISAN, 21),
            hebrew("Seventh Day of Pesach", HebrewMonth.NISAN, 21, 1),
            span("Independence Day (Yom HaAtzmaut)", 1, y -> List.of(independenceDayOfIsrael(y))),
            hebrewEve("Erev Shavuot", HebrewMonth.SIVAN, 6),
            hebrew("Shavuot", HebrewMonth.SIVAN, 6, 1),
            hebrewEve("Erev Rosh Hashanah", HebrewMonth.TISHRI, 1),
            hebrew("Rosh Hashanah", HebrewMonth.TISHRI, 1, 2),
            hebrewEve("Erev Yom Kippur", HebrewMonth.TISHRI, 10),
            hebrew("Yom Kippur", HebrewMonth.TISHRI, 10, 1),
            hebrewEve("Erev Sukkot", HebrewMonth.TISHRI, 15),
            hebrew("Sukkot", HebrewMonth.TISHRI, 15, 1),
            hebrewEve("Erev Simchat Torah", HebrewMonth.TISHRI, 22),
            hebrew("Shemini Atzeret / Simchat Torah", HebrewMonth.TISHRI, 22, 1)), UnaryOperator.identity())),
        // Brunei public holidays (Prime Minister's Office circular).
        Map.entry("BN", new CountryCalendar(List.of(
            fixed("New Year's Day", 1, 1),
            lunar(CHINESE, "Chinese New Year", 1, 1),
            fixed("National Day", 2, 23),
            hijri("Isra Mi'raj", RAJAB, 27, 1),
            hijri("First Day of Ramadan", RAMADAN, 1, 1),
            hijri("Nuzul Al-Quran", RAMADAN, 17, 1),
            hijri("Hari Raya Aidilfitri", SHAWWAL, 1, 3),
            fixed("Royal Brunei Armed Forces Day", 5, 31),
            fixed("Sultan's Birthday", 7, 15),
            hijri("Hari Raya Aidiladha", DHU_AL_HIJJAH, 10, 1),
            hijri("Islamic New Year", MUHARRAM, 1, 1),
            hijri("Prophet's Birthday", RABI_AL_AWWAL, 12, 1),
            fixed("Christmas Day", 12, 25)), UnaryOperator.identity())),
        // Labour Code of the Russian Federation (Трудовой кодекс) art. 112 part 1: 1-6 and 8 January New Year holidays,
        // 7 January Christmas, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. Part 2: a weekend day on a holiday
        // moves to the working day after it, except on the January holidays, two of which the government's yearly decree
        // moves to other days (typed as announced days). Jollyday adds 9 and 10 January and moves January weekend days to
        // the Monday after (11 January 2027, a working day).
        Map.entry("RU", new CountryCalendar(List.of(
            fixed("New Year holidays", 1, 1, 6),
            fixed("Orthodox Christmas", 1, 7),
            fixed("New Year holidays", 1, 8),
            fixed("Defender of the Fatherland Day", 2, 23),
            fixed("International Women's Day", 3, 8),
            fixed("Spring and Labour Day", 5, 1),
            fixed("Victory Day", 5, 9),
            fixed("Russia Day", 6, 12),
            fixed("Unity Day", 11, 4)), SubstituteHolidays.weekendToNextWorkingDay(p -> p.from().getMonthValue() != 1))),
        // Law of the Republic of Kazakhstan No. 267-II of 13 December 2001 "On holidays in the Republic of Kazakhstan" as amended
        // (Nauryz 21 to 23 March; Republic Day 25 October again from 2022, Independence Day 16 December only): a weekend day on
        // a holiday gives the next working day after it, but not on the religious holidays, Orthodox Christmas and Kurban Ait
        // (Kurban Ait on 10 Dhu al-Hijjah by Umm al-Qura; the Spiritual Administration of Muslims announces the day). Jollyday
        // has Nauryz on 22 March only and no substitute days (Nauryz 2027: Sunday 21 to Tuesday 23, and Wednesday 24 March).
        Map.entry("KZ", new CountryCalendar(List.of(
            fixed("New Year", 1, 1, 2),
            fixed("Orthodox Christmas", 1, 7),
            fixed("International Women's Day", 3, 8),
            fixed("Nauryz", 3, 21, 3),
            fixed("Unity Day of the People of Kazakhstan", 5, 1),
            fixed("Defender of the Fatherland Day", 5, 7),
            fixed("Victory Day", 5, 9),
            fixed("Capital Day", 7, 6),
            fixed("Constitution Day", 8, 30),
            since(2022, fixed("Republic Day", 10, 25)),
            fixed("Independence Day", 12, 16),
            hijri("Kurban Ait", DHU_AL_HIJJAH, 10, 1)),
            SubstituteHolidays.weekendToNextWorkingDay(p -> !KAZAKH_RELIGIOUS.contains(p.name())))),
        // Labour Code of Ukraine (КЗпП) art. 73 as amended by Law No. 3107-IX of 29 May 2023 (8 May, the Day of Remembrance and
        // Victory over Nazism, in place of 9 May) and by the law of 14 July 2023 on bill No. 9431 (signed 28 July 2023, in force
        // 1 September 2023: Christmas on 25 December only, no 7 January; Statehood Day 15 July; Defenders' Day 1 October, no
        // 14 October); Easter and Trinity are Sundays of the Julian computus. While martial law lasts, Law No. 2136-IX of
        // 15 March 2022 art. 6 part 6 suspends art. 73, so these days are working days and no weekend holiday moves to a
        // Monday (Labour Code art. 67 part 3): no substitute days. How a holiday affects a client is the Observances sheet's
        // call (slow while martial law lasts). Jollyday still has 7 January, 9 May and 14 October and moves them to Mondays.
        Map.entry("UA", new CountryCalendar(List.of(
            fixed("New Year's Day", 1, 1),
            fixed("International Women's Day", 3, 8),
            orthodoxEaster("Easter (Velykden)", 0),
            fixed("Labour Day", 5, 1),
            fixed("Day of Remembrance and Victory over Nazism", 5, 8),
            orthodoxEaster("Trinity (Triitsia)", 49),
            fixed("Constitution Day", 6, 28),
            fixed("Statehood Day", 7, 15),
            fixed("Independence Day", 8, 24),
            fixed("Defenders' Day", 10, 1),
            fixed("Christmas Day", 12, 25)), UnaryOperator.identity())),
        // Ministry of Home Affairs (गृह मन्त्रालय), public holidays (सार्वजनिक बिदा) of each year: Labour Day 1 May;
        // Vijaya Dashami and Laxmi Puja by India's rules for Dussehra (the tenth tithi in the afternoon) and Diwali, the list's
        // day as a rule: the tika on 24 October 2023 and on Asoj 26, 2081 (12 October 2024, where the sunrise rule gives 13
        // October), but on Kartik 10, 2077 (26 October 2020, India's Dussehra 25 October); Nepal's calendar committee fixes
        // it. The list's other days of Dashain (Fulpati to Ekadashi or Dwadashi, five or six days) and Tihar, and the
        // holidays on Bikram Sambat solar dates (New Year, Republic Day, Constitution Day) are typed as announced days.
        Map.entry("NP", new CountryCalendar(List.of(
            fixed("Labour Day", 5, 1),
            on("Vijaya Dashami (Dashain)", HinduHolidays::dussehra),
            on("Laxmi Puja (Tihar)", HinduHolidays::diwali)), UnaryOperator.identity())));

    private CountryCalendars() {
    }

    /**
     * Korea (관공서의 공휴일에 관한 규정 art. 3, as amended 2021 and 2023): Seollal and Chuseok lose a day to a
     * Sunday or another holiday, the named national days to a Saturday, Sunday or another holiday; the
     * substitute is the first working day after.
     */
    private static UnaryOperator<List<ObservancePeriod>> korea() {
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        SubstituteHolidays spans = new SubstituteHolidays(EnumSet.of(DayOfWeek.SUNDAY), weekend, true,
            p -> KOREAN_SPANS.contains(p.name()));
        SubstituteHolidays days = new SubstituteHolidays(weekend, weekend, true, p -> KOREAN_SUBSTITUTED.contains(p.name()));
        return holidays -> days.apply(spans.apply(holidays));
    }

    /**
     * Yom HaAtzmaut is 5 Iyar, brought forward to Thursday when it falls on Friday or Saturday and put off
     * to Tuesday when it falls on Monday (so that Memorial Day does not follow the Sabbath).
     */
    static LocalDate independenceDayOfIsrael(int year) {
        LocalDate day = HebrewHolidays.date(year, HebrewMonth.IYAR, 5);
        return switch (day.getDayOfWeek()) {
            case FRIDAY -> day.minusDays(1);
            case SATURDAY -> day.minusDays(2);
            case MONDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
