package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@RunsBeside
class PublicHolidaysTest {

    /** Every country with its own etiquette row (theMarketsAreEveryCountryRowOfTheWorkbook keeps the list whole). */
    private static final List<String> MARKETS = List.of(("US CA MX BR AR CL CO PE DE CH AT FR GB IE NL BE IT ES PT SE NO DK FI "
        + "IS PL RU TR SA AE QA KW BH OM IL EG MA ZA NG KE IN PK BD CN JP KR TW HK SG MY ID TH VN PH AU NZ KZ "
        + "DZ LY SD MV AF BN LB IR NP KM DJ SO HU").split(" "));

    private final ObservanceCalendar calendar = new ObservanceCalendar();

    static Stream<Arguments> marketYears() {
        return MARKETS.stream().flatMap(c -> IntStream.rangeClosed(2026, 2030).mapToObj(y -> Arguments.of(c, y)));
    }

    @Test
    void theMarketsAreEveryCountryRowOfTheWorkbook() {
        assertThat(MARKETS).containsAll(EtiquetteFixture.countryRows());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("marketYears")
    void everyMarketHasPublicHolidaysEveryYear(String country, int year) {
        assertThat(ObservanceCalendar.knowsHolidaysOf(country)).isTrue();
        assertThat(calendar.publicHolidays(country, year))
            .filteredOn(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY)
            .isNotEmpty()
            .allSatisfy(p -> {
                assertThat(p.name()).isNotBlank();
                assertThat(p.to()).isAfterOrEqualTo(p.from());
                assertThat(p.to().getYear() >= year && p.from().getYear() <= year).isTrue();
            });
    }

    @ParameterizedTest(name = "{0}: {1} {2}..{3}")
    @CsvSource({
        // 国务院 全国年节及纪念日放假办法 (2024): Spring Festival = eve and days 1-3; CNY 2027 is 6 Feb
        "CN, Spring Festival, 2027-02-05, 2027-02-08",
        "CN, National Day, 2027-10-01, 2027-10-03",
        "CN, Labour Day, 2027-05-01, 2027-05-02",
        "CN, Mid-Autumn Festival, 2027-09-15, 2027-09-15",
        // KASI 월력요항 2027: Seollal 7 Feb (new moon after midnight KST, a day after Beijing); Sunday 7 Feb gives 9 Feb
        "KR, Lunar New Year (Seollal), 2027-02-06, 2027-02-08",
        "KR, Substitute holiday (Lunar New Year (Seollal)), 2027-02-09, 2027-02-09",
        "KR, Chuseok, 2027-09-14, 2027-09-16",
        // HKSAR Gazette, general holidays 2027: Lunar New Year 6 Feb; the second day is a Sunday, so the fourth day (9 Feb)
        "HK, Lunar New Year, 2027-02-06, 2027-02-08",
        "HK, Substitute holiday (Lunar New Year), 2027-02-09, 2027-02-09",
        "HK, The day following Mid-Autumn Festival, 2027-09-16, 2027-09-16",
        // Labour Code 2019 art. 112: Tết 5 days; Tết 2027 is 6 Feb
        "VN, Tết (Lunar New Year), 2027-02-05, 2027-02-09",
        // Lakshmi Puja 2027: amavasya ends 29 Oct 19:06 IST, after pradosh begins (DoPT lists 2027 not yet published)
        "IN, Diwali, 2027-10-29, 2027-10-29",
        // Hebrew calendar: 1 Tishri 5788 = 2 Oct 2027, 10 Tishri = 11 Oct 2027
        "IL, Rosh Hashanah, 2027-10-02, 2027-10-03",
        "IL, Yom Kippur, 2027-10-11, 2027-10-11",
        // Umm al-Qura: 1 Shawwal 1448 = 9 Mar 2027, 10 Dhu al-Hijjah 1448 = 16 May 2027; HRSD: 4 days from the day after 29 Ramadan / from Arafat
        "SA, Eid al-Fitr, 2027-03-09, 2027-03-12",
        "SA, Eid al-Adha, 2027-05-15, 2027-05-18",
        "SA, Founding Day, 2027-02-22, 2027-02-22",
        // Türkiye law 2429: Ramazan Bayramı 3 days, Kurban Bayramı 4 days
        "TR, Eid al-Fitr (Ramazan Bayramı), 2027-03-09, 2027-03-11",
        "TR, Eid al-Adha (Kurban Bayramı), 2027-05-16, 2027-05-19",
        // SKB 3 Menteri: Idul Fitri 2 days, Idul Adha 1 day (Umm al-Qura planning dates; sighting may move them a day)
        "ID, Eid al-Fitr (Idul Fitri), 2027-03-09, 2027-03-10",
        "ID, Eid al-Adha (Idul Adha), 2027-05-16, 2027-05-16",
        // JPM federal holidays: Aidilfitri 2 days; Hari Raya Haji on Sunday 16 May gives Monday 17 May
        "MY, Hari Raya Aidilfitri, 2027-03-09, 2027-03-10",
        "MY, Hari Raya Haji, 2027-05-16, 2027-05-16",
        "MY, Substitute holiday (Hari Raya Haji), 2027-05-17, 2027-05-17",
        // MOM: Vesak Day is the 15th day of the fourth lunar month: 20 May 2027
        "SG, Vesak Day, 2027-05-20, 2027-05-20",
        // Cabinet Office 国民の祝日 2027: Emperor's Birthday 23 Feb; vernal equinox Sunday 21 Mar, substitute 22 Mar
        "JP, Emperor's Birthday, 2027-02-23, 2027-02-23",
        "JP, Vernal Equinox Day, 2027-03-21, 2027-03-21",
        "JP, Substitute holiday (Vernal Equinox Day), 2027-03-22, 2027-03-22",
        "JP, New Year's Day, 2027-01-01, 2027-01-01",
        // Brazil, federal portaria on holidays and optional days: Carnaval on Monday 8 and Tuesday 9 February 2027 (Easter 28 March)
        "BR, Carnival, 2027-02-08, 2027-02-09",
        // GOV.UK bank holidays, England and Wales 2027
        "GB, Easter Monday, 2027-03-29, 2027-03-29",
        "GB, Summer Bank Holiday, 2027-08-30, 2027-08-30",
        // Nigeria, Public Holidays Act as amended 2019: Democracy Day 12 June (no longer 29 May)
        "NG, Democracy Day, 2027-06-12, 2027-06-12",
        // Hungary, Labour Code (Act I of 2012) § 102 (1): 15 March, 20 August, 23 October, Good Friday
        "HU, National Day, 2027-03-15, 2027-03-15",
        "HU, St.Stephen's Day, 2027-08-20, 2027-08-20",
        "HU, National Day, 2027-10-23, 2027-10-23",
        "HU, Good Friday, 2027-03-26, 2027-03-26"})
    void holidaysOf2027MatchTheOfficialCalendars(String country, String name, LocalDate from, LocalDate to) {
        assertThat(calendar.publicHolidays(country, 2027))
            .contains(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, name, from, to));
    }

