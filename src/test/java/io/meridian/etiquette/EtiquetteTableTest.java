package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservanceKind;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleBookException;
import io.meridian.rules.RuleProblem;
import io.meridian.rules.RuleRun;
import io.meridian.rules.WorkbookValidator;
import io.meridian.rules.Workbooks;
import io.meridian.system.InvalidInputException;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped etiquette workbook against the seed statements of DOMAIN.md, one test each. */
@RunsBeside
class EtiquetteTableTest {

    private static final Instant WINTER = Instant.parse("2027-01-12T03:00:00Z");
    private final EtiquetteService service = EtiquetteFixture.etiquetteService();

    private Etiquette decide(String country) {
        return service.decide(country, WINTER, Tier.B);
    }

    @Test
    void workbookBuildsWithoutAnyDroolsMessage() throws Exception {
        // compile() refuses the workbook on any Drools error or warning
        CompiledTable table = new DecisionTableCompiler().compile("etiquette",
            Files.readAllBytes(Path.of("rules/etiquette.drl.xlsx")), 1);
        assertThat(table.ruleCount()).isGreaterThan(300);
        assertThat(table.rulesByName().values()).allSatisfy(rule -> assertThat(rule.sheet()).isNotNull());
    }

    @Test
    void japanIsIndirectHighContextHierarchicalWithHonorifics() {
        Etiquette jp = decide("JP");
        assertThat(jp.directness()).isEqualTo("INDIRECT");
        assertThat(jp.context()).isEqualTo("HIGH");
        assertThat(jp.hierarchy()).isEqualTo("HIERARCHICAL");
        assertThat(jp.feedback()).isEqualTo("INDIRECT");
        assertThat(jp.formality()).isEqualTo("FORMAL");
        assertThat(jp.honorifics()).isTrue();
        assertThat(jp.notes()).anyMatch(n -> n.contains("business card with both hands"));
        assertThat(jp.fallback()).isFalse();
    }

    @Test
    void unitedStatesIsDirectLowContextBusinessFirstAndFast() {
        Etiquette us = decide("US");
        assertThat(us.directness()).isEqualTo("DIRECT");
        assertThat(us.context()).isEqualTo("LOW");
        assertThat(us.opening()).isEqualTo("BUSINESS_FIRST");
        assertThat(us.channelStyle()).isEqualTo("EFFICIENCY");
        assertThat(us.pace()).isEqualTo("FAST");
        assertThat(us.notes()).contains("Use gender-neutral wording.");
    }

    @Test
    void germanyIsDirectDataDrivenMonochronicAndArrivesEarly() {
        Etiquette de = decide("DE");
        assertThat(de.directness()).isEqualTo("DIRECT");
        assertThat(de.context()).isEqualTo("LOW");
        assertThat(de.persuasion()).isEqualTo("DATA_DRIVEN");
        assertThat(de.time()).isEqualTo("MONOCHRONIC");
        assertThat(de.notes()).contains("At a meeting in person, arrive 15 minutes early.");
    }

    @Test
    void switzerlandKeepsToTheAgendaAndWantsData() {
        Etiquette ch = decide("CH");
        assertThat(ch.time()).isEqualTo("MONOCHRONIC");
        assertThat(ch.persuasion()).isEqualTo("DATA_DRIVEN");
    }

    @Test
    void chinaFindsBluntProblemsImpoliteAndWantsFaceToFace() {
        Etiquette cn = decide("CN");
        assertThat(cn.directness()).isEqualTo("INDIRECT");
        assertThat(cn.context()).isEqualTo("HIGH");
        assertThat(cn.channelStyle()).isEqualTo("RELATIONSHIP");
        assertThat(cn.meeting()).isEqualTo("IN_PERSON");
    }

    @Test
    void koreaIsHighContextFormalWithHonorifics() {
        Etiquette kr = decide("KR");
        assertThat(kr.context()).isEqualTo("HIGH");
        assertThat(kr.formality()).isEqualTo("FORMAL");
        assertThat(kr.honorifics()).isTrue();
    }

