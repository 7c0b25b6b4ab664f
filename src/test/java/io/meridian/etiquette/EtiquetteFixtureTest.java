package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The fixture's readers of the shipped workbook: the Countries rows, a header's columns, a cell's text. */
@RunsBeside
class EtiquetteFixtureTest {

    @Test
    void shouldListTheCountryRowsOfTheShippedWorkbookOnceEachInRowOrder() {
        assertThat(EtiquetteFixture.countryRows()).hasSizeGreaterThan(60).doesNotHaveDuplicates()
            .contains("JP", "SA", "HU").allMatch(code -> code.matches("[A-Z]{2}"))
            .doesNotContain("Country code");
    }

    @Test
    void shouldGiveTheEtiquetteTablesScenarioRunnerOnTheShippedTables() {
        io.meridian.rules.ScenarioRunner runner = EtiquetteFixture.scenarioRunner();
        assertThat(runner.table()).isEqualTo(EtiquetteService.TABLE);
        assertThat(runner.run(EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE),
            java.util.Map.of("country", "JP", "at", "2027-02-15", "tier", "A"))).containsEntry("directness", "INDIRECT");
    }

    @Test
    void shouldReadAHeadersColumnsByTheirTrimmedNamesAndACellsText() throws Exception {
        try (Workbook book = new XSSFWorkbook()) {
            Row header = book.createSheet("Scenarios").createRow(5);
            header.createCell(1).setCellValue(" Scenario ");
            header.createCell(3).setCellValue("country");
            header.createCell(4).setCellValue(2027);

            assertThat(EtiquetteFixture.columnsByName(header)).containsExactly(
                java.util.Map.entry("Scenario", 1), java.util.Map.entry("country", 3), java.util.Map.entry("2027", 4));
            assertThat(EtiquetteFixture.cellText(header, 1)).isEqualTo("Scenario");
            assertThat(EtiquetteFixture.cellText(header, 2)).as("no cell").isEmpty();
        }
    }
}