    @Test
    void japansYearEndClosureIsACompanyClosureNotAPublicHoliday() {
        // 行政機関の休日に関する法律 art. 1(1)(iii): government offices close 29 December to 3 January, banks from 31 December
        // (銀行法施行令 art. 5); companies by custom (年末年始休業); of these days only 1 January is a national holiday
        assertThat(calendar.publicHolidays("JP", 2027)).contains(
            new ObservancePeriod(ObservanceKind.COMPANY_CLOSURE, "New Year holidays (banks and offices closed)",
                LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)),
            new ObservancePeriod(ObservanceKind.COMPANY_CLOSURE, "Year-end holidays (offices closed)",
                LocalDate.of(2027, 12, 29), LocalDate.of(2027, 12, 31)));
        assertThat(calendar.publicHolidays("JP", 2027)).filteredOn(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY)
            .noneSatisfy(p -> assertThat(p.covers(LocalDate.of(2027, 1, 2)) || p.covers(LocalDate.of(2027, 12, 30))).isTrue());
    }

    @Test
    void nigeriaNoLongerKeepsTheOldDemocracyDay() {
        assertThat(calendar.publicHolidays("NG", 2027)).extracting(ObservancePeriod::from)
            .doesNotContain(LocalDate.of(2027, 5, 29), LocalDate.of(2027, 5, 27), LocalDate.of(2027, 2, 8));
    }

    @Test
    void theEveOfABayramIsAHalfDay() {
        assertThat(calendar.publicHolidays("TR", 2027)).contains(
            new ObservancePeriod(ObservanceKind.HALF_DAY_HOLIDAY, "Eve of Ramazan Bayramı (half day)", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 8)),
            new ObservancePeriod(ObservanceKind.HALF_DAY_HOLIDAY, "Eve of Kurban Bayramı (half day)", LocalDate.of(2027, 5, 15), LocalDate.of(2027, 5, 15)));
    }

    @Test
    void aHolidayObservedInTheYearBeforeIsFound() {
        // 1 Jan 2028 is a Saturday: US federal offices close on Friday 31 Dec 2027 (5 U.S.C. 6103(b))
        assertThat(calendar.covering("US", LocalDate.of(2027, 12, 31)))
            .anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo(ObservanceKind.PUBLIC_HOLIDAY);
                assertThat(p.name()).isEqualTo("New Year's Day (observed)");
            });
        assertThat(calendar.publicHolidays("US", 2027)).extracting(ObservancePeriod::from).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aMultiDayHolidayCoversEachOfItsDays() {
        // Spring Festival 2028: the eve 25 Jan to the third day 28 Jan, one period
        assertThat(calendar.covering("CN", LocalDate.of(2028, 1, 28))).extracting(ObservancePeriod::name).contains("Spring Festival");
    }

    @ParameterizedTest
    @CsvSource({
        // DoPT gazetted Diwali (Deepavali): 20 Oct 2025, 8 Nov 2026; Dussehra 2 Oct 2025, 20 Oct 2026
        "2025, Diwali, 2025-10-20",
        "2026, Diwali, 2026-11-08",
        "2025, Dussehra, 2025-10-02",
        "2026, Dussehra, 2026-10-20",
        "2026, Holi, 2026-03-04",
        "2026, Buddha Purnima, 2026-05-01"})
    void hinduFestivalsMatchTheGazette(int year, String name, LocalDate date) {
        assertThat(calendar.publicHolidays("IN", year)).contains(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, name, date, date));
    }

    @Test
    void nepalKeepsLabourDayAndTheHinduFestivalsOfIndia() {
        // MoHA public holidays: 1 May; Vijaya Dashami and Laxmi Puja on the tithis of India's Dussehra and Diwali
        for (int year = 2026; year <= 2030; year++) {
            List<ObservancePeriod> nepal = calendar.publicHolidays("NP", year);
            List<ObservancePeriod> india = calendar.publicHolidays("IN", year);
            LocalDate mayDay = LocalDate.of(year, 5, 1);
            assertThat(nepal).contains(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, "Labour Day", mayDay, mayDay));
            assertThat(dayOf(nepal, "Vijaya Dashami (Dashain)")).isEqualTo(dayOf(india, "Dussehra"));
            assertThat(dayOf(nepal, "Laxmi Puja (Tihar)")).isEqualTo(dayOf(india, "Diwali"));
        }
        // the DoPT gazette's 2026 dates, which the Nepali festivals share
        assertThat(dayOf(calendar.publicHolidays("NP", 2026), "Vijaya Dashami (Dashain)")).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(dayOf(calendar.publicHolidays("NP", 2026), "Laxmi Puja (Tihar)")).isEqualTo(LocalDate.of(2026, 11, 8));
    }

    private static LocalDate dayOf(List<ObservancePeriod> holidays, String name) {
        return holidays.stream().filter(p -> p.name().equals(name)).map(ObservancePeriod::from).findFirst().orElseThrow();
    }

    @Test
    void ukraineKeepsTheHolidaysOfItsLabourCodeAsAmendedIn2023AndMovesNoneUnderMartialLaw() {
        // Labour Code art. 73 as amended by Law No. 3107-IX (8 May) and the law of 14 July 2023 (bill No. 9431): Christmas
        // on 25 December only, Statehood Day 15 July, Defenders' Day 1 October; Orthodox Easter 2027 is 2 May, Trinity 20 June
        List<ObservancePeriod> ukraine = calendar.publicHolidays("UA", 2027);
        assertThat(ukraine).contains(
            holiday("Christmas Day", LocalDate.of(2027, 12, 25)),
            holiday("Statehood Day", LocalDate.of(2027, 7, 15)),
            holiday("Defenders' Day", LocalDate.of(2027, 10, 1)),
            holiday("Day of Remembrance and Victory over Nazism", LocalDate.of(2027, 5, 8)),
            holiday("Easter (Velykden)", LocalDate.of(2027, 5, 2)),
            holiday("Trinity (Triitsia)", LocalDate.of(2027, 6, 20)));
        // no 7 January, 9 May or 14 October any more; Law No. 2136-IX art. 6 suspends the move of a weekend holiday
        // to Monday (Easter Monday 3 May, Victory Day Monday 10 May, Trinity Monday 21 June, Christmas Monday 27 December)
        for (LocalDate day : List.of(LocalDate.of(2027, 1, 7), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 9),
                LocalDate.of(2027, 5, 10), LocalDate.of(2027, 6, 21), LocalDate.of(2027, 10, 14), LocalDate.of(2027, 12, 27))) {
            assertThat(ukraine).as(day.toString()).noneSatisfy(p -> assertThat(p.covers(day)).isTrue());
        }
    }

    @Test
    void mexicoKeepsItsRestDaysOnTheirDates() {
        // Ley Federal del Trabajo art. 74: 1 May and 25 December 2027 are Saturdays and stay there; 1 January 2028 too
        List<ObservancePeriod> mexico = calendar.publicHolidays("MX", 2027);
        assertThat(mexico).contains(holiday("Labour Day", LocalDate.of(2027, 5, 1)), holiday("Christmas Day", LocalDate.of(2027, 12, 25)));
        for (LocalDate day : List.of(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31))) {
            assertThat(mexico).as(day.toString()).noneSatisfy(p -> assertThat(p.covers(day)).isTrue());
        }
        // art. 74 VII: the transfer of federal executive power on 1 October every six years (2024, 2030), no longer 1 December
        assertThat(calendar.publicHolidays("MX", 2030)).contains(holiday("Transfer of Federal Executive Power", LocalDate.of(2030, 10, 1)))
            .noneSatisfy(p -> assertThat(p.covers(LocalDate.of(2030, 12, 2))).isTrue());
    }

    @Test
    void bangladeshHasNoHolidayOnTheFirstDayOfRamadan() {
        // The government's yearly list of public holidays names no holiday on 1 Ramadan (8 February 2027, Umm al-Qura)
        for (int year = 2026; year <= 2030; year++) {
            assertThat(calendar.publicHolidays("BD", year)).extracting(ObservancePeriod::name).doesNotContain("Ramadan");
        }
        assertThat(calendar.publicHolidays("BD", 2027)).noneSatisfy(p -> assertThat(p.covers(LocalDate.of(2027, 2, 8))).isTrue());
    }

    @ParameterizedTest(name = "BD {1}: {0}")
    @CsvSource({
        // the Ministry of Public Administration's list for 2026 (notification of 9 November 2025): general holidays
        "2026-02-21, International Mother Language Day", "2026-03-20, Jumatul Bidaa", "2026-03-21, Eid-ul-Fitr",
        "2026-03-26, Independence and National Day", "2026-05-01, May Day", "2026-05-01, Buddha Purnima",
        // Eid-ul-Fitr with the day before and the day after (executive order), 20 to 22 March 2026
        "2026-03-20, Eid-ul-Fitr", "2026-03-22, Eid-ul-Fitr",
        // the days the 2025 list gave, by local sighting a day after Umm al-Qura: Shab-e-Barat 15 February, Shab-e-Qadr
        // 28 March, Eid-ul-Fitr 31 March, Eid-ul-Azha 7 June, Ashura 6 July; Janmashtami 16 August, Bijoya Dashami 2 October
        "2025-02-15, Shab-e-Barat", "2025-03-28, Shab-e-Qadr", "2025-03-31, Eid-ul-Fitr", "2025-06-07, Eid-ul-Azha",
        "2025-06-06, Eid-ul-Azha", "2025-06-08, Eid-ul-Azha", "2025-07-06, Ashura", "2025-08-16, Janmashtami",
        "2025-10-02, Durga Puja (Bijoya Dashami)",
        // Bengal's almanacs date Bijoya Dashami by the sunrise tithi: 13 October 2024 and 21 October 2026, a day after India's
        // Dussehra; Janmashtami 26 August 2024 and 4 September 2026
        "2024-10-13, Durga Puja (Bijoya Dashami)", "2026-10-21, Durga Puja (Bijoya Dashami)",
        "2024-08-26, Janmashtami", "2026-09-04, Janmashtami"})
    void bangladeshKeepsTheGovernmentsListOfHolidays(LocalDate day, String name) {
        assertThat(calendar.publicHolidays("BD", day.getYear()))
            .anySatisfy(p -> {
                assertThat(p.name()).isEqualTo(name);
                assertThat(p.covers(day)).isTrue();
            });
    }

    @ParameterizedTest(name = "BD Buddha Purnima {0}")
    @CsvSource({
        // the Ministry of Public Administration's lists: Sunday 11 May 2025, Wednesday 22 May 2024, Thursday 4 May 2023, Sunday
        // 15 May 2022, each a day before India's sunrise tithi (12 May 2025, 23 May 2024, 5 May 2023, 16 May 2022); Friday
        // 1 May 2026, Saturday 18 May 2019 and Wednesday 10 May 2017 on it
        "2025-05-11, 2025-05-12", "2024-05-22, 2024-05-23", "2023-05-04, 2023-05-05", "2022-05-15, 2022-05-16",
        "2026-05-01, 2026-04-30", "2019-05-18, 2019-05-17", "2017-05-10, 2017-05-11"})
    void bangladeshKeepsBuddhaPurnimaOnTheDayOfItsList(LocalDate day, LocalDate notOn) {
        List<ObservancePeriod> buddhaPurnima = calendar.publicHolidays("BD", day.getYear()).stream()
            .filter(p -> p.name().equals("Buddha Purnima")).toList();
        assertThat(buddhaPurnima).containsExactly(holiday("Buddha Purnima", day));
        assertThat(buddhaPurnima).noneSatisfy(p -> assertThat(p.covers(notOn)).isTrue());
    }

    @Test
    void bangladeshsJumatulBidaaIsTheLastFridayOfItsRamadan() {
        // Umm al-Qura's Ramadan 1447 ends on Thursday 19 March 2026; Bangladesh's, a day later, on Friday 20 March
        assertThat(calendar.publicHolidays("BD", 2026)).filteredOn(p -> p.name().equals("Jumatul Bidaa"))
            .extracting(ObservancePeriod::from).containsExactly(LocalDate.of(2026, 3, 20));
    }

    @ParameterizedTest(name = "NG {0}: {1}")
    @CsvSource({
        // Eid-el-Fitr two days: Wednesday 10 and Thursday 11 April 2024, Sunday 30 March 2025 with Monday 31 March and Tuesday 1 April
        "2024-04-10, true", "2024-04-11, true", "2025-03-31, true", "2025-04-01, true",
        // Eid-el-Kabir: Friday 6 June 2025 and, for the Saturday, Monday 9 June; Sunday 16 June 2024: Monday 17 and Tuesday 18
        "2025-06-06, true", "2025-06-09, true", "2024-06-17, true", "2024-06-18, true",
        // 2027: Workers' Day Saturday 1 May gives Monday 3 May, Democracy Day Saturday 12 June gives Monday 14 June,
        // Christmas Saturday 25 and Boxing Day Sunday 26 December give Monday 27 and Tuesday 28 December
        "2027-05-03, true", "2027-06-14, true", "2027-12-27, true", "2027-12-28, true",
        // Easter Sunday is no day of the Act: Easter Monday 29 March 2027 is the only day off, and Tuesday is worked
        "2027-03-30, false"})
    void nigeriaKeepsTheFederalGovernmentsDays(LocalDate day, boolean closed) {
        assertThat(calendar.publicHolidays("NG", day.getYear()).stream()
            .anyMatch(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY && p.covers(day))).as(day.toString()).isEqualTo(closed);
    }

    @ParameterizedTest(name = "AR {0}: {1}")
    @CsvSource({
        // Ley 27.399: 24 and 31 December are no holidays (Fridays in 2027)
        "2027-12-24, false", "2027-12-31, false",
        // Flag Day 20 June stays on its date (a Sunday in 2027); Güemes, Thursday 17 June 2027, is taken on Monday 21 June
        "2027-06-20, true", "2027-06-21, true", "2027-06-17, false",
        // National Sovereignty Day: Thursday 20 November 2025 taken on Monday 24 November; Güemes, Tuesday 17 June 2025, on Monday 16 June
        "2025-11-24, true", "2025-11-20, false", "2025-06-16, true", "2025-06-17, false",
        // Carnival Monday and Tuesday, 8 and 9 February 2027
        "2027-02-08, true", "2027-02-09, true"})
    void argentinaKeepsItsHolidayLaw(LocalDate day, boolean closed) {
        assertThat(calendar.publicHolidays("AR", day.getYear()).stream()
            .anyMatch(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY && p.covers(day))).isEqualTo(closed);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        // Ley 27.399 art. 4: Maundy Thursday (Jueves Santo) is a día no laborable, Thursday 25 March 2027 (Easter 28 March)
        "AR, Maundy Thursday (día no laborable), 2027-03-25",
        // 5 U.S.C. 6103(a): Columbus Day, the second Monday in October (11 October 2027), a holiday of federal offices and banks
        "US, Columbus Day (Indigenous Peoples' Day), 2027-10-11",
        // 5 U.S.C. 6103(a) federal holidays that most private employers do not give (BLS National Compensation Survey holiday
        // profile; Bloomberg BNA Holiday Practices Survey; Mercer on Juneteenth): Monday 18 January, Monday 15 February,
        // Friday 18 June (19 June is a Saturday: 5 U.S.C. 6103(b) and Executive Order 11582) and Thursday 11 November 2027
        "US, 'Martin Luther King, Jr. Day', 2027-01-18",
        "US, Washington's Birthday (Presidents Day), 2027-02-15",
        "US, Juneteenth National Independence Day (observed), 2027-06-18",
        "US, Veterans Day, 2027-11-11"})
    void aHolidayOfPublicOfficesAndBanksOnlyIsOptionalNotClosed(String country, String name, LocalDate day) {
        assertThat(calendar.publicHolidays(country, 2027))
            .contains(new ObservancePeriod(ObservanceKind.OPTIONAL_HOLIDAY, name, day, day))
            .noneSatisfy(p -> assertThat(p.kind() == ObservanceKind.PUBLIC_HOLIDAY && p.covers(day)).isTrue());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // 5 U.S.C. 6103(a): Labor Day, the first Monday in September; Canada Labour Code s. 166: Labour Day
        "US, Labor Day, 2027-09-06", "CA, Labour Day, 2027-09-06",
        // Public Holidays Act 36 of 1994 (South Africa) and Public Holidays Act Cap. P40 (Nigeria): Workers' Day, 1 May
        "ZA, Workers' Day, 2027-05-01", "NG, Workers' Day, 2027-05-01",
        // Republic Act No. 9492 (Philippines): Labor Day; elsewhere Labour Day, capitalised as a name
        "PH, Labor Day, 2027-05-01", "DE, Labour Day, 2027-05-01", "KE, Labour Day, 2027-05-01", "BD, May Day, 2027-05-01"})
    void theLabourHolidayHasTheCountrysOwnEnglishName(String country, String name, LocalDate day) {
        assertThat(calendar.publicHolidays(country, day.getYear())).contains(holiday(name, day));
    }

    /** The six holidays nearly every US employer gives stay closed (Bloomberg BNA, Holiday Practices Survey 2016: 94 to 98 percent). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"New Year's Day, 2027-01-01", "Memorial Day, 2027-05-31", "Independence Day (observed), 2027-07-05",
        "Labor Day, 2027-09-06", "Thanksgiving Day, 2027-11-25", "Christmas Day (observed), 2027-12-24"})
    void theUsHolidaysMostEmployersGiveStayClosed(String name, LocalDate day) {
        assertThat(calendar.publicHolidays("US", 2027)).contains(holiday(name, day));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // Public Holidays Act Cap. P40, schedule (Nigeria): Christmas Day; Bangladesh's yearly list of public holidays:
        // Christmas Day; Ley 27.399 art. 1 (Argentina): Navidad, 25 December; 5 U.S.C. 6103(a): Christmas Day (a Monday in
        // 2028); Canada Labour Code s. 166: Christmas Day
        "NG, Christmas Day, 2027-12-25", "BD, Christmas Day, 2027-12-25", "AR, Christmas Day, 2027-12-25",
        "US, Christmas Day, 2028-12-25", "CA, Christmas Day, 2027-12-25"})
    void christmasHasItsEnglishNameChristmasDay(String country, String name, LocalDate day) {
        assertThat(calendar.publicHolidays(country, day.getYear())).contains(holiday(name, day));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        // GOV.UK bank holidays (England and Wales): Christmas Day, Saturday 25 December 2027, and Boxing Day, Sunday 26 December,
        // give "Christmas Day (substitute day)" on Monday 27 and "Boxing Day (substitute day)" on Tuesday 28 December; Boxing Day,
        // Saturday 26 December 2026, gives Monday 28 December 2026, while Christmas Day, a Friday, keeps its own name
        "GB, Christmas Day (substitute day), 2027-12-27", "GB, Boxing Day (substitute day), 2027-12-28",
        "GB, Boxing Day (substitute day), 2026-12-28", "GB, Christmas Day, 2026-12-25",
        // Employment New Zealand, public holidays (Holidays Act 2003 s. 45): the Mondayised days are "(observed)"
        "NZ, Christmas Day (observed), 2027-12-27", "NZ, Boxing Day (observed), 2027-12-28",
        "NZ, Boxing Day (observed), 2026-12-28", "NZ, Christmas Day, 2026-12-25",
        // Holidays Act 2003 s. 45 (Employment New Zealand): Christmas Day on a Sunday leaves Boxing Day on Monday 26 December
        // and is observed on Tuesday 27 December (2022, 2033); New Year's Day on a Sunday leaves 2 January on the Monday and
        // is observed on Tuesday 3 January (2023, 2034); GOV.UK: Christmas Day (substitute day) Tuesday 27 December 2022
        "NZ, Christmas Day (observed), 2022-12-27", "NZ, Boxing Day, 2022-12-26", "NZ, Christmas Day (observed), 2033-12-27",
        "NZ, New Year's Day (observed), 2023-01-03", "NZ, Day after New Year, 2023-01-02",
        "GB, Christmas Day (substitute day), 2022-12-27", "GB, Boxing Day, 2022-12-26",
        // 5 U.S.C. 6103(b), OPM's federal holidays: the Friday before a Saturday holiday, the Monday after a Sunday one
        "US, Christmas Day (observed), 2027-12-24", "US, Independence Day (observed), 2027-07-05",
        "US, New Year's Day (observed), 2027-12-31"})
    void aDayOffMovedFromTheWeekendIsNamedAsTheOfficialListNamesIt(String country, String name, LocalDate day) {
        assertThat(calendar.publicHolidays(country, day.getYear())).contains(holiday(name, day));
    }

    @Test
    void aDayOffMovedFromTheWeekendNeverSharesItsDayWithAnotherHoliday() {
        for (String country : List.of("NZ", "GB", "AU", "US", "KE")) {
            for (int year = 2022; year <= 2034; year++) {
                List<ObservancePeriod> holidays = calendar.publicHolidays(country, year).stream()
                    .filter(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY).toList();
                for (ObservancePeriod moved : holidays.stream().filter(p -> p.name().endsWith("(observed)")
                    || p.name().endsWith("(substitute day)")).toList()) {
                    assertThat(holidays).as(country + " " + moved)
                        .noneMatch(p -> !p.equals(moved) && p.covers(moved.from()));
                }
            }
        }
    }

    @Test
    void noHolidayIsCalledChristmasAlone() {
        for (String country : MARKETS) {
            assertThat(calendar.publicHolidays(country, 2027)).as(country).extracting(ObservancePeriod::name)
                .noneMatch(n -> n.equals("Christmas") || n.endsWith("(Christmas)"));
        }
    }

    @Test
    void noHolidayIsCalledLabourDayInLowerCase() {
        for (String country : MARKETS) {
            assertThat(calendar.publicHolidays(country, 2027)).as(country).extracting(ObservancePeriod::name)
                .noneMatch(n -> n.contains("Labour day") || n.contains("Labor day"));
        }
    }

    @Test
    void argentinasCarnivalIsOneHolidayOfTwoDays() {
        assertThat(calendar.publicHolidays("AR", 2027)).contains(
            new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, "Carnival", LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9)));
    }

    @Test
    void canadaClosesOnVictoriaDayAndThanksgiving() {
        // Canada Labour Code s. 166 and the provinces' employment standards acts: the Monday before 25 May (24 May 2027,
        // 22 May 2028 when 25 May is a Thursday), the second Monday of October (11 October 2027)
        assertThat(calendar.publicHolidays("CA", 2027)).contains(holiday("Victoria Day", LocalDate.of(2027, 5, 24)),
            holiday("Thanksgiving", LocalDate.of(2027, 10, 11)));
        assertThat(calendar.publicHolidays("CA", 2028)).contains(holiday("Victoria Day", LocalDate.of(2028, 5, 22)));
    }

    @Test
    void chileClosesOnTheDayOfIndigenousPeoples() {
        // Ley 21.357: the day of the winter solstice, Monday 21 June 2027 in Santiago (08:11 UTC)
        assertThat(calendar.publicHolidays("CL", 2027)).contains(holiday("National Day of Indigenous Peoples", LocalDate.of(2027, 6, 21)));
    }

    @Test
    void kenyaGivesTheMondayAfterASundayHoliday() {
        // Public Holidays Act (Cap. 110): Mazingira Day Sunday 10 October, Jamhuri Day Sunday 12 December, Boxing Day Sunday 26 December 2027
        List<ObservancePeriod> kenya = calendar.publicHolidays("KE", 2027);
        for (LocalDate monday : List.of(LocalDate.of(2027, 10, 11), LocalDate.of(2027, 12, 13), LocalDate.of(2027, 12, 27))) {
            assertThat(kenya).as(monday.toString()).anySatisfy(p -> assertThat(p.covers(monday)).isTrue());
        }
        assertThat(kenya).as("a Saturday holiday gives no Monday").noneSatisfy(p -> assertThat(p.covers(LocalDate.of(2027, 5, 3))).isTrue());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // Maldives, President's Office list of public holidays: Victory Day (Nasru Dhuvas) 3 November
        "MV, 2027-11-03",
        // Afghanistan, the de facto authorities' official holidays: Victory Day 15 August (24 Asad)
        "AF, 2027-08-15"})
    void aVictoryDayIsNotNamedAfterTheEndOfTheWarInEurope(String country, LocalDate day) {
        assertThat(calendar.publicHolidays(country, 2027)).contains(holiday("Victory Day", day))
            .extracting(ObservancePeriod::name).doesNotContain("Wars end in Europe");
    }

    private static ObservancePeriod holiday(String name, LocalDate day) {
        return new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, name, day, day);
    }

    @Test
    void japanGivesACitizensHolidayBetweenTwoNationalHolidays() {
        // 2026: Respect-for-the-Aged Day Mon 21 Sep, Autumnal Equinox Wed 23 Sep, so Tue 22 Sep is 国民の休日
        assertThat(calendar.publicHolidays("JP", 2026)).contains(
            new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, "Citizens' holiday", LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 22)));
    }

    @Test
    void russiaClosesTheFirstEightDaysOfJanuaryAndNoWeekdayAfterThem() {
        // Labour Code of the Russian Federation art. 112 part 1: 1-6 and 8 January New Year holidays, 7 January Christmas;
        // part 2: a weekend day on a January holiday is not moved to the next working day (the government's yearly decree
        // moves two of them, typed as announced days). 2027: Friday 1 to Friday 8 January, Monday 11 January is a working day.
        List<ObservancePeriod> russia = calendar.publicHolidays("RU", 2027);
        for (LocalDate day = LocalDate.of(2027, 1, 1); !day.isAfter(LocalDate.of(2027, 1, 8)); day = day.plusDays(1)) {
            LocalDate d = day;
            assertThat(russia).as(d.toString()).anySatisfy(p -> assertThat(p.covers(d)).isTrue());
        }
        assertThat(russia).as("Monday 11 January 2027 is a working day")
            .noneSatisfy(p -> assertThat(p.covers(LocalDate.of(2027, 1, 11))).isTrue());
        // 2030: 9 and 10 January are Wednesday and Thursday, working days (no law makes them holidays)
        assertThat(calendar.publicHolidays("RU", 2030)).as("9 and 10 January 2030")
            .noneSatisfy(p -> assertThat(p.covers(LocalDate.of(2030, 1, 9)) || p.covers(LocalDate.of(2030, 1, 10))).isTrue());
    }

    @ParameterizedTest(name = "RU {0}: {1}")
    @CsvSource({
        // Labour Code art. 112 part 2: a weekend day on a holiday moves to the working day after the holiday
        "2027-05-01, 2027-05-03",   // Spring and Labour Day on a Saturday
        "2027-05-09, 2027-05-10",   // Victory Day on a Sunday
        "2027-06-12, 2027-06-14",   // Russia Day on a Saturday
        "2027-02-23, 2027-02-23",   // Defender of the Fatherland Day on a Tuesday: no day after
        "2027-03-08, 2027-03-08"})  // International Women's Day on a Monday
    void russiaMovesAWeekendHolidayToTheNextWorkingDay(LocalDate holiday, LocalDate dayOff) {
        List<ObservancePeriod> russia = calendar.publicHolidays("RU", 2027);
        assertThat(russia).as("the holiday").anySatisfy(p -> assertThat(p.covers(holiday)).isTrue());
        assertThat(russia).as("the day off").anySatisfy(p -> assertThat(p.covers(dayOff)).isTrue());
        assertThat(russia).as("only one day off").noneSatisfy(p -> assertThat(p.covers(dayOff.plusDays(1))).isTrue());
    }

    @ParameterizedTest(name = "KZ {0}: {1}")
    @CsvSource({
        // Law on holidays in the Republic of Kazakhstan: Nauryz 21-23 March; Sunday 21 March 2027 gives Wednesday 24 March
        "2027-03-21, true", "2027-03-22, true", "2027-03-23, true", "2027-03-24, true", "2027-03-25, false",
        // New Year 1-2 January: Saturday 2 January 2027 gives Monday 4 January
        "2027-01-04, true", "2027-01-05, false",
        // Republic Day 25 October (again from 2022), Defender of the Fatherland Day 7 May
        "2027-10-25, true", "2027-05-07, true",
        // Orthodox Christmas on Sunday 7 January 2029 is a religious holiday: no day after it
        "2029-01-07, true", "2029-01-08, false"})
    void kazakhstanKeepsNauryzForThreeDaysAndMovesAWeekendHoliday(LocalDate day, boolean closed) {
        assertThat(calendar.publicHolidays("KZ", day.getYear()).stream().anyMatch(p -> p.covers(day))).isEqualTo(closed);
    }

    @Test
    void israelIndependenceDayMovesAwayFromTheSabbath() {
        // 5 Iyar moves so that neither it nor Memorial Day the day before touches the Sabbath
        for (int year = 2026; year <= 2030; year++) {
            assertThat(CountryCalendars.independenceDayOfIsrael(year).getDayOfWeek())
                .isNotIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.MONDAY);
        }
    }
}
