package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A country with its own row in the shipped workbook's Countries sheet is a market we serve, so its
 * calendar must know public holidays, and the workbook's Scenarios sheet must check one of them a year,
 * 2026 to 2030, against the official source its "Why (sources)" cell names: a new row without them
 * fails the build, not a client's clock.
 */
@RunsBeside
class CountryRowsHaveHolidaysTest {

    private final ObservanceCalendar calendar = new ObservanceCalendar();

    static List<String> countryRows() {
        return EtiquetteFixture.countryRows();
    }

    /** A Scenarios row that expects a PUBLIC_HOLIDAY observance: its sheet row, country, date and source. */
    record HolidayScenario(int row, String country, String at, String why) {
        boolean sourced() {
            return !why.isBlank();
        }
    }

    static List<HolidayScenario> holidayScenarios() throws Exception {
        try (Workbook book = WorkbookFactory.create(new File("rules/etiquette.drl.xlsx"), null, true)) {
            Sheet scenarios = book.getSheet("Scenarios");
            Map<String, Integer> columns = null;
            List<HolidayScenario> found = new ArrayList<>();
            for (Row row : scenarios) {
                if (columns == null) {
                    Map<String, Integer> candidate = EtiquetteFixture.columnsByName(row);
                    if (candidate.containsKey("Scenario")) {
                        columns = candidate;
                        assertThat(columns).containsKeys("country", "at", "observanceKinds", "Why (sources)");
                    }
                    continue;
                }
                if (List.of(text(row, columns.get("observanceKinds")).split("\\s*,\\s*")).contains("PUBLIC_HOLIDAY")) {
                    found.add(new HolidayScenario(row.getRowNum() + 1, text(row, columns.get("country")),
                        text(row, columns.get("at")), text(row, columns.get("Why (sources)"))));
                }
            }
            return found;
        }
    }

    /**
     * For each country, the years of the Scenarios rows that expect a PUBLIC_HOLIDAY observance on a
     * date of that year and name their source.
     */
    static Map<String, Set<Integer>> sourcedHolidayScenarioYears() throws Exception {
        Map<String, Set<Integer>> years = new TreeMap<>();
        for (HolidayScenario scenario : holidayScenarios()) {
            if (scenario.sourced() && scenario.at().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                years.computeIfAbsent(scenario.country(), c -> new TreeSet<>()).add(Integer.parseInt(scenario.at().substring(0, 4)));
            }
        }
        return years;
    }

    private static String text(Row row, int col) {
        return EtiquetteFixture.cellText(row, col);
    }

    @Test
    void everyCountryRowHasASourcedPublicHolidayScenarioEveryYear() throws Exception {
        Map<String, Set<Integer>> years = sourcedHolidayScenarioYears();
        List<String> missing = new ArrayList<>();
        for (String country : countryRows()) {
            for (int year = 2026; year <= 2030; year++) {
                if (!years.getOrDefault(country, Set.of()).contains(year)) {
                    missing.add(country + " " + year);
                }
            }
        }
        assertThat(missing).as("Countries rows without a sourced public-holiday scenario for the year").isEmpty();
    }

    @Test
    void everyPublicHolidayScenarioNamesItsSource() throws Exception {
        assertThat(holidayScenarios()).hasSizeGreaterThan(300)
            .filteredOn(scenario -> !scenario.sourced()).as("public-holiday scenarios with an empty Why (sources)").isEmpty();
    }

    static Stream<Arguments> countryYears() throws Exception {
        List<String> codes = countryRows();
        assertThat(codes).hasSizeGreaterThan(60).contains("NP", "DZ", "SO");
        return codes.stream().flatMap(c -> IntStream.rangeClosed(2026, 2030).mapToObj(y -> Arguments.of(c, y)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("countryYears")
    void everyCountryRowHasPublicHolidays(String country, int year) {
        assertThat(calendar.publicHolidays(country, year)).as("public holidays of %s in %s", country, year).isNotEmpty();
    }
}
