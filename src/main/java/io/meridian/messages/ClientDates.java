package io.meridian.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Days, moments and time zones as a client email writes them, in each language part's own way: the weekday, the
 * day, the month's name and the year in the language's order, the time on the language's clock, the zone by the
 * name its speakers read ("Japan Time", "日本時間"), never ISO order or an IANA id.
 *
 * <p>Source of the formats: the Unicode CLDR locale data the JDK ships (its full date with the weekday, its short
 * time, and how the language joins them: {@link DateTimeFormatterBuilder#getLocalizedDateTimePattern}; the zones'
 * generic names). Month and day names always come from it. A few languages take a pattern from CLDR's other formats
 * where their business writing uses it (Java 17 has no API for CLDR's flexible formats):
 * <ul>
 *   <li>English: CLDR's en-GB, the day-month order and 24-hour clock of international trade ("Tuesday, 8 December
 *   2026, 09:00"), where the JDK's plain {@code en} is the US "December 8, 2026, 9:00 AM";</li>
 *   <li>German: CLDR's date and time, the time with "Uhr" as DIN 5008 writes it ("Dienstag, 8. Dezember 2026,
 *   09:00 Uhr");</li>
 *   <li>French: CLDR fr's full and long date-time "{1} 'à' {0}" ("mardi 8 décembre 2026 à 09:00"), where the JDK's
 *   CLDR data joins the two with a bare space, "mardi 8 décembre 2026 09:00", a time stamp rather than French;</li>
 *   <li>Japanese: CLDR ja {@code yMMMEd} "y年M月d日(E)" and {@code Hm} "H:mm", the brackets full-width as in the
 *   templates' Japanese ("2026年12月8日（火）9:00");</li>
 *   <li>Chinese: CLDR zh full date "y年M月d日EEEE" with the weekday in full-width brackets (GB/T 15834-2011) and
 *   CLDR zh {@code Hm} "HH:mm" ("2026年12月8日（星期二）09:00"), where the JDK's short time is "上午9:00";</li>
 *   <li>Korean: CLDR ko full date and {@code Hm} "HH:mm" ("2026년 12월 8일 화요일 00:16"), where the JDK's short time
 *   is "a h:mm" and a time after midnight read "오전 12:16": Korean official writing puts hours and minutes on the
 *   24-hour clock with a colon (행정업무의 운영 및 혁신에 관한 규정 제7조제5항: "오후 3시 20분" is written "15:20"),
 *   as the auto-reply's working hours already are ("09:00–18:00");</li>
 *   <li>Arabic: CLDR ar full date "EEEE، d MMMM y", joined to the time with the Arabic comma "،" (U+060C) that the
 *   date itself uses after the weekday, where the JDK's CLDR joins them with a Latin comma ("الثلاثاء، 8 ديسمبر 2026,
 *   9:00 ص"); the time CLDR ar {@code Hm} "HH:mm", the clock of the working hours the same email lists.</li>
 * </ul>
 * Digits are Latin in every language, as in {@link Amounts}.
 */
public final class ClientDates {

    /** Per language: the date pattern, the time pattern and how they join ({0} the date, {1} the time). */
    private record Patterns(String date, String time, String joined) {
    }

    private static final Map<String, Locale> LOCALES = Map.of("en", Locale.UK);
    private static final Locale ARABIC_PROBE = Locale.forLanguageTag("ar");
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    /**
     * Western Sahara's zone, named by its offset alone: the territory's status is disputed (a non-self-governing territory
     * on the UN's list; Morocco administers most of it as its southern provinces), so its clock is named for no country,
     * Morocco or Western Sahara, and not "Western European Time" either, CLDR's metazone, which it does not keep.
     */
    private static final ZoneId EL_AAIUN = ZoneId.of("Africa/El_Aaiun");
    private static final Map<String, String> MOROCCO = Map.of("en", "Morocco Time", "de", "Marokkanische Zeit",
        "fr", "heure du Maroc", "es", "hora de Marruecos", "pt", "Horário do Marrocos", "ja", "モロッコ時間", "zh", "摩洛哥时间",
        "ko", "모로코 시간", "ar", "توقيت المغرب");
    /** Between a name and what follows it: the ideographic comma of Japanese, the full-width comma of Chinese, the Arabic comma. */
    private static final Map<String, String> LIST_COMMA = Map.of("ja", "、", "zh", "，", "ar", "\u060C ");
    private static final Map<String, Patterns> BUSINESS = Map.of(
        "de", new Patterns(null, "HH:mm 'Uhr'", "{0}, {1}"),
        "fr", new Patterns(null, null, "{0} à {1}"),
        "ja", new Patterns("y年M月d日（E）", "H:mm", "{0}{1}"),
        "zh", new Patterns("y年M月d日（EEEE）", "HH:mm", "{0}{1}"),
        "ko", new Patterns(null, "HH:mm", "{0} {1}"),
        "ar", new Patterns(null, "HH:mm", "{0}\u060C {1}"));

    private ClientDates() {
    }

    /** A moment in the client's clock, with its weekday: "Tuesday, 8 December 2026, 09:00" in English. */
    public static Localized moment(Instant at, ZoneId zone) {
        return new Moment(at.atZone(zone));
    }

    /** A moment in the client's clock, whose instant the email reads to name the zone's offset where the name needs it. */
    private record Moment(ZonedDateTime at) implements Localized {
        @Override
        public Object in(String language) {
            return moment(at, language);
        }
    }

    /** The instant of a value that is a moment ({@link #moment}), empty for any other value. */
    static Optional<Instant> instant(Object value) {
        return value instanceof Moment m ? Optional.of(m.at().toInstant()) : Optional.empty();
    }

    /** A calendar day with its weekday: "Tuesday, 8 December 2026" in English. */
    public static Localized day(LocalDate day) {
        return language -> day(day, language);
    }

    /**
     * A calendar quarter as the language writes it: "Q4 2026", "4. Quartal 2026", "2026年第4四半期", "2026年第四季度",
     * "2026년 4분기"; "2026-Q4" in a language without its own. The ordinals are the languages' ordinary ones (CLDR has
     * quarter names but Java 17 formats them only with a day, as "Q4", "第4四半期", "4분기", "第四季度", "الربع الرابع"), as the
     * countries' statistics offices write a quarter: "im 4. Quartal 2026" (Destatis), "au 4e trimestre 2026" (Insee;
     * Imprimerie nationale: "4e", "1er"), "4.º trimestre de 2026" (RAE, Ortografía 2010: an abbreviated ordinal takes a
     * full stop), Brazilian "4º trimestre de 2026" (IBGE; Manual de Redação da Presidência da República: "1º") where
     * European Portuguese writes "4.º trimestre de 2026" (INE Portugal; Código de Redação Interinstitucional da UE, pt:
     * "1.º"), and Arabic "الربع الرابع من عام 2026" with the word year (the General Authority for Statistics of Saudi
     * Arabia: "الربع الثالث من عام 2020"), where a bare "من 2026" reads as a fragment.
     */
    public static Localized quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
        return language -> switch (baseLanguage(language)) {
            case "en" -> "Q" + quarter + " " + year;
            case "de" -> quarter + ". Quartal " + year;
            case "fr" -> quarter + (quarter == 1 ? "er" : "e") + " trimestre " + year;
            case "es" -> quarter + ".º trimestre de " + year;
            case "pt" -> quarter + (europeanPortuguese(language) ? ".º" : "º") + " trimestre de " + year;
            case "ja" -> year + "年第" + quarter + "四半期";
            case "zh" -> year + "年第" + "一二三四".charAt(quarter - 1) + "季度";
            case "ko" -> year + "년 " + quarter + "분기";
            case "ar" -> "الربع " + List.of("الأول", "الثاني", "الثالث", "الرابع").get(quarter - 1) + " من عام " + year;
            default -> year + "-Q" + quarter;
        };
    }

    /**
     * The zone by its generic name in the language: "Japan Time", "日本時間", "Japanische Zeit". CLDR names a zone
     * generically only where it once kept summer time; a zone that never did (India's, the Gulf's) has its standard
     * name alone, and Unicode's rule for the generic name is then to use the standard one (UTS #35, Part 4 Dates,
     * "Using Time Zone Names": a missing generic name falls back to the standard name). The JDK
     * instead fills the gap from its older names or the bare region: "India Time", "Zeitzone für Indien", "Inde",
     * "Golfe", "India Time" in an Arabic part. Such a zone, which keeps no summer time now nor ahead, is named by the
     * language's standard name: "India Standard Time" (CLDR's English name for India's IST), "Indische
     * Normalzeit", "heure de l’Inde", "توقيت الخليج", "Horário Padrão da Índia".
     */
    public static String zone(ZoneId zone, String language) {
        return zone(zone, language, List.of());
    }

    /**
     * The zone's name as {@link #zone(ZoneId, String)} gives it, for an email that names these moments. Morocco's zone
     * is named for Morocco, with its offset when every moment shares one ("Morocco Time, UTC+1"; "UTC+0" in
     * Ramadan), where CLDR's metazone for Africa/Casablanca reads "Western European Time", a name for Portugal's winter
     * clock that a Moroccan client does not use: Morocco keeps UTC+1 all year (décret n° 2-18-855 du 16 safar 1440 (26
     * octobre 2018) relatif à l'heure légale, which adds 60 minutes to the legal time of the royal decree n° 455-67 of 2
     * June 1967, keeping the summer clock for good) and goes back to UTC+0 for Ramadan under that decree's article 2, on
     * dates the government announces each year, as the IANA tz data the JDK ships (Africa/Casablanca) schedules it: 7
     * February to 14 March 2027 for Ramadan 1448. Moments on either side of such a change get the name without an offset, each written in the
     * clock then in force.
     */
    public static String zone(ZoneId zone, String language, Collection<Instant> moments) {
        if (CASABLANCA.equals(zone)) {
            return morocco(language, moments);
        }
        if (EL_AAIUN.equals(zone)) {
            return offsets(zone, moments);
        }
        Locale locale = locale(language);
        if (hasNoGenericName(zone) && keepsNoSummerTime(zone)) {
            return TimeZone.getTimeZone(zone).getDisplayName(false, TimeZone.LONG, locale);
        }
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * "Morocco Time" in the part's language: CLDR's region format, the way CLDR names a country's zone that has no name
     * of its own (en "{0} Time", es "hora de {0}", ja "{0}時間", zh "{0}时间", ko "{0} 시간", ar "توقيت {0}"), with the
     * country's CLDR name; French, German and Portuguese in the form the JDK gives their other zones ("heure du Golfe",
     * "Japanische Zeit", "Horário do Golfo"), where CLDR's region format reads "heure : Maroc" and "Marokko (Ortszeit)".
     * Brazilian Portuguese writes the article before Marrocos (the foreign ministry's "Embaixador do Brasil no Reino do
     * Marrocos", EM n° 00459/2015 MRE, in the Senate's Mensagem n° 75 de 2015), European Portuguese does not ("Reino de
     * Marrocos", Portal Diplomático).
     */
    private static String morocco(String language, Collection<Instant> moments) {
        String name = europeanPortuguese(language) ? "Hora de Marrocos" : MOROCCO.getOrDefault(baseLanguage(language), "Morocco Time");
        Set<ZoneOffset> offsets = new HashSet<>();
        moments.forEach(at -> offsets.add(CASABLANCA.getRules().getOffset(at)));
        if (offsets.size() != 1) {
            return name;
        }
        return name + LIST_COMMA.getOrDefault(baseLanguage(language), ", ") + utc(offsets.iterator().next());
    }

    /**
     * Africa/El_Aaiun by the offset of its clock at the email's moments: "UTC+1", "UTC+0" in Ramadan. The IANA tz data
     * the JDK ships (file africa, Zone Africa/El_Aaiun: on the Morocco rules since 28 October 2018, abbreviated "+01/+00",
     * numbers rather than a name) moves it with Casablanca; the offsets, in the order of the moments, where they straddle
     * a change ("UTC+0 / UTC+1"), and the offset now for an email without a moment.
     */
    private static String offsets(ZoneId zone, Collection<Instant> moments) {
        List<Instant> at = moments.isEmpty() ? List.of(Instant.now()) : moments.stream().sorted().toList();
        return at.stream().map(i -> utc(zone.getRules().getOffset(i))).distinct().collect(Collectors.joining(" / "));
    }

    /** "UTC+1", "UTC+0", "UTC+5:30": the offset as the decree and ISO 8601's UTC designator write it. */
    private static String utc(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60 % 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + Math.abs(seconds) / 3600 + (minutes == 0 ? "" : String.format(":%02d", minutes));
    }

    /**
     * Whether CLDR lacks a generic name for the zone: Arabic, for which the JDK has CLDR's names only, then answers
     * the English one, where for a zone CLDR names generically it answers its own ("توقيت اليابان").
     */
    private static boolean hasNoGenericName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, ARABIC_PROBE).equals(zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /** Whether the zone's rules change its offset no more: no rule for summer time, no transition from now on. */
    private static boolean keepsNoSummerTime(ZoneId zone) {
        return zone.getRules().getTransitionRules().isEmpty() && zone.getRules().nextTransition(Instant.now()) == null;
    }

    static String moment(ZonedDateTime at, String language) {
        Locale locale = locale(language);
        Patterns business = BUSINESS.get(baseLanguage(language));
        if (business == null) {
            return format(at, DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.FULL, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale), locale);
        }
        return business.joined().replace("{0}", day(at, language)).replace("{1}", format(at, time(business, locale), locale));
    }

    static String day(TemporalAccessor day, String language) {
        Locale locale = locale(language);
        Patterns business = BUSINESS.get(baseLanguage(language));
        return format(day, business != null && business.date() != null ? business.date() : fullDate(locale), locale);
    }

    private static String time(Patterns business, Locale locale) {
        return business.time() != null ? business.time()
            : DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale);
    }

    private static String fullDate(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.FULL, null, IsoChronology.INSTANCE, locale);
    }

    private static String format(TemporalAccessor value, String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(firstOfMonth(pattern, value, locale), locale).format(value);
    }

    /**
     * French writes the first day of a month as an ordinal, "1er" ("mardi 1er juin 2027"), and the others as numbers
     * (Imprimerie nationale, Lexique des règles typographiques; Office québécois de la langue française), where CLDR's
     * pattern writes "1".
     */
    private static String firstOfMonth(String pattern, TemporalAccessor value, Locale locale) {
        if ("fr".equals(locale.getLanguage()) && value.isSupported(ChronoField.DAY_OF_MONTH)
            && value.get(ChronoField.DAY_OF_MONTH) == 1) {
            return pattern.replaceFirst("(?<![d'])d(?![d'])", "d'er'");
        }
        return pattern;
    }

    /** The language's locale, with Latin digits (an Arabic part writes 8, not ٨, as its amounts do). */
    static Locale locale(String language) {
        Locale base = LOCALES.getOrDefault(language, Locale.forLanguageTag(language));
        return new Locale.Builder().setLocale(base).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /**
     * Between the ends of a range of days or hours: the wave dash of Japanese ("月曜日～金曜日", CLDR ja's interval
     * fallback "{0}～{1}"), an en dash elsewhere.
     */
    public static String range(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? "～" : "–";
    }

    /** Portuguese of Portugal (pt-PT), where plain pt is Brazilian Portuguese, as in CLDR. */
    static boolean europeanPortuguese(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return "pt".equals(locale.getLanguage()) && "PT".equals(locale.getCountry());
    }

    private static String baseLanguage(String language) {
        return Locale.forLanguageTag(language).getLanguage();
    }
}
