package io.meridian.calendar;

import static io.meridian.calendar.HolidayRule.closure;
import static io.meridian.calendar.HolidayRule.easter;
import static io.meridian.calendar.HolidayRule.fixed;
import static io.meridian.calendar.HolidayRule.halfDay;
import static io.meridian.calendar.HolidayRule.hijri;
import static io.meridian.calendar.HolidayRule.hijriEve;
import static io.meridian.calendar.HolidayRule.lunar;
import static io.meridian.calendar.HolidayRule.on;
import static io.meridian.calendar.HolidayRule.season;
import static io.meridian.calendar.HolidayRule.since;
import static io.meridian.calendar.HolidayRule.span;
import static io.meridian.calendar.IslamicHolidays.DHU_AL_HIJJAH;
import static io.meridian.calendar.IslamicHolidays.MUHARRAM;
import static io.meridian.calendar.IslamicHolidays.RABI_AL_AWWAL;
import static io.meridian.calendar.IslamicHolidays.RAMADAN;
import static io.meridian.calendar.IslamicHolidays.SHABAN;
import static io.meridian.calendar.IslamicHolidays.SHAWWAL;
import static io.meridian.calendar.LunisolarHolidays.Lunisolar.CHINESE;
import static io.meridian.calendar.LunisolarHolidays.Lunisolar.VIETNAMESE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import net.time4j.calendar.astro.AstronomicalSeason;

/**
 * What Jollyday's calendar of a country lacks or gets wrong, fixed per country: names to correct, holidays
 * to drop (because a rule below computes them better) and holidays to add, each citing its source.
 *
 * @param subdivision Jollyday's subdivision to read instead of the national list, or null
 * @param optional Jollyday's holidays (by their corrected name) that close public offices and banks while most businesses
 *                 work: {@link ObservanceKind#OPTIONAL_HOLIDAY}, not closed
 */
