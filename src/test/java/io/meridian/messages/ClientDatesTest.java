package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * A client email writes a day or a moment as the part's language does, with the weekday, and names the zone as its
 * reader does: "Tuesday, 8 December 2026, 09:00 (Japan Time)", not "2026-12-08 09:00 (Asia/Tokyo)".
 */
@RunsBeside
class ClientDatesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant TUESDAY_NINE_IN_TOKYO = ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, TOKYO).toInstant();

    @Test
    void shouldWriteAMomentWithItsWeekdayAsEachLanguageWritesIt() {
        Localized moment = ClientMessages.clientTime(TUESDAY_NINE_IN_TOKYO, TOKYO);

        assertThat(moment.in("en")).isEqualTo("Tuesday, 8 December 2026, 09:00");
        assertThat(moment.in("de")).isEqualTo("Dienstag, 8. Dezember 2026, 09:00 Uhr");
        assertThat(moment.in("ja")).isEqualTo("2026年12月8日（火）9:00");
        assertThat(moment.in("zh")).isEqualTo("2026年12月8日（星期二）09:00");
        assertThat(moment.in("fr")).as("CLDR fr's date-time: {1} 'à' {0}").isEqualTo("mardi 8 décembre 2026 à 09:00");
        assertThat(moment.in("ko")).isEqualTo("2026년 12월 8일 화요일 09:00");
        assertThat(moment.in("ar")).as("Latin digits, as the amounts").isEqualTo("الثلاثاء، 8 ديسمبر 2026، 09:00");
    }

    /**
     * Korean writes a time on the 24-hour clock with a colon (행정업무의 운영 및 혁신에 관한 규정 제7조제5항), as the auto-reply's
     * working hours are: a time just after midnight is "00:16", where CLDR's short time wrote "오전 12:16".
     */
    @Test
    void shouldWriteAKoreanTimeAfterMidnightOnTheTwentyFourHourClock() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        Localized afterMidnight = ClientDates.moment(ZonedDateTime.of(2026, 12, 8, 0, 16, 0, 0, seoul).toInstant(), seoul);
        Localized afternoon = ClientDates.moment(ZonedDateTime.of(2026, 12, 8, 15, 20, 0, 0, seoul).toInstant(), seoul);

        assertThat(afterMidnight.in("ko")).isEqualTo("2026년 12월 8일 화요일 00:16");
        assertThat(afternoon.in("ko")).isEqualTo("2026년 12월 8일 화요일 15:20");
        assertThat(afterMidnight.in("ko-KR").toString()).doesNotContain("오전", "오후");
    }

    /**
     * Arabic separates with the Arabic comma "،" (U+060C), as CLDR's own Arabic date does after the weekday; the JDK's
     * CLDR joined date and time with a Latin comma ("الثلاثاء، 8 ديسمبر 2026, 9:00 ص").
     */
    @Test
    void shouldWriteAnArabicMomentWithTheArabicCommaOnly() {
        Localized moment = ClientMessages.clientTime(TUESDAY_NINE_IN_TOKYO, TOKYO);

        assertThat(moment.in("ar").toString()).doesNotContain(",").isEqualTo("الثلاثاء، 8 ديسمبر 2026، 09:00");
        assertThat(moment.in("ar-SA").toString()).doesNotContain(",");
        assertThat(ClientDates.day(LocalDate.of(2027, 1, 25)).in("ar")).isEqualTo("الاثنين، 25 يناير 2027");
    }

    /** No Arabic template writes a Latin comma of its own: the scores and the moment of the improvement report had one. */
    @Test
    void shouldWriteNoLatinCommaInTheArabicTemplates() throws IOException {
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().equals("ar.mustache"))) {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("{{!")) {
                    assertThat(line.replaceAll("\\{\\{[^}]*}}", "")).as("%s: %s", file, line).doesNotContain(",");
                }
            }
        }
    }

    @Test
    void shouldWriteADayWithItsWeekday() {
        Localized day = ClientDates.day(LocalDate.of(2027, 1, 25));

        assertThat(day.in("en")).isEqualTo("Monday, 25 January 2027");
        assertThat(day.in("de")).isEqualTo("Montag, 25. Januar 2027");
        assertThat(day.in("ja")).isEqualTo("2027年1月25日（月）");
        assertThat(day.in("zh")).isEqualTo("2027年1月25日（星期一）");
    }

    /** French writes the first of a month as "1er" (Imprimerie nationale), the other days and languages as numbers. */
    @Test
    void shouldWriteTheFirstOfAMonthAsFrenchWritesIt() {
        assertThat(ClientDates.day(LocalDate.of(2027, 1, 1)).in("fr")).isEqualTo("vendredi 1er janvier 2027");
        assertThat(ClientDates.day(LocalDate.of(2027, 1, 2)).in("fr")).isEqualTo("samedi 2 janvier 2027");
        assertThat(ClientDates.day(LocalDate.of(2027, 1, 1)).in("en")).isEqualTo("Friday, 1 January 2027");
        Instant firstInParis = ZonedDateTime.of(2027, 6, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant();
        assertThat(ClientDates.moment(firstInParis, ZoneId.of("Europe/Paris")).in("fr")).isEqualTo("mardi 1er juin 2027 à 09:00");
    }

    /** The quarterly survey names the quarter it asks about as each language writes a quarter, not "2026-Q4". */
    @Test
    void shouldNameTheSurveysQuarterAsEachLanguageWritesIt() throws IOException {
        Addressee kenji = new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null,
            "ja", TOKYO, "ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", true, "FORMAL", true);
        Map<String, Object> values = Map.of("quarter", ClientDates.quarter(2026, 4), "answerBy", ClientDates.day(LocalDate.of(2027, 1, 8)));
        List<String> languages = List.of("en", "de", "fr", "es", "pt", "pt-PT", "ja", "zh", "ko", "ar");
        Renderer renderer = ShippedTemplates.renderer(MessageKind.SATISFACTION_SURVEY, languages);
        Map<String, String> subjects = new LinkedHashMap<>();
        for (String language : languages) {
            subjects.put(language, renderer.render(MessageKind.SATISFACTION_SURVEY, kenji, values, List.of(language)).subject());
        }
        assertThat(subjects).containsExactly(
            Map.entry("en", "Your opinion of our work in Q4 2026"),
            Map.entry("de", "Ihre Meinung zu unserer Arbeit im 4. Quartal 2026"),
            Map.entry("fr", "Votre avis sur notre travail au 4e trimestre 2026"),
            Map.entry("es", "Su opinión sobre nuestro trabajo en el 4.º trimestre de 2026"),
            Map.entry("pt", "Sua opinião sobre nosso trabalho no 4º trimestre de 2026"),
            Map.entry("pt-PT", "A sua opinião sobre o nosso trabalho no 4.º trimestre de 2026"),
            Map.entry("ja", "2026年第4四半期の弊社の対応についてご意見をお聞かせください"),
            Map.entry("zh", "请评价我们在2026年第四季度的工作"),
            Map.entry("ko", "2026년 4분기 저희 업무에 대한 의견을 부탁드립니다"),
            Map.entry("ar", "رأيكم في عملنا خلال الربع الرابع من عام 2026"));
        assertThat(ClientDates.quarter(2027, 1).in("fr")).isEqualTo("1er trimestre 2027");
        // European Portuguese abbreviates the ordinal with a full stop, Brazilian (plain pt, as CLDR's) without
        assertThat(ClientDates.quarter(2026, 4).in("pt-PT")).isEqualTo("4.º trimestre de 2026");
        assertThat(ClientDates.quarter(2026, 4).in("pt-BR")).isEqualTo("4º trimestre de 2026");
    }

    @Test
    void shouldNameTheZoneInTheReadersLanguage() {
        assertThat(ClientDates.zone(TOKYO, "en")).isEqualTo("Japan Time");
        assertThat(ClientDates.zone(TOKYO, "ja")).isEqualTo("日本時間");
        assertThat(ClientDates.zone(TOKYO, "zh")).isEqualTo("日本时间");
        assertThat(ClientDates.zone(ZoneId.of("Europe/Berlin"), "de")).isEqualTo("Mitteleuropäische Zeit");
        assertThat(ClientDates.zone(ZoneId.of("America/New_York"), "en")).isEqualTo("Eastern Time");
    }

    /**
     * A zone that never kept summer time has only a standard name in CLDR: for Dubai's the JDK answered the English
     * "Gulf Time" in an Arabic or Portuguese part (found on a tour of a UAE client's emails: "الاثنين، 7 ديسمبر 2026، 02:18
     * (Gulf Time)"); the part names it in its own language by that standard name.
     */
    @Test
    void shouldNameAZoneWithoutAGenericNameByItsStandardNameInTheReadersLanguage() {
        ZoneId dubai = ZoneId.of("Asia/Dubai");
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        assertThat(ClientDates.zone(dubai, "ar")).isEqualTo("توقيت الخليج");
        assertThat(ClientDates.zone(kolkata, "ar")).isEqualTo("توقيت الهند");
        assertThat(ClientDates.zone(dubai, "pt")).isEqualTo("Horário do Golfo");
        assertThat(ClientDates.zone(kolkata, "pt-PT")).doesNotContain("India").contains("Índia");
        assertThat(ClientDates.zone(ZoneId.of("Asia/Riyadh"), "ar")).as("a zone with a generic name keeps it").isEqualTo("التوقيت العربي");
        assertThat(ClientDates.zone(TOKYO, "ar")).isEqualTo("توقيت اليابان");
    }

    /**
     * For such a zone the JDK fills the other languages' gap from its older names or the bare region: French printed
     * "(Inde)" and "(Golfe)", German "Zeitzone für Indien", English "India Time" where India says "India Standard
     * Time". Each takes the standard name, as UTS #35 falls back from a missing generic name.
     */
    @Test
    void shouldNameIndiaAndTheGulfByTheirStandardNamesInEveryLanguage() {
        ZoneId dubai = ZoneId.of("Asia/Dubai");
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        assertThat(ClientDates.zone(kolkata, "en")).isEqualTo("India Standard Time");
        assertThat(ClientDates.zone(dubai, "en")).isEqualTo("Gulf Standard Time");
        assertThat(ClientDates.zone(kolkata, "fr")).isEqualTo("heure de l’Inde");
        assertThat(ClientDates.zone(dubai, "fr")).isEqualTo("heure du Golfe");
        assertThat(ClientDates.zone(kolkata, "de")).isEqualTo("Indische Normalzeit");
        assertThat(ClientDates.zone(dubai, "de")).isEqualTo("Golf-Zeit");
        assertThat(ClientDates.zone(kolkata, "es")).isEqualTo("hora estándar de la India");
        assertThat(ClientDates.zone(kolkata, "ja")).isEqualTo("インド標準時");
        assertThat(ClientDates.zone(TOKYO, "en")).as("a zone with a generic name keeps it").isEqualTo("Japan Time");
        assertThat(ClientDates.zone(ZoneId.of("Asia/Riyadh"), "fr")).isEqualTo("heure de l’Arabie");
    }

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    /** Noon UTC on the 15th of Ramadan 1448 (2027), by the Umm al-Qura calendar the JDK ships. */
    private static Instant midRamadan2027() {
        return LocalDate.from(HijrahDate.of(1448, 9, 15)).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * Morocco's zone was named "Western European Time" (CLDR's metazone for Africa/Casablanca, Portugal's winter clock)
     * though Morocco keeps UTC+1 all year and goes back to UTC+0 only in Ramadan: an email names it for Morocco, with
     * the offset its moments are on, and no offset when they fall on both sides of a change.
     */
    @Test
    void shouldNameMoroccosZoneForMoroccoWithTheOffsetOfTheEmailsMoments() {
        Instant winter = ZonedDateTime.of(2027, 1, 12, 10, 0, 0, 0, CASABLANCA).toInstant();
        Instant ramadan = midRamadan2027();

        assertThat(ClientDates.zone(CASABLANCA, "en", List.of(winter, winter.plusSeconds(86_400)))).isEqualTo("Morocco Time, UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "fr", List.of(winter))).isEqualTo("heure du Maroc, UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "ar", List.of(winter))).isEqualTo("توقيت المغرب، UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "de", List.of(winter))).isEqualTo("Marokkanische Zeit, UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "es", List.of(winter))).isEqualTo("hora de Marruecos, UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "pt", List.of(winter))).isEqualTo("Horário do Marrocos, UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "pt-PT", List.of(winter))).isEqualTo("Hora de Marrocos, UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "ja", List.of(winter))).isEqualTo("モロッコ時間、UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "zh", List.of(winter))).isEqualTo("摩洛哥时间，UTC+1");
        assertThat(ClientDates.zone(CASABLANCA, "ko", List.of(winter))).isEqualTo("모로코 시간, UTC+1");

        assertThat(ClientDates.zone(CASABLANCA, "en", List.of(ramadan))).as("the tz data's Ramadan 2027").isEqualTo("Morocco Time, UTC+0");
        assertThat(ClientDates.zone(CASABLANCA, "fr", List.of(winter, ramadan))).as("moments on both clocks").isEqualTo("heure du Maroc");
        assertThat(ClientDates.zone(CASABLANCA, "en")).isEqualTo("Morocco Time");
        assertThat(ClientDates.zone(ZoneId.of("Europe/Lisbon"), "en", List.of(winter))).as("Portugal keeps its name")
            .isEqualTo("Western European Time");
    }

    private static final ZoneId EL_AAIUN = ZoneId.of("Africa/El_Aaiun");

    /**
     * Western Sahara's zone read "Western European Time" (CLDR's metazone), a clock it does not keep: the JDK's tz data
     * moves it with Casablanca (UTC+1, UTC+0 in Ramadan), and an email names it by that offset alone, for no country, as
     * the territory's status is disputed.
     */
    @Test
    void shouldNameWesternSaharasZoneByItsOffsetAloneAsTheTzDataMovesItWithCasablanca() {
        Instant winter = ZonedDateTime.of(2027, 1, 12, 10, 0, 0, 0, EL_AAIUN).toInstant();
        Instant ramadan = midRamadan2027();
        // the tz data's transitions of the two zones, from the 2018 decree on, are the same
        Instant t = Instant.parse("2018-10-29T00:00:00Z");
        for (int i = 0; i < 20; i++) {
            assertThat(EL_AAIUN.getRules().nextTransition(t)).isEqualTo(CASABLANCA.getRules().nextTransition(t));
            t = CASABLANCA.getRules().nextTransition(t).getInstant();
        }

        for (String language : List.of("en", "de", "fr", "es", "pt", "pt-PT", "ja", "zh", "ko", "ar")) {
            assertThat(ClientDates.zone(EL_AAIUN, language, List.of(winter, winter.plusSeconds(86_400)))).as(language).isEqualTo("UTC+1");
            assertThat(ClientDates.zone(EL_AAIUN, language, List.of(ramadan))).as(language).isEqualTo("UTC+0");
        }
        assertThat(ClientDates.zone(EL_AAIUN, "en", List.of(winter, ramadan))).as("moments on both clocks, in their order")
            .isEqualTo("UTC+1 / UTC+0");
        assertThat(ClientDates.zone(EL_AAIUN, "en", List.of(ramadan, winter))).isEqualTo("UTC+1 / UTC+0");
        assertThat(ClientDates.zone(EL_AAIUN, "en")).as("without a moment, the offset now")
            .isEqualTo("UTC+" + EL_AAIUN.getRules().getOffset(Instant.now()).getTotalSeconds() / 3600);
    }

    /** What a client in El Aaiún reads in the auto-reply during Ramadan 2027: the time on UTC+0, named by the offset alone. */
    @Test
    void shouldShowAClientInElAaiunTheAutoReplysMomentsNamedByTheirOffset() throws IOException {
        Instant received = midRamadan2027();
        Map<String, Object> values = Map.of("product", "LED panel 60x60",
            "receivedAt", ClientMessages.clientTime(received, EL_AAIUN),
            "nextOpening", ClientMessages.clientTime(received.plusSeconds(3600), EL_AAIUN),
            "replyBy", ClientMessages.clientTime(received.plusSeconds(24 * 3600), EL_AAIUN),
            "replyDueAt", "", "workingHours", List.of());
        Addressee client = new Addressee("client@example.com", "Sahara Lumière", "Ahmed Salem", "Ahmed", "Salem", "MR",
            null, "es", EL_AAIUN, "ar", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);

        String text = shipped(List.of("es", "ar", "fr", "en")).render(MessageKind.AUTO_REPLY, client, values, List.of("es", "ar", "fr", "en")).text();

        assertThat(text).contains("12:00 (UTC+0)").doesNotContain("Western European", "Europa Occidental", "Europe de l’Ouest",
            "غرب أوروبا", "Morocco", "Marruecos", "Maroc", "المغرب", "Sahara Occidental", "Western Sahara", "الصحراء");
    }

    /** What a Moroccan client reads in the auto-reply during Ramadan 2027: the time on UTC+0, the zone named so. */
    @Test
    void shouldShowAMoroccanClientTheAutoReplysMomentsOnMoroccosClock() throws IOException {
        Instant received = midRamadan2027();
        Map<String, Object> values = Map.of("product", "LED panel 60x60",
            "receivedAt", ClientMessages.clientTime(received, CASABLANCA),
            "nextOpening", ClientMessages.clientTime(received.plusSeconds(3600), CASABLANCA),
            "replyBy", ClientMessages.clientTime(received.plusSeconds(24 * 3600), CASABLANCA),
            "replyDueAt", "", "workingHours", List.of());
        Addressee bennani = new Addressee("bennani@example.ma", "Atlas Lumière", "Youssef Bennani", "Youssef", "Bennani", "MR",
            null, "fr", CASABLANCA, "ar", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);

        String text = shipped(List.of("fr", "ar", "en")).render(MessageKind.AUTO_REPLY, bennani, values, List.of("fr", "ar", "en")).text();

        assertThat(text).contains("12:00 (heure du Maroc, UTC+0)", "12:00 (توقيت المغرب، UTC+0)", "12:00 (Morocco Time, UTC+0)")
            .doesNotContain("Western European", "Europe de l’Ouest", "Europe de l'Ouest");
    }

    @Test
    void shouldShowTheAutoReplysMomentsInTheClientsLanguageAndClockInEveryPart() throws IOException {
        Addressee kenji = new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null,
            "ja", TOKYO, "ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", true, "FORMAL", true);
        Map<String, Object> values = Map.of("product", "LED panel 60x60",
            "receivedAt", ClientMessages.clientTime(TUESDAY_NINE_IN_TOKYO.minusSeconds(9 * 3600), TOKYO),
            "nextOpening", ClientMessages.clientTime(TUESDAY_NINE_IN_TOKYO, TOKYO),
            "replyBy", ClientMessages.clientTime(TUESDAY_NINE_IN_TOKYO.plusSeconds(24 * 3600), TOKYO),
            "replyDueAt", "", "workingHours", List.of());

        String text = shipped(List.of("ja", "de", "en")).render(MessageKind.AUTO_REPLY, kenji, values, List.of("ja", "en")).text();

        assertThat(text).contains("受信日時：2026年12月8日（火）0:00（日本時間）", "次の営業開始：2026年12月8日（火）9:00（日本時間）",
            "弊社からのご回答（遅くとも）：2026年12月9日（水）9:00（日本時間）",
            "Received: Tuesday, 8 December 2026, 00:00 (Japan Time)",
            "Our reply at the latest: Wednesday, 9 December 2026, 09:00 (Japan Time)");
        assertThat(text).doesNotContain("Asia/Tokyo", "2026-12-08");

        Addressee weber = new Addressee("weber@example.de", "Weber GmbH", "Hans Weber", "Hans", "Weber", "MR", null,
            "de", ZoneId.of("Europe/Berlin"), "de", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", true, "FORMAL", true);
        Map<String, Object> berlin = new HashMap<>(values);
        berlin.put("replyBy", ClientMessages.clientTime(TUESDAY_NINE_IN_TOKYO, ZoneId.of("Europe/Berlin")));
        assertThat(shipped(List.of("de", "en")).render(MessageKind.AUTO_REPLY, weber, berlin, List.of("de", "en")).text())
            .contains("Unsere Antwort spätestens: Dienstag, 8. Dezember 2026, 01:00 Uhr (Mitteleuropäische Zeit)",
                "Our reply at the latest: Tuesday, 8 December 2026, 01:00 (Central European Time)");
    }

    /** What a Korean and an Arabic client read in the auto-reply: one clock and one comma, as the working hours below. */
    @Test
    void shouldShowKoreanAndArabicAutoReplyMomentsOnTheClockOfTheirWorkingHours() throws IOException {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        Instant afterMidnight = ZonedDateTime.of(2026, 12, 8, 0, 16, 0, 0, seoul).toInstant();
        Map<String, Object> values = Map.of("product", "LED panel 60x60",
            "receivedAt", ClientMessages.clientTime(afterMidnight, seoul),
            "nextOpening", ClientMessages.clientTime(afterMidnight.plusSeconds(9 * 3600 - 16 * 60), seoul),
            "replyBy", ClientMessages.clientTime(afterMidnight.plusSeconds(24 * 3600), seoul),
            "replyDueAt", "", "workingHours", List.of(Map.of("days", "월요일–금요일", "hours", "09:00–18:00")));
        Addressee kim = new Addressee("kim@example.kr", "Hanbit Lighting", "Kim Minjun", "Minjun", "Kim", "MR", null,
            "ko", seoul, "ko", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", false, "FORMAL", true);

        String korean = shipped(List.of("ko", "en")).render(MessageKind.AUTO_REPLY, kim, values, List.of("ko", "en")).text();

        assertThat(korean).contains("접수 시각: 2026년 12월 8일 화요일 00:16 (", "- 월요일–금요일: 09:00–18:00")
            .doesNotContain("오전 12:16");

        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        Addressee saud = new Addressee("saud@example.sa", "Al Noor Trading", "Saud Al-Harbi", "Saud", "Al-Harbi", "MR", null,
            "ar", riyadh, "ar", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);
        Map<String, Object> arabicValues = new HashMap<>(values);
        arabicValues.put("receivedAt", ClientMessages.clientTime(ZonedDateTime.of(2026, 12, 8, 21, 5, 0, 0, riyadh).toInstant(), riyadh));

        String arabic = shipped(List.of("ar", "en")).render(MessageKind.AUTO_REPLY, saud, arabicValues, List.of("ar", "en")).text();
        String arabicPart = arabic.substring(0, arabic.indexOf("----------"));

        assertThat(arabicPart).contains("تاريخ الاستلام: الثلاثاء، 8 ديسمبر 2026، 21:05 (").doesNotContain(",");
    }

    /**
     * A Saudi client's receipt lists the team's hours in their week: their Sunday, when the team does not work at all,
     * reads "closed" in each part's language, as opening hours list a closed day; the other days keep their hours.
     */
    @Test
    void shouldWriteAClosedDayOfTheClientsWeekInEachPartsLanguage() throws IOException {
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        Instant thursdayEvening = ZonedDateTime.of(2027, 1, 14, 20, 0, 0, 0, riyadh).toInstant();
        Map<String, List<Map<String, String>>> hours = Map.of(
            "ar", List.of(Map.of("days", "الأحد", "hours", "", "closed", "closed"), Map.of("days", "الاثنين–الجمعة", "hours", "03:00–17:00")),
            "en", List.of(Map.of("days", "Sunday", "hours", "", "closed", "closed"), Map.of("days", "Monday–Friday", "hours", "03:00–17:00")));
        Map<String, Object> values = Map.of("product", "LED panel 60x60", "complaintNumber", "C-2027-0001",
            "receivedAt", ClientMessages.clientTime(thursdayEvening, riyadh),
            "nextOpening", ClientMessages.clientTime(thursdayEvening.plusSeconds(7 * 3600), riyadh),
            "replyBy", ClientMessages.clientTime(thursdayEvening.plusSeconds(61 * 3600), riyadh),
            "replyDueAt", "", "workingHours", (Localized) hours::get);
        Addressee saud = new Addressee("saud@example.sa", "Al Noor Trading", "Saud Al-Harbi", "Saud", "Al-Harbi", "MR", null,
            "ar", riyadh, "ar", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);

        for (MessageKind kind : List.of(MessageKind.AUTO_REPLY, MessageKind.COMPLAINT_RECEIVED)) {
            RenderedEmail email = ShippedTemplates.renderer(kind, List.of("ar", "en")).render(kind, saud, values, List.of("ar", "en"));

            assertThat(email.text()).as(kind.name()).containsSubsequence("- الأحد: مغلق\n- الاثنين–الجمعة: 03:00–17:00",
                "- Sunday: closed\n- Monday–Friday: 03:00–17:00");
            assertThat(email.html()).as(kind.name()).contains("<li>Sunday: closed</li><li>Monday–Friday: 03:00–17:00</li>",
                "<li><bdi>الأحد</bdi>: مغلق<bdi></bdi></li>");
        }
    }

    /** The values that hold a moment (a day and a time in the client's clock), after which a zone's name belongs. */
    private static final Set<String> MOMENTS = Set.of("receivedAt", "nextOpening", "replyBy", "replyDueAt",
        "agreedAt", "heldAt", "milestoneAt", "nextUpdateBy");
    /** {{clientZone}}, with the value just before it and the section it may sit in. */
    private static final Pattern ZONE = Pattern.compile(
        "\\{\\{(\\w+)}}(?:</bdi>)?(\\{\\{#(\\w+)}})?[^{}]{0,12}\\{\\{clientZone}}");

    /**
     * A zone's name says which clock a time is on: it follows a moment in every template of every language, and the
     * exception notice's expected recovery only when it has a time ({{#recoveryTime}}), never a day alone.
     */
    @Test
    void shouldNameTheZoneOnlyAfterAMomentInEveryTemplate() throws IOException {
        int zones = 0;
        for (Path file : ShippedTemplates.files(f -> !f.getParent().endsWith("greeting"))) {
            String content = Files.readString(file);
            int named = content.split("\\{\\{clientZone}}", -1).length - 1;
            Matcher zone = ZONE.matcher(content);
            int found = 0;
            while (zone.find()) {
                found++;
                boolean moment = MOMENTS.contains(zone.group(1))
                    || "expectedRecovery".equals(zone.group(1)) && "recoveryTime".equals(zone.group(3));
                assertThat(moment).as("%s: a zone after {{%s}}, which is not a moment: %s", file, zone.group(1), zone.group()).isTrue();
            }
            assertThat(found).as("%s: every {{clientZone}} right after the value it is the zone of", file).isEqualTo(named);
            zones += found;
        }
        assertThat(zones).isGreaterThan(100);
    }

    /**
     * The other way round: every moment is followed by its zone's name, in the subject too. The milestone checklist's subject
     * asked a client to confirm "before Thursday, 10 December 2026, 09:00" with no clock named (the body said "(Arabian
     * Time)"), and the minutes' and the improvement report's subjects named a time of day the same way.
     */
    @Test
    void shouldFollowEveryMomentWithItsZoneInEveryPartSubjectsIncluded() throws IOException {
        Pattern moment = Pattern.compile("\\{\\{(" + String.join("|", MOMENTS) + ")}}");
        int moments = 0;
        for (Path file : ShippedTemplates.files(f -> !f.getParent().endsWith("greeting"))) {
            String content = Files.readString(file);
            Matcher each = moment.matcher(content);
            while (each.find()) {
                Matcher zone = ZONE.matcher(content).region(each.start(), content.length());
                assertThat(zone.lookingAt()).as("%s: {{%s}} without its zone: %s", file, each.group(1),
                    content.substring(each.start(), Math.min(content.length(), each.end() + 30))).isTrue();
                moments++;
            }
        }
        assertThat(moments).isGreaterThan(100);
    }

    /** What a client reads when the team gives the recovery as a day: the day, without a zone after it, in every language. */
    @Test
    void shouldWriteAnExpectedRecoveryDayWithoutAZoneInEveryLanguage() throws IOException {
        List<String> languages = List.of("en", "de", "fr", "es", "pt", "ar", "ja", "zh", "ko");
        Renderer renderer = ShippedTemplates.renderer(MessageKind.EXCEPTION_NOTICE, languages);
        Addressee kenji = new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null,
            "ja", TOKYO, "ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", true, "FORMAL", true);
        Map<String, Object> day = new HashMap<>(SampleValues.of(MessageKind.EXCEPTION_NOTICE));
        day.put("expectedRecovery", ClientDates.day(LocalDate.of(2026, 12, 8)));
        day.put("recoveryTime", false);
        Map<String, Object> moment = new HashMap<>(day);
        moment.put("expectedRecovery", ClientMessages.clientTime(TUESDAY_NINE_IN_TOKYO, TOKYO));
        moment.put("recoveryTime", true);

        for (String language : languages) {
            String zone = ClientDates.zone(TOKYO, language);
            String onADay = renderer.render(MessageKind.EXCEPTION_NOTICE, kenji, day, List.of(language)).text();
            String atATime = renderer.render(MessageKind.EXCEPTION_NOTICE, kenji, moment, List.of(language)).text();

            assertThat(onADay).as(language).contains(ClientDates.day(LocalDate.of(2026, 12, 8)).in(language).toString())
                .doesNotContain(zone);
            assertThat(atATime).as(language).contains(ClientDates.moment(TUESDAY_NINE_IN_TOKYO.atZone(TOKYO), language), zone);
        }
        assertThat(renderer.render(MessageKind.EXCEPTION_NOTICE, kenji, day, List.of("en")).text())
            .contains("Expected recovery: Tuesday, 8 December 2026\n");
    }

    /** A renderer with the shipped layout, greetings and auto-reply templates of {@code languages}. */
    private static Renderer shipped(List<String> languages) throws IOException {
        return ShippedTemplates.renderer(MessageKind.AUTO_REPLY, languages);
    }
}
