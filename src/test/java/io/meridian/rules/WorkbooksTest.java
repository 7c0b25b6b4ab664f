package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** The test helper's edits: the cells hold what was set, and an edit asked for again is the same bytes, in a copy of its own. */
@RunsBeside
class WorkbooksTest {

    @Test
    void shouldSetTheCellsAndGiveTheSameEditAgainInACopyOfItsOwn() throws Exception {
        byte[] first = Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes");
        assertThat(cell(first, "Countries", "M8")).isEqualTo("yes");

        first[0] = 0; // a test that spoils its copy spoils nobody else's
        byte[] again = Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes");
        assertThat(again).isNotSameAs(first);
        assertThat(cell(again, "Countries", "M8")).isEqualTo("yes");
        assertThat(DecisionTableCompiler.checksum(again))
            .isEqualTo(DecisionTableCompiler.checksum(Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes")));

        byte[] other = Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "no");
        assertThat(cell(other, "Countries", "M8")).as("another value is another edit").isEqualTo("no");
        assertThat(cell(Workbooks.edit(other, "Countries!M9", "maybe"), "Countries", "M8")).as("edits build on the bytes given")
            .isEqualTo("no");
    }

    private static String cell(byte[] workbook, String sheet, String reference) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            CellReference at = new CellReference(reference);
            return new DataFormatter().formatCellValue(book.getSheet(sheet).getRow(at.getRow()).getCell(at.getCol()));
        }
    }
}