record HolidayCorrections(String subdivision, Map<String, String> rename, Set<String> drop, List<HolidayRule> add,
                          UnaryOperator<List<ObservancePeriod>> substitutes, Set<String> optional) {

    HolidayCorrections(String subdivision, Map<String, String> rename, Set<String> drop, List<HolidayRule> add,
                       UnaryOperator<List<ObservancePeriod>> substitutes) {
        this(subdivision, rename, drop, add, substitutes, Set.of());
    }

    static final HolidayCorrections NONE = new HolidayCorrections(null, Map.of(), Set.of(), List.of(), UnaryOperator.identity());

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String JP_NEW_YEAR_CLOSURE = "New Year holidays (banks and offices closed)";
    private static final String JP_YEAR_END_CLOSURE = "Year-end holidays (offices closed)";
    /** The year-end and New Year closure is no national holiday: it makes no substitute or citizens' holiday. */
    private static final Set<String> JP_CLOSURES = Set.of(JP_NEW_YEAR_CLOSURE, JP_YEAR_END_CLOSURE);
    /** India's gazette dates Hijri holidays by local sighting, which comes a day after Umm al-Qura as a rule. */
    private static final int INDIA_SIGHTING_DELAY = 1;
    /** Bangladesh's Islamic holidays come by local sighting too, a day after Umm al-Qura as a rule. */
    private static final int BANGLADESH_SIGHTING_DELAY = 1;
    static final String ASH_WEDNESDAY = "Ash Wednesday (half day)";

    static final Map<String, HolidayCorrections> BY_COUNTRY = Map.ofEntries(
        // Bank holidays of England and Wales (GOV.UK); Jollyday's national GB list lacks Easter Monday and the August bank holiday.
        Map.entry("GB", new HolidayCorrections("eng", Map.of(), Set.of(), List.of(), UnaryOperator.identity())),
        // 国民の祝日に関する法律 as amended 2018 (Emperor's Birthday 23 Feb from 2020; Marine, Sports Day renamed), Cabinet
        // Office 国民の祝日; equinox days are the JST date of the equinox (NAOJ); banks close 31 Dec to 3 Jan (銀行法施行令 art. 5),
        // government offices 29 Dec to 3 Jan (行政機関の休日に関する法律 art. 1(1)(iii)), the year-end closure (年末年始休業)
        // companies keep by custom, not by law (no national holiday but 1 January): a company closure, which the etiquette
        // table advises as such.
        Map.entry("JP", new HolidayCorrections(null,
            Map.of("Navy day", "Marine Day", "Labour day", "Labour Thanksgiving Day", "Health and Sports Day", "Sports Day",
                "Mountain day", "Mountain Day", "Coming Of Age Day", "Coming of Age Day", "Foundation Day", "National Foundation Day"),
            Set.of("Emperors Birthday"),
            List.of(
                since(2020, fixed("Emperor's Birthday", 2, 23)),
                season("Vernal Equinox Day", AstronomicalSeason.VERNAL_EQUINOX, TOKYO),
                season("Autumnal Equinox Day", AstronomicalSeason.AUTUMNAL_EQUINOX, TOKYO),
                closure(JP_YEAR_END_CLOSURE, 12, 29, 3),
                closure(JP_NEW_YEAR_CLOSURE, 1, 2, 2)),
            SubstituteHolidays.japan(p -> !JP_CLOSURES.contains(p.name())))),
        // Law 2429 art. 2: Ramazan Bayramı 3 days, Kurban Bayramı 4 days, each after a half-day eve (arife); 28 October afternoon.
        Map.entry("TR", new HolidayCorrections(null, Map.of(), Set.of("Eid al-Fitr", "Eid al-Adha"),
            List.of(
                hijriEve("Eve of Ramazan Bayramı (half day)", SHAWWAL, 1),
                hijri("Eid al-Fitr (Ramazan Bayramı)", SHAWWAL, 1, 3),
                hijriEve("Eve of Kurban Bayramı (half day)", DHU_AL_HIJJAH, 10),
                hijri("Eid al-Adha (Kurban Bayramı)", DHU_AL_HIJJAH, 10, 4),
                halfDay("Eve of Republic Day (half day)", y -> LocalDate.of(y, 10, 28))),
            UnaryOperator.identity())),
        // Labor Law implementing regulations (HRSD): Eid al-Fitr 4 days from the day after 29 Ramadan, Eid al-Adha
        // 4 days from Arafat Day; Founding Day 22 February by Royal Order A/371 of 27 January 2022.
        Map.entry("SA", new HolidayCorrections(null, Map.of(), Set.of("Ramadan End", "Eid al-Fitr", "Arafaat", "Eid al-Adha"),
            List.of(
                since(2022, fixed("Founding Day", 2, 22)),
                hijri("Eid al-Fitr", RAMADAN, 29, 1, 4),
                hijri("Eid al-Adha", DHU_AL_HIJJAH, 9, 4)),
            UnaryOperator.identity())),
        // DoPT list of holidays for central government offices in Delhi (compulsory holidays).
        Map.entry("IN", new HolidayCorrections(null, Map.of("Ghandis birthday", "Gandhi Jayanti"), Set.of("Eid al-Fitr"),
            List.of(
                on("Holi", HinduHolidays::holi),
                easter("Good Friday", -2),
                on("Buddha Purnima", HinduHolidays::buddhaPurnima),
                hijri("Id-ul-Fitr (Eid al-Fitr)", SHAWWAL, 1, INDIA_SIGHTING_DELAY, 1),
                hijri("Id-ul-Zuha (Eid al-Adha)", DHU_AL_HIJJAH, 10, INDIA_SIGHTING_DELAY, 1),
                hijri("Muharram", MUHARRAM, 10, INDIA_SIGHTING_DELAY, 1),
                hijri("Milad-un-Nabi (Prophet's Birthday)", RABI_AL_AWWAL, 12, INDIA_SIGHTING_DELAY, 1),
                on("Dussehra", HinduHolidays::dussehra),
                on("Diwali", HinduHolidays::diwali),
                fixed("Christmas Day", 12, 25)),
            UnaryOperator.identity())),
        // General Holidays Ordinance (Cap. 149) schedule, HKSAR Gazette; Ching Ming is the solar term, not a fixed day.
        Map.entry("HK", new HolidayCorrections(null, Map.of(), Set.of("Ching Ming Festival"),
            List.of(
                lunar(CHINESE, "Lunar New Year", 1, 1, 0, 3),
                on("Ching Ming Festival", LunisolarHolidays::qingming),
                lunar(CHINESE, "Buddha's Birthday", 4, 8),
                lunar(CHINESE, "Tuen Ng Festival", 5, 5),
                lunar(CHINESE, "The day following Mid-Autumn Festival", 8, 16),
                lunar(CHINESE, "Chung Yeung Festival", 9, 9)),
            SubstituteHolidays.sundayToNextDay())),
        // Holidays Act 1998 schedule (MOM public holidays); Vesak is the 15th day of the fourth lunar month.
        Map.entry("SG", new HolidayCorrections(null, Map.of(), Set.of("Hari Raya Puasa", "Hari Raya Haji"),
            List.of(
                lunar(CHINESE, "Chinese New Year", 1, 1, 0, 2),
                hijri("Hari Raya Puasa", SHAWWAL, 1, 1),
                lunar(CHINESE, "Vesak Day", 4, 15),
                hijri("Hari Raya Haji", DHU_AL_HIJJAH, 10, 1),
                on("Deepavali", HinduHolidays::diwali)),
            SubstituteHolidays.sundayToNextDay())),
        // Labour Code 2019 art. 112: Tết 5 days (the government fixes which; the eve to the 4th day is the usual span),
        // Hùng Kings' Commemoration on the 10th day of the third lunar month.
        Map.entry("VN", new HolidayCorrections(null, Map.of(), Set.of(),
            List.of(
                lunar(VIETNAMESE, "Tết (Lunar New Year)", 1, 1, -1, 5),
                lunar(VIETNAMESE, "Hùng Kings' Commemoration Day", 3, 10)),
            UnaryOperator.identity())),
        // Carnival closes Brazil on Monday and Tuesday: the federal government's yearly portaria on holidays and optional days
        // (Ministério da Gestão e da Inovação em Serviços Públicos) names both days "Carnaval" and Ash Wednesday (Quarta-Feira
        // de Cinzas) a ponto facultativo until 14:00, and business follows; Jollyday lists the Tuesday only, and Ash Wednesday
        // as a whole holiday: it is a half day, 46 days before Easter, whose hours the etiquette table's Observances sheet gives.
        Map.entry("BR", new HolidayCorrections(null, Map.of(), Set.of("Ash Wednesday"),
            List.of(easter("Carnival", -48), halfDay(ASH_WEDNESDAY, y -> HolidayRule.easterSunday(y).minusDays(46))),
            UnaryOperator.identity())),
        // Public Holidays Act (Cap. P40) as amended in 2019: Democracy Day moved from 29 May to 12 June; Children's
        // Day (27 May) is a school holiday and the start of Ramadan no holiday at all, though Jollyday lists both. 1 May is
        // Workers' Day in the Act's schedule. The Federal Government, by the Minister of Interior's declarations, gives two
        // days for Eid-el-Fitr and Eid-el-Kabir (Wednesday 10 and Thursday 11 April 2024; Friday 6 and Monday 9 June 2025),
        // where Jollyday has one, and the next working day for a holiday on a Saturday or Sunday (Workers' Day, Sunday 1 May
        // 2016: Monday 2 May; Independence Day, Saturday 1 October 2016: Monday 3 October; Eid-el-Kabir, Sunday 16 June
        // 2024: Monday 17 and Tuesday 18 June), which Jollyday does not move. Easter Sunday is no day of the schedule.
        Map.entry("NG", new HolidayCorrections(null, Map.of("Labour day", "Workers' Day"),
            Set.of("Freedom and Democracy Day", "Children's Day", "Ramadan", "Eid al-Fitr", "Eid al-Adha"),
            List.of(
                since(2019, fixed("Democracy Day", 6, 12)),
                hijri("Eid al-Fitr (Eid-el-Fitr)", SHAWWAL, 1, 2),
                hijri("Eid al-Adha (Eid-el-Kabir)", DHU_AL_HIJJAH, 10, 2)),
            SubstituteHolidays.weekendToNextWorkingDay(p -> !p.name().equals("Easter")))),
        // Ley Federal del Trabajo art. 74: the rest days fall on their dates (1 January, 1 May, 16 September, 25 December), and
        // the transfer of federal executive power on 1 October every six years since the 2014 constitutional reform (2024, 2030);
        // Jollyday moves a Saturday holiday to the Friday before and a Sunday one to the Monday after, which closed Friday
        // 30 April and Friday 24 December 2027, and keeps 1 December for the transfer.
        Map.entry("MX", new HolidayCorrections(null, Map.of(),
            Set.of("New Year's Day", "Labour Day", "Independence Day", "Christmas Day", "Change of Federal Government"),
            List.of(
                fixed("New Year's Day", 1, 1),
                fixed("Labour Day", 5, 1),
                fixed("Independence Day", 9, 16),
                span("Transfer of Federal Executive Power", 1,
                    y -> y >= 2024 && (y - 2024) % 6 == 0 ? List.of(LocalDate.of(y, 10, 1)) : List.of()),
                fixed("Christmas Day", 12, 25)),
            UnaryOperator.identity())),
        // Ley 27.399 (2017) art. 1 and 2: Carnival is Monday and Tuesday; 20 June (Belgrano, Flag Day) stays on its date; 17 June,
        // 17 August, 12 October and 20 November are movable: on a Tuesday or Wednesday the day off is the Monday before, on a
        // Thursday or Friday the Monday after (art. 6). 24 and 31 December are no holidays (a decree may make them non-working
        // days for the public administration: typed as announced days). Jollyday had both, Flag Day and San Martín on the third
        // Monday of June and August, and no Güemes or National Sovereignty Day. Maundy Thursday (Jueves Santo) is a día no
        // laborable (art. 4): the employer decides whether to work, public offices and banks close; Jollyday had it closed.
        Map.entry("AR", new HolidayCorrections(null,
            Map.of("Clean Monday", "Carnival"),
            Set.of("Christmas Eve", "New Year's Eve", "National Flag Day", "José de San Martín Day", "Columbus Day", "Maundy Thursday"),
            List.of(
                HolidayRule.span(ObservanceKind.OPTIONAL_HOLIDAY, "Maundy Thursday (día no laborable)", 1,
                    y -> List.of(HolidayRule.easterSunday(y).minusDays(3))),
                argentineMovable("Anniversary of General Martín Miguel de Güemes", 6, 17),
                fixed("Flag Day (General Manuel Belgrano)", 6, 20),
                argentineMovable("Anniversary of General José de San Martín", 8, 17),
                argentineMovable("Day of Respect for Cultural Diversity", 10, 12),
                argentineMovable("National Sovereignty Day", 11, 20)),
            UnaryOperator.identity())),
        // 5 U.S.C. 6103(a) gives federal employees eleven holidays, on which federal offices and, as Federal Reserve holidays,
        // most banks close; private employers choose their own. Nearly all give six: New Year's Day, Memorial Day,
        // Independence Day, Labor Day, Thanksgiving Day and Christmas Day (Bloomberg BNA, Holiday Practices Survey 2016:
        // 94 to 98 percent of employers; BLS National Compensation Survey, holiday profile Thanksgiving Day, March 2018:
        // 97 percent of private industry workers with paid holidays). The other five are days most businesses work:
        // Birthday of Martin Luther King, Jr. (BLS NCS holiday profile, March 2017: 24 percent of private industry workers
        // with paid holidays; Bloomberg BNA 2016: 37 percent of employers), Washington's Birthday (Bloomberg BNA 2016: 35
        // percent), Juneteenth National Independence Day (Mercer, 2023: 39 percent of private employers), Columbus Day and
        // Veterans Day (Bloomberg BNA 2016: 16 and 22 percent). So those are OPTIONAL_HOLIDAY: slow for a client, no day off for a team
        // or desk in the US. Columbus Day (also proclaimed Indigenous Peoples' Day since 2021), the second Monday in
        // October, is missing from Jollyday's list altogether; Jollyday calls Washington's Birthday "Presidents Day" and
        // the Juneteenth holiday "Juneteenth". A holiday on a Saturday is Jollyday's Friday before, on a Sunday the Monday after
        // (5 U.S.C. 6103(b), Executive Order 11582), for a client and a team or desk in the US alike: most private employers
        // close the same days (BLR, Survey of Paid Time Off Practices 2010: 84 percent closed on Friday 24 December 2010 for
        // Christmas on a Saturday, 94 percent on Monday 5 July 2010 for Independence Day on a Sunday), though banks, which
        // the Federal Reserve keeps open on the Friday, and the stock exchanges (NYSE Rule 7.2, at the end of a month or year)
        // may work it.
        Map.entry("US", new HolidayCorrections(null,
            Map.of("Presidents Day", "Washington's Birthday (Presidents Day)", "Juneteenth", "Juneteenth National Independence Day"),
            Set.of(),
            List.of(HolidayRule.span(ObservanceKind.OPTIONAL_HOLIDAY, "Columbus Day (Indigenous Peoples' Day)", 1,
                y -> List.of(LocalDate.of(y, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY))))),
            UnaryOperator.identity(),
            Set.of("Martin Luther King, Jr. Day", "Washington's Birthday (Presidents Day)", "Juneteenth National Independence Day",
                "Veterans Day"))),
        // Canada Labour Code s. 166 (general holidays) and the provinces' employment standards acts (Ontario's Employment
        // Standards Act, 2000 s. 1, British Columbia's, Alberta's, ...): Victoria Day, the Monday before 25 May (in Quebec the
        // same Monday is National Patriots' Day), and Thanksgiving, the second Monday of October, close most of the country;
        // Jollyday's national list has neither, only the five days every province keeps.
        Map.entry("CA", new HolidayCorrections(null, Map.of(), Set.of(),
            List.of(
                HolidayRule.on("Victoria Day", y -> LocalDate.of(y, 5, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY))),
                HolidayRule.nthWeekday("Thanksgiving", 10, 2, DayOfWeek.MONDAY)),
            UnaryOperator.identity())),
        // Ley 21.357 (2021): the National Day of Indigenous Peoples is a holiday on the day of the winter solstice (20 or 21
        // June, the Chilean date of the June solstice), which Jollyday lacks.
        Map.entry("CL", new HolidayCorrections(null, Map.of(), Set.of(),
            List.of(season("National Day of Indigenous Peoples", AstronomicalSeason.SUMMER_SOLSTICE, ZoneId.of("America/Santiago"))),
            UnaryOperator.identity())),
        // Public Holidays Act (Cap. 110): a public holiday that falls on a Sunday gives the Monday after (Jamhuri Day, Sunday
        // 12 December 2027, is off on Monday 13 December; Boxing Day, Sunday 26 December, on Monday 27 December), which
        // Jollyday does not move.
        Map.entry("KE", new HolidayCorrections(null, Map.of(), Set.of(), List.of(), SubstituteHolidays.sundayToNextDay())),
        // Jollyday names 3 November "Wars end in Europe": it is Victory Day (Nasru Dhuvas), the defeat of the 1988 coup attempt,
        // on the President's Office list of public holidays.
        Map.entry("MV", new HolidayCorrections(null, Map.of("Wars end in Europe", "Victory Day"), Set.of(), List.of(),
            UnaryOperator.identity())),
        // Jollyday names 15 August "Wars end in Europe": it is the de facto authorities' Victory Day, the anniversary of
        // the taking of Kabul on 15 August 2021 (24 Asad), on their list of official holidays.
        Map.entry("AF", new HolidayCorrections(null, Map.of("Wars end in Europe", "Victory Day"), Set.of(), List.of(),
            UnaryOperator.identity())),
        // Ministry of Public Administration (জনপ্রশাসন মন্ত্রণালয়), the yearly list of public holidays (সরকারি ছুটির তালিকা) of
        // general holidays (সাধারণ ছুটি) and executive-order holidays (নির্বাহী আদেশে ছুটি), as the Advisers' Council approved it
        // for 2026 (notification of 9 November 2025): Shab-e-Barat, Shab-e-Qadr, Jumatul Bidaa (the last Friday of Ramadan),
        // Eid-ul-Fitr and Eid-ul-Azha each with the day before and the day after, May Day, Buddha Purnima, Ashura,
        // Janmashtami, Eid-e-Miladunnabi and Durga Puja (Bijoya Dashami) besides the fixed days Jollyday has. The Islamic
        // days follow the National Moon Sighting Committee's local sighting, a day after Umm al-Qura as a rule (Eid-ul-Fitr
        // on 21 March 2026, Umm al-Qura's 1 Shawwal being 20 March); the Hindu days follow Bengal's almanacs (sunrise tithi
        // in Dhaka), Buddha Purnima the full moon of Vaishakha by mean reckoning (1 May 2026; 11 May 2025, a day before India's
        // sunrise tithi: see HinduHolidays.buddhaPurnimaOfBangladesh). The first day of Ramadan is no holiday, though
        // Jollyday lists it as "Ramadan"; the Observances sheet advises the month itself (RAMADAN, do not push).
        Map.entry("BD", new HolidayCorrections(null, Map.of("Labour day", "May Day"),
            Set.of("Ramadan", "Jumu'atul-Wida", "Eid al-Fitr", "Arafaat", "Eid al-Adha", "Mawlid an-Nabi"),
            List.of(
                hijri("Shab-e-Barat", SHABAN, 15, BANGLADESH_SIGHTING_DELAY, 1),
                hijri("Shab-e-Qadr", RAMADAN, 27, BANGLADESH_SIGHTING_DELAY, 1),
                span("Jumatul Bidaa", 1, y -> IslamicHolidays.inYear(y, SHAWWAL, 1).stream()
                    .map(eid -> eid.plusDays(BANGLADESH_SIGHTING_DELAY - 1L).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)))
                    .toList()),
                hijri("Eid-ul-Fitr", SHAWWAL, 1, BANGLADESH_SIGHTING_DELAY - 1, 3),
                on("Buddha Purnima", HinduHolidays::buddhaPurnimaOfBangladesh),
                hijri("Eid-ul-Azha", DHU_AL_HIJJAH, 10, BANGLADESH_SIGHTING_DELAY - 1, 3),
                hijri("Ashura", MUHARRAM, 10, BANGLADESH_SIGHTING_DELAY, 1),
                on("Janmashtami", HinduHolidays::janmashtami),
                hijri("Eid-e-Miladunnabi", RABI_AL_AWWAL, 12, BANGLADESH_SIGHTING_DELAY, 1),
                on("Durga Puja (Bijoya Dashami)", HinduHolidays::bijoyaDashami)),
            UnaryOperator.identity())));

    /** Ley 27.399 art. 6: a movable holiday on a Tuesday or Wednesday is taken on the Monday before, on a Thursday or Friday on the Monday after. */
    static HolidayRule argentineMovable(String name, int month, int day) {
        return HolidayRule.on(name, y -> {
            LocalDate date = LocalDate.of(y, month, day);
            return switch (date.getDayOfWeek()) {
                case TUESDAY, WEDNESDAY -> date.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
                case THURSDAY, FRIDAY -> date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                default -> date;
            };
        });
    }

    static HolidayCorrections of(String country) {
        return BY_COUNTRY.getOrDefault(country, NONE);
    }
}
