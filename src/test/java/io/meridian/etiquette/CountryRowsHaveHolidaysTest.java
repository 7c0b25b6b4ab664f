package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A country with its own row in the shipped workbook's Countries sheet is a market we serve, so its
 * calendar must know public holidays: a new row without them fails the build, not a client's clock.
 */
@RunsBeside
class CountryRowsHaveHolidaysTest {

    private static final String CODE_LABEL = "Country code";
    private final ObservanceCalendar calendar = new ObservanceCalendar();

    static List<String> countryRows() throws Exception {
        DataFormatter format = new DataFormatter();
        // read-only: the shipped file must never be rewritten by a test
        try (Workbook book = WorkbookFactory.create(new File("rules/etiquette.drl.xlsx"), null, true)) {
            Sheet countries = book.getSheet("Countries");
            List<String> codes = new ArrayList<>();
            Integer column = null;
            for (Row row : countries) {
                for (Cell cell : row) {
                    String text = format.formatCellValue(cell).trim();
                    if (column == null && CODE_LABEL.equals(text)) {
                        column = cell.getColumnIndex();
                    } else if (column != null && cell.getColumnIndex() == column && text.matches("[A-Z]{2}")) {
                        codes.add(text);
                    }
                }
            }
            return codes;
        }
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
