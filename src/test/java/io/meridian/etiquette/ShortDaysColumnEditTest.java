package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import io.meridian.rules.WorkbookDiff;
import io.meridian.testsupport.WorkbookEdits;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortDaysColumnEdit}, the program that writes the etiquette workbook's "Short days" column, is re-runnable as
 * its comment says: applied to the shipped workbook it changes nothing the workbench would show.
 */
class ShortDaysColumnEditTest {

    @Test
    void shouldChangeNothingInTheShippedWorkbookWhenRunAgain() throws Exception {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/rules/etiquette.drl.xlsx")) {
            shipped = in.readAllBytes();
        }

        byte[] again = ShortDaysColumnEdit.apply(shipped);

        assertThat(WorkbookDiff.compare(shipped, again)).as("what the workbench shows changed").isEmpty();
    }

    @Test
    void shouldExplainTheShortDaysScenarioColumnInItsHeaderAsDayHoursIs() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/rules/etiquette.drl.xlsx"); Workbook book = WorkbookFactory.create(in)) {
            Row names = book.getSheet("Scenarios").getRow(WorkbookEdits.HEADER_ROW);
            Comment help = names.getCell(WorkbookEdits.column(book.getSheet("Scenarios"), "shortDays")).getCellComment();

            assertThat(help).as("the comment on the Scenarios sheet's shortDays header").isNotNull();
            assertThat(help.getString().getString()).isEqualTo(ShortDaysColumnEdit.SCENARIO_HELP);
        }
    }
}