    @Test
    void saudiArabiaPutsRelationshipFirstAndWorksSundayToThursday() {
        Etiquette sa = decide("SA");
        assertThat(sa.opening()).isEqualTo("RELATIONSHIP_FIRST");
        assertThat(sa.context()).isEqualTo("HIGH");
        assertThat(sa.hierarchy()).isEqualTo("HIERARCHICAL");
        assertThat(sa.time()).isEqualTo("POLYCHRONIC");
        assertThat(sa.workWeek()).containsExactly(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(sa.tabooTopics()).contains("alcohol");
        assertThat(sa.notes()).anyMatch(n -> n.contains("right hand"));
    }

    @Test
    void saudiArabiaIsNotPressedDuringRamadan2027() {
        Etiquette sa = service.decide("SA", Instant.parse("2027-02-20T09:00:00Z"), Tier.B);
        assertThat(sa.observances()).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo("RAMADAN");
            assertThat(o.effect()).isEqualTo(Effect.NO_PUSH);
        });
        assertThat(decide("SA").observances()).noneMatch(o -> o.kind().equals("RAMADAN"));
    }

    @Test
    void israelWorksSundayToThursdayButRamadanDoesNotGovernIt() {
        Etiquette il = service.decide("IL", Instant.parse("2027-02-20T09:00:00Z"), Tier.B);
        assertThat(il.workWeek()).first().isEqualTo(DayOfWeek.SUNDAY);
        assertThat(il.workWeek()).last().isEqualTo(DayOfWeek.THURSDAY);
        assertThat(il.channelStyle()).isEqualTo("EFFICIENCY");
        assertThat(il.observances()).noneMatch(o -> o.kind().equals("RAMADAN"));
    }

    @Test
    void emiratesMovedToMondayToFridayIn2022() {
        assertThat(decide("AE").workWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void latinAmericaAndTheMiddleEastArePolychronic() {
        assertThat(List.of("BR", "MX", "AR", "QA", "KW")).allSatisfy(c -> assertThat(decide(c).time()).isEqualTo("POLYCHRONIC"));
    }

    @Test
    void nordicsAndNetherlandsAreFlatAndTalkToTheWorkingLevel() {
        assertThat(List.of("SE", "NO", "DK", "FI", "IS", "NL")).allSatisfy(c -> assertThat(decide(c).hierarchy()).isEqualTo("FLAT"));
        assertThat(decide("NL").notes()).anyMatch(n -> n.contains("working level"));
        assertThat(decide("SE").notes()).anyMatch(n -> n.contains("1 m distance"));
    }

    @Test
    void netherlandsAndAustraliaDiscussDisagreementOpenlyJapanAndThailandDoNot() {
        assertThat(decide("NL").feedback()).isEqualTo("DIRECT");
        assertThat(decide("AU").feedback()).isEqualTo("DIRECT");
        assertThat(decide("TH").feedback()).isEqualTo("INDIRECT");
        assertThat(decide("TH").notes()).anyMatch(n -> n.contains("informal channel"));
    }

    @Test
    void indiaAndItalyArePersuadedByStories() {
        assertThat(decide("IN").persuasion()).isEqualTo("STORY_DRIVEN");
        assertThat(decide("IT").persuasion()).isEqualTo("STORY_DRIVEN");
    }

    @Test
    void brazilWantsFaceToFaceWithSocialTime() {
        Etiquette br = decide("BR");
        assertThat(br.channelStyle()).isEqualTo("RELATIONSHIP");
        assertThat(br.meeting()).isEqualTo("IN_PERSON");
    }

    @Test
    void londonAnswersFastMalaysiaAndSouthernFranceNeedPatience() {
        assertThat(decide("GB").pace()).isEqualTo("FAST");
        assertThat(decide("MY").pace()).isEqualTo("SLOW");
        assertThat(decide("FR").notes()).contains("Southern France: be patient.");
    }

    @Test
    void eastAsiaAvoidsIncomeAndAge() {
        assertThat(List.of("JP", "CN", "KR")).allSatisfy(c ->
            assertThat(decide(c).tabooTopics()).contains("personal income", "age"));
    }

    @Test
    void southeastAsiaStartsWithSmallTalkAndASmileCanHideEmbarrassment() {
        Etiquette id = decide("ID");
        assertThat(id.opening()).isEqualTo("RELATIONSHIP_FIRST");
        assertThat(id.notes()).anyMatch(n -> n.contains("smile can hide embarrassment"));
    }

    @Test
    void everyCountryConfirmsByEmailAndMostChatOnWhatsApp() {
        List<String> all = List.of("US", "JP", "DE", "SA", "BR", "IN", "ZA", "AU", "VN", "UY", "KE");
        assertThat(all).allSatisfy(c -> assertThat(decide(c).confirmationChannel()).isEqualTo("EMAIL"));
        assertThat(decide("SA").quickChannel()).isEqualTo("WHATSAPP");
        assertThat(decide("IN").quickChannel()).isEqualTo("WHATSAPP");
    }

    @Test
    void losAngelesBusinessDayRunsNineToSix() {
        Etiquette us = decide("US");
        assertThat(us.businessHours().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(us.businessHours().end()).isEqualTo(LocalTime.of(18, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // G20 members
        "AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US",
        // Gulf states
        "AE", "QA", "KW", "BH", "OM",
        // main ASEAN economies
        "SG", "MY", "TH", "VN", "PH",
        // Nordics
        "SE", "NO", "DK", "FI", "IS",
        // named in DOMAIN.md
        "NL", "CH", "IL", "ES", "PT", "PL", "BE", "AT", "IE", "EG", "NG", "KE", "PK", "BD", "TW", "HK", "NZ", "CL"})
    void countryHasItsOwnRowAndAFullAnswer(String country) {
        Etiquette e = decide(country);
        assertThat(e.fallback()).as("fallback for " + country).isFalse();
        assertThat(List.of(e.directness(), e.context(), e.opening(), e.time(), e.hierarchy(), e.feedback(),
            e.persuasion(), e.pace(), e.formality(), e.quickChannel(), e.meeting(), e.timeZone())).doesNotContainNull();
        assertThat(e.workWeek()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(e.followUpAfterBusinessDays()).isPositive();
        assertThat(e.maxFollowUps()).isPositive();
        assertThat(e.firedRules()).anySatisfy(r -> assertThat(r.sheet()).isEqualTo("Countries"));
    }

    @Test
    void aCountryWithoutItsOwnRowGetsItsRegionDefaults() {
        Etiquette uy = decide("UY");
        assertThat(uy.fallback()).isTrue();
        assertThat(uy.region()).isEqualTo("LATIN_AMERICA");
        assertThat(uy.time()).isEqualTo("POLYCHRONIC");
        assertThat(uy.timeZone()).isEqualTo("America/Montevideo");
        assertThat(uy.firedRules()).extracting(r -> r.sheet()).containsExactly("Countries directory", "Region defaults", "Tiers");
    }

    @Test
    void firedRulesNameTheSpreadsheetRowsAndTheVersion() {
        Etiquette jp = decide("JP");
        assertThat(jp.firedRules()).extracting(r -> r.sheet()).containsSubsequence("Countries directory", "Region defaults", "Countries");
        assertThat(jp.firedRules()).allSatisfy(r -> {
            assertThat(r.table()).isEqualTo("etiquette");
            assertThat(r.row()).isGreaterThan(6);
            assertThat(r.rule()).endsWith("_" + r.row());
        });
        assertThat(jp.rulesVersion()).isNotBlank();
    }

    @Test
    void tierAKeyAccountsAreVisitedInPerson() {
        Etiquette a = service.decide("DE", WINTER, Tier.A);
        assertThat(a.meeting()).isEqualTo("IN_PERSON");
        assertThat(decide("DE").meeting()).isEqualTo("VIDEO");
    }

    @Test
    void chineseNewYearClosesChinaAndGoldenWeekSlowsJapan() {
        Etiquette cn = service.decide("CN", Instant.parse("2027-02-08T04:00:00Z"), Tier.B);
        assertThat(cn.observances()).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo("CHINESE_NEW_YEAR");
            assertThat(o.effect()).isEqualTo(Effect.CLOSED);
        });
        Etiquette jp = service.decide("JP", Instant.parse("2027-05-04T03:00:00Z"), Tier.B);
        assertThat(jp.observances()).extracting(Observance::kind).contains("GOLDEN_WEEK", "PUBLIC_HOLIDAY");
    }

    @Test
    void christmasToNewYearSlowsEuropeAndPublicHolidaysCloseIt() {
        Etiquette de = service.decide("DE", Instant.parse("2027-12-25T10:00:00Z"), Tier.B);
        assertThat(de.observances()).extracting(Observance::effect).contains(Effect.SLOW, Effect.CLOSED);
        assertThat(de.observances()).anySatisfy(o -> assertThat(o.name()).containsIgnoringCase("christmas"));
    }

    /**
     * Japan's year-end and New Year closure (年末年始休業, 29 December to 3 January) is a custom most companies keep, not a
     * national holiday (国民の祝日に関する法律 has 1 January only): the client is closed, and the advice says it is custom,
     * so that the team asks the client for their own dates instead of reading "public holiday" into it.
     */
    @Test
    void japansYearEndClosureIsAdvisedAsCustomNotAsAPublicHoliday() {
        for (String day : new String[] {"2026-12-29", "2026-12-31", "2027-01-02", "2027-01-03"}) {
            Etiquette jp = service.decide("JP", Instant.parse(day + "T03:00:00Z"), Tier.B);
            assertThat(jp.observances()).as(day).singleElement().satisfies(o -> {
                assertThat(o.kind()).isEqualTo("COMPANY_CLOSURE");
                assertThat(o.effect()).isEqualTo(Effect.CLOSED);
                assertThat(o.advice()).contains("custom, not by law").doesNotContain("Public holiday");
            });
        }
        Etiquette newYearsDay = service.decide("JP", Instant.parse("2027-01-01T03:00:00Z"), Tier.B);
        assertThat(newYearsDay.observances()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("PUBLIC_HOLIDAY");
            assertThat(o.name()).isEqualTo("New Year's Day");
        });
    }

    /**
     * Before and after the Spring Festival closure a Chinese factory is slow, not closed (workers travel home in 春运 and
     * come back late): the etiquette warns of it on the days around the closure, and the closure itself stays closed.
     */
    @Test
    void aChineseClientIsSlowInTheSpringFestivalTravelSeasonAroundTheClosure() {
        // the New Year's Eve that starts the calendar's Chinese New Year, plus one (6 February 2027)
        LocalDate newYear = new ObservanceCalendar().overlapping("CN", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)).stream()
            .filter(p -> p.kind() == ObservanceKind.CHINESE_NEW_YEAR).findFirst().orElseThrow().from().plusDays(1);
        for (LocalDate day : new LocalDate[] {newYear.minusDays(10), newYear.plusDays(12)}) {
            Etiquette cn = service.decide("CN", day.atTime(3, 0).toInstant(ZoneOffset.UTC), Tier.B);
            assertThat(cn.observances()).as(day.toString()).anySatisfy(o -> {
                assertThat(o.kind()).isEqualTo("SPRING_FESTIVAL_TRAVEL");
                assertThat(o.effect()).isEqualTo(Effect.SLOW);
                assertThat(o.advice()).contains("factories");
            }).noneSatisfy(o -> assertThat(o.effect()).isEqualTo(Effect.CLOSED));
        }
        Etiquette closed = service.decide("CN", newYear.atTime(3, 0).toInstant(ZoneOffset.UTC), Tier.B);
        assertThat(closed.observances()).extracting(Observance::effect).contains(Effect.CLOSED);
        Etiquette japan = service.decide("JP", newYear.minusDays(10).atTime(3, 0).toInstant(ZoneOffset.UTC), Tier.B);
        assertThat(japan.observances()).extracting(Observance::kind).doesNotContain("SPRING_FESTIVAL_TRAVEL");
    }

    /**
     * Under martial law Ukraine's public holidays are working days (Law No. 2136-IX art. 6 part 6 suspends the Labour Code's
     * art. 73): the holiday is named, but slow, not closed, until the analysts change the Observances row.
     */
    @Test
    void aUkrainianPublicHolidayIsSlowNotClosedUnderMartialLaw() {
        // Defenders' Day, Friday 1 October 2027, 10:00 in Kyiv
        Etiquette ua = service.decide("UA", Instant.parse("2027-10-01T07:00:00Z"), Tier.B);
        assertThat(ua.observances()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("PUBLIC_HOLIDAY");
            assertThat(o.name()).isEqualTo("Defenders' Day");
            assertThat(o.effect()).isEqualTo(Effect.SLOW);
            assertThat(o.advice()).contains("martial law");
        });
        assertThat(service.decide("PL", Instant.parse("2027-11-11T09:00:00Z"), Tier.B).observances())
            .as("elsewhere a public holiday stays closed").anySatisfy(o -> assertThat(o.effect()).isEqualTo(Effect.CLOSED));
    }

    /**
     * A holiday the law gives to public offices and banks only (the US federal Columbus Day, 5 U.S.C. 6103(a); Argentina's
     * Maundy Thursday, a día no laborable by Ley 27.399 art. 4) is slow, not closed: most businesses work.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"US, 2027-10-11T15:00:00Z, 2027-10-11", "AR, 2027-03-25T14:00:00Z, 2027-03-25",
        // Martin Luther King, Jr. Day, Monday 18 January 2027: a federal holiday most private employers do not give
        "US, 2027-01-18T15:00:00Z, 2027-01-18"})
    void aHolidayOfPublicOfficesAndBanksIsSlowNotClosed(String country, Instant at, LocalDate day) {
        Etiquette client = service.decide(country, at, Tier.B);
        assertThat(client.observances()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("OPTIONAL_HOLIDAY");
            assertThat(o.effect()).isEqualTo(Effect.SLOW);
            assertThat(o.advice()).contains("most businesses work");
        });
        assertThat(client.calendar(null).isWorkingDay(day)).isTrue();
    }

    @Test
    void observancesAreJudgedOnTheClientsLocalDate() {
        // 2026-12-31T20:00Z is already New Year's Day (a Friday) in Auckland but still New Year's Eve in Berlin
        Instant at = Instant.parse("2026-12-31T20:00:00Z");
        assertThat(service.decide("NZ", at, Tier.B).observances()).anySatisfy(o -> assertThat(o.effect()).isEqualTo(Effect.CLOSED));
        assertThat(service.decide("DE", at, Tier.B).observances()).noneMatch(o -> o.effect() == Effect.CLOSED);
    }

    /** The workbook with its Countries sheet renamed, as an analyst may in LibreOffice, and cells set ("B51", "JP", ...). */
    private static byte[] countriesRenamed(String... cellsAndValues) throws Exception {
        byte[] edited = Workbooks.edit(Workbooks.etiquette(), cellsAndValues);
        try (XSSFWorkbook book = new XSSFWorkbook(
            new ByteArrayInputStream(edited))) {
            book.setSheetName(book.getSheetIndex("Countries"), "Countries (own rows)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRenamedCountriesSheetIsCheckedForASecondRowOfACountryAsBefore() throws Exception {
        byte[] twice = countriesRenamed("Countries!B51", "JP");

        assertThat(new WorkbookValidator(List.of(new EtiquetteScenarios(service))).report("etiquette", twice).report().allProblems())
            .singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Countries (own rows)!B51");
                assertThat(p.message()).startsWith("Countries (own rows) rows 50 and 51 are both for country JP: keep one row per country");
            });
    }

    @Test
    void aShortDayTheClientDoesNotWorkIsRefusedOnItsShortDaysCellNamingTheWorkWeek() throws Exception {
        // the United Arab Emirates work Monday to Friday (Countries row 35): Saturday is their weekend
        byte[] saturday = Workbooks.edit(Workbooks.etiquette(), "Countries!AJ35", "SATURDAY 09:00-12:00");

        assertThat(new WorkbookValidator(List.of(new EtiquetteScenarios(service))).report("etiquette", saturday).report().allProblems())
            .singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Countries!AJ35");
                assertThat(p.cell()).isEqualTo("SATURDAY 09:00-12:00");
                assertThat(p.message()).isEqualTo("'SATURDAY 09:00-12:00' names SATURDAY, which AE does not work: its work week is"
                    + " MONDAY-FRIDAY (the row's Work week, or its region's when blank). A short day is one of MONDAY, TUESDAY, WEDNESDAY,"
                    + " THURSDAY, FRIDAY with its hours, e.g. FRIDAY 09:00-12:00; or change the Work week");
            });
    }

    @Test
    void aShortDayNoShorterThanTheUsualDayIsRefusedOnItsShortDaysCellNamingTheUsualHours() throws Exception {
        // the United Arab Emirates' usual day is 09:00-17:00: a Friday to 18:00 is a longer day, a typo for 12:00
        byte[] longer = Workbooks.edit(Workbooks.etiquette(), "Countries!AJ35", "FRIDAY 09:00-18:00");

        assertThat(new WorkbookValidator(List.of(new EtiquetteScenarios(service))).report("etiquette", longer).report().allProblems())
            .singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Countries!AJ35");
                assertThat(p.message()).isEqualTo("'FRIDAY 09:00-18:00' gives FRIDAY 09:00-18:00, which is not shorter than AE's usual day,"
                    + " 09:00-17:00 (the row's Opens and Closes, or its region's when blank): a short day opens later or closes earlier,"
                    + " e.g. FRIDAY 09:00-12:00; longer hours belong in Opens and Closes");
            });
    }

    @Test
    void anAnnouncedDayEndingBeforeItStartsIsRefusedOnItsToCell() throws Exception {
        // China's New Year's Day 2026, 1 to 3 January (Announced days row 7), its end typed a year early
        byte[] backwards = Workbooks.edit(Workbooks.etiquette(), "Announced days!F7", "2025-01-03");

        assertThat(new WorkbookValidator(List.of(new EtiquetteScenarios(service))).report("etiquette", backwards).report().allProblems())
            .singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Announced days!F7");
                assertThat(p.cell()).isEqualTo("2025-01-03");
                assertThat(p.message()).isEqualTo("Announced days row 7 (CN): To 2025-01-03 is before From 2026-01-01: To is the last day,"
                    + " on or after From (blank for one day)");
            });
    }

    /** A half-filled Announced days row (country, What and Name, no From) is refused on its From cell, not on CN's directory row. */
    @Test
    void anAnnouncedDayWithoutItsFromIsRefusedOnItsFromCell() throws Exception {
        byte[] halfFilled = Workbooks.edit(Workbooks.etiquette(), "Announced days!B25", "CN", "Announced days!C25", "HOLIDAY",
            "Announced days!D25", "National Day 2027");

        assertThat(new WorkbookValidator(List.of(new EtiquetteScenarios(service))).report("etiquette", halfFilled).report().allProblems())
            .singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Announced days!E25");
                assertThat(p.message()).isEqualTo("Announced days row 25 (CN): 'National Day 2027' has no From: write its first day as"
                    + " YYYY-MM-DD, e.g. 2027-10-01 (To is its last day, blank for one day)");
            });
    }

    @Test
    void aScenarioDateKeptAsADayNumberIsRefusedNamingTheDateAndHowToShowIt() throws Exception {
        // 2026-05-25 typed into a cell formatted as a number: LibreOffice and Excel keep and show it as 46167
        byte[] dayNumber;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.etiquette()))) {
            var at = book.getSheet("Scenarios").getRow(6).getCell(3);
            at.setBlank();
            at.setCellValue(46167);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            dayNumber = out.toByteArray();
        }

        assertThat(new WorkbookValidator(List.of(new EtiquetteScenarios(service))).report("etiquette", dayNumber).report().allProblems())
            .singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Scenarios!D7");
                assertThat(p.message()).isEqualTo("scenario 'US: United States' could not run: at '46167' is neither a date (2027-03-01)"
                    + " nor a date-time (2027-03-01T10:00:00Z): 46167 is how the spreadsheet keeps the day 2026-05-25 in a cell formatted"
                    + " as a number; give the cell a date format (YYYY-MM-DD) or type the date as text");
            });
    }

    @Test
    void aRenamedCountriesSheetIsCheckedForACountryWithoutAHolidayScenarioAsBefore() throws Exception {
        byte[] estonia = countriesRenamed("Countries!B51", "EE");

        assertThat(new WorkbookValidator(List.of(new EtiquetteScenarios(service))).report("etiquette", estonia).report().allProblems())
            .singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Countries (own rows)!B51");
                assertThat(p.message()).startsWith("Countries (own rows) row 51 (EE) has no public-holiday scenario with its source");
            });
    }

    @Test
    void shippedWorkbookPassesEveryScenario() throws Exception {
        WorkbookValidator validator = new WorkbookValidator(List.of(new EtiquetteScenarios(service)));
        var checked = validator.check("etiquette", Files.readAllBytes(Path.of("rules/etiquette.drl.xlsx")));
        assertThat(checked.scenarios()).hasSizeGreaterThan(100).allSatisfy(r -> assertThat(r.failures()).isEmpty());
    }

    @Test
    void everyCountryOfTheDirectoryGetsAnAnswer() {
        // a Drop note naming a note no row above gave would fail its country here
        List<String> answered = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            try {
                answered.add(decide(code).country());
            } catch (InvalidInputException noDirectoryRow) {
                assertThat(noDirectoryRow.getMessage()).contains("no row in the etiquette table's Countries directory");
            }
        }
        answered.add(decide("XK").country());
        assertThat(answered).hasSizeGreaterThan(240);
    }

    @Test
    void workWeeksAreTrueToday() {
        assertThat(decide("LB").workWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(List.of("DZ", "LY", "SD", "MV")).allSatisfy(c -> assertThat(decide(c).workWeek())
            .containsExactly(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        assertThat(decide("AF").workWeek()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(decide("BN").workWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
        assertThat(decide("NP").workWeek()).hasSize(6).doesNotContain(DayOfWeek.SATURDAY);
    }

    @Test
    void kosovoIsAcceptedWithTheBelgradeZone() {
        Etiquette xk = decide("xk");
        assertThat(xk.country()).isEqualTo("XK");
        assertThat(xk.region()).isEqualTo("EASTERN_EUROPE");
        assertThat(xk.timeZone()).isEqualTo("Europe/Belgrade");
    }

    @Test
    void aCountryRowDropsWhatContradictsItsOwnAxes() {
        assertThat(decide("IE").notes()).doesNotContain("Go straight to product, price and lead time.");
        assertThat(decide("SG").notes()).doesNotContain("Start with small talk and build the relationship first.");
        assertThat(decide("CL").notes()).doesNotContain("Plan buffers: schedules are flexible.");
        Etiquette il = decide("IL");
        assertThat(il.notes()).doesNotContain("Meet at equal rank; decisions take several internal rounds.",
            "Hand things over and receive them with the right hand; respect food rules.");
        assertThat(il.tabooTopics()).doesNotContain("alcohol", "pork");
        assertThat(decide("PL").honorifics()).isTrue();
    }

    @Test
    void everyArabCountryAvoidsAlcoholAndUsesTheRightHand() {
        // Arab League members (seed 003)
        assertThat(List.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
            "SO", "SD", "SY", "TN", "AE", "YE")).allSatisfy(c -> {
                Etiquette e = decide(c);
                assertThat(e.tabooTopics()).as(c).contains("alcohol");
                assertThat(e.notes()).as(c).contains("Hand things over and receive them with the right hand; respect food rules.");
            });
    }

    @Test
    void europeAndNorthAmericaGetGenderNeutralWordingAndLinkedIn() {
        assertThat(List.of("US", "CA", "DE", "IT", "SE", "PL", "GR")).allSatisfy(c ->
            assertThat(decide(c).notes()).as(c).contains("Use gender-neutral wording.",
                "LinkedIn messaging suits first contacts; keep day-to-day updates short."));
    }

    @Test
    void anAnnouncedDayThatDoesNotReadStopsTheWorkbookNamingItsRow() {
        byte[] typo = Workbooks.edit(Workbooks.etiquette(), "Announced days!E7", "1/1/26");
        WorkbookValidator validator = new WorkbookValidator(List.of(new EtiquetteScenarios(service)));
        assertThatThrownBy(() -> validator.check("etiquette", typo)).isInstanceOfSatisfying(RuleBookException.class, e ->
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.sheet()).isEqualTo("Announced days");
                assertThat(p.row()).isEqualTo(7);
                assertThat(p.message()).contains("1/1/26");
            }));
    }

    /** The shipped workbook without its drop-down lists, as when cells are pasted from elsewhere. */
    private static final byte[] WITHOUT_LISTS = Workbooks.withoutLists(Workbooks.etiquette());

    /**
     * Each column whose cells a decision reads (the time zone, work week, hours, follow-ups, addressing, an observance's
     * effect, an announced day, a country code, which matches no client unless ISO 3166-1 alpha-2 knows it) is checked
     * cell by cell before the workbook is built, also without the workbook's own drop-down lists: the one problem names
     * the cell, its text and what to write.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Countries directory!D63 | Europe/Berlinn | 'Europe/Berlinn' is not a time zone: write the IANA id of the country's business capital, e.g. Europe/Berlin or Asia/Tokyo (did you mean 'Europe/Berlin'?)
        Countries directory!D120 | Tokyo | 'Tokyo' is not a time zone: write the IANA id of the country's business capital, e.g. Europe/Berlin or Asia/Tokyo (did you mean 'Asia/Tokyo'?)
        Countries directory!D120 | UTC+9 | 'UTC+9' is a fixed offset, which does not follow daylight saving time: write the IANA id of the country's business capital, e.g. Europe/Berlin or Asia/Tokyo
        Region defaults!R9 | Mon-Fri | 'Mon-Fri' is not a work week: write the days in full, the first and the last as MONDAY-FRIDAY, or each one with commas, e.g. SUNDAY-THURSDAY or MONDAY, TUESDAY, THURSDAY, FRIDAY
        Region defaults!S9 | 9am | '9am' is not a time of day: write it as 09:00 (HH:MM, on the 24-hour clock)
        Countries!S50 | 9.30 | '9.30' is not a time of day: write it as 09:30 (HH:MM, on the 24-hour clock)
        Countries!T50 | 5:30 pm | '5:30 pm' is not a time of day: write it as 17:30 (HH:MM, on the 24-hour clock)
        Countries!T50 | noon | 'noon' is not a time of day: write it as HH:MM on the 24-hour clock, e.g. 09:00 or 17:30
        Region defaults!U9 | -1 | '-1' is not a number of business days: write a whole number from 0 to 365, e.g. 3
        Countries!V50 | 2.5 | '2.5' is not a number of follow-ups: write a whole number from 0 to 100, e.g. 3
        Region defaults!AD9 | English | 'English' is not a language code: write the ISO 639-1 code in lower case, with the region where it matters, e.g. en, ja or zh-TW
        Countries!AE50 | jp | 'jp' is not a known language (JP is the country code of Japan, whose languages are ja (Japanese)): write the ISO 639-1 code in lower case, with the region where it matters, e.g. en, ja or zh-TW
        Region defaults!AE9 | given first | 'given first' is not a name order: write one of GIVEN_FIRST, FAMILY_FIRST
        Countries!AG50 | Mr | 'Mr' is not a salutation: write one of TITLE_AND_FAMILY_NAME, FAMILY_NAME_HONORIFIC, TITLE_AND_GIVEN_NAME, GIVEN_NAME_HONORIFIC, GIVEN_NAME
        Region defaults!AH9 | Formal | 'Formal' is not a greeting: write one of FORMAL, STANDARD, INFORMAL
        Observances!E13 | SHUT | 'SHUT' is not an effect: write one of NO_PUSH, CLOSED, SLOW, NONE
        Observances!I28 | 3pm | '3pm' is not a time of day: write it as 15:00 (HH:MM, on the 24-hour clock)
        Announced days!C7 | Feiertag | 'Feiertag' is not a kind of announced day: write one of HOLIDAY, WORKING_DAY, NOT_A_HOLIDAY, YEARLY_NOTICE
        Announced days!E8 | 6/2/27 | '6/2/27' is not a date: write it as YYYY-MM-DD, e.g. 2027-02-06
        Announced days!F7 | 2026-02-30 | '2026-02-30' is not a date: write it as YYYY-MM-DD, e.g. 2027-02-06
        Announced days!B7 | UK | 'UK' is not an ISO 3166-1 alpha-2 country code: write GB, not UK (United Kingdom)
        Announced days!B8 | cn | 'cn' is not an ISO 3166-1 alpha-2 country code: write CN, not cn (China)
        Announced days!B9 | XX | 'XX' is not an ISO 3166-1 alpha-2 country code: write the country's two capital letters as ISO 3166-1 gives them, e.g. JP for Japan or GB for the United Kingdom
        Countries directory!B7 | AND | 'AND' is not an ISO 3166-1 alpha-2 country code: write AD, not AND (Andorra)
        Countries!B50 | Japan | 'Japan' is not an ISO 3166-1 alpha-2 country code: write JP, not Japan (Japan)
        Observances!D15 | SG, MY, uk, TH, XX | 'uk' is not an ISO 3166-1 alpha-2 country code: write GB, not uk (United Kingdom); 'XX' is not an ISO 3166-1 alpha-2 country code: write the country's two capital letters as ISO 3166-1 gives them, e.g. JP for Japan or GB for the United Kingdom
        """)
    void aCellADecisionCouldNotReadIsRefusedOnItsCellBeforeTheWorkbookIsBuilt(String cell, String text, String message) {
        WorkbookValidator validator = new WorkbookValidator(List.of(new EtiquetteScenarios(service)));
        String[] where = cell.split("!");
        CellReference ref = new CellReference(where[1]);

        assertThat(validator.report("etiquette", Workbooks.edit(WITHOUT_LISTS, cell, text)).report().allProblems()).singleElement()
            .isEqualTo(new RuleProblem(where[0], ref.getRow() + 1,
                CellReference.convertNumToColString(ref.getCol()), text, message));
    }

    @Test
    void aDropNoteThatNoRowAboveGaveStopsTheWorkbookNamingTheRow() {
        byte[] typo = Workbooks.edit(Workbooks.etiquette(), "Countries!AA20", "Go straight to product and price.");
        WorkbookValidator validator = new WorkbookValidator(List.of(new EtiquetteScenarios(service)));
        assertThatThrownBy(() -> validator.check("etiquette", typo)).isInstanceOfSatisfying(RuleBookException.class, e ->
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("Countries row 20 (IE): drops a note that no row above gave: 'Go straight to product and price.'")));
    }

    @Test
    void chinaIsClosedInNationalDayGoldenWeekKoreaHasNoMainlandNewYearWeek() {
        Etiquette cn = service.decide("CN", Instant.parse("2027-10-05T04:00:00Z"), Tier.B);
        assertThat(cn.observances()).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo("NATIONAL_DAY_GOLDEN_WEEK");
            assertThat(o.effect()).isEqualTo(Effect.CLOSED);
        });
        assertThat(List.of("KR", "HK", "TW", "MO")).allSatisfy(c ->
            assertThat(service.decide(c, Instant.parse("2027-02-09T04:00:00Z"), Tier.B).observances())
                .noneMatch(o -> o.kind().equals("CHINESE_NEW_YEAR")));
    }

    @Test
    void announcedDaysRowsForChina2026FireAndCollectTheStateCouncilSchedule() throws Exception {
        CompiledTable table = new DecisionTableCompiler().compile("etiquette",
            Files.readAllBytes(Path.of("rules/etiquette.drl.xlsx")), 1);
        AnnouncedDaysFact cn = new AnnouncedDaysFact("CN");
        RuleRun run = RuleBook.run(table, List.of(cn));

        assertThat(run.firedRules()).isNotEmpty().allSatisfy(r -> assertThat(r.sheet()).isEqualTo("Announced days"));
        List<AnnouncedDay> days2026 = cn.days().stream()
            .filter(d -> d.from().getYear() == 2026 && !d.kind().equals(AnnouncedDay.YEARLY_NOTICE)).toList();
        assertThat(days2026).hasSize(13).contains(
            new AnnouncedDay("HOLIDAY", "Spring Festival", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
            new AnnouncedDay("WORKING_DAY", "Spring Festival make-up working day", LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 14)),
            new AnnouncedDay("WORKING_DAY", "Spring Festival make-up working day", LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)),
            new AnnouncedDay("HOLIDAY", "National Day", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)),
            new AnnouncedDay("WORKING_DAY", "National Day make-up working day", LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 20)),
            new AnnouncedDay("WORKING_DAY", "National Day make-up working day", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)));
        assertThat(days2026).filteredOn(d -> d.kind().equals("WORKING_DAY"))
            .allSatisfy(d -> assertThat(d.from().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        AnnouncedDaysFact jp = new AnnouncedDaysFact("JP");
        RuleBook.run(table, List.of(jp));
        assertThat(jp.days()).isEmpty();
    }

    @Test
    void unknownOrMissingCountryIsRefusedNamingTheField() {
        assertThatThrownBy(() -> decide("XX")).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("country"));
        assertThatThrownBy(() -> decide(" ")).isInstanceOf(InvalidInputException.class);
        assertThat(decide("jp").country()).isEqualTo("JP");
    }
}
