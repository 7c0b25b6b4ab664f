package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/**
 * The test helpers' edits: the cells hold what was set, and an edit asked for again is the same bytes, in a copy of its own;
 * a replaced cell keeps its style.
 */
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

    @Test
    void shouldReplaceACellKeepingItsStyleAndStyleANewOneAsAsked() throws Exception {
        try (Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Row row = book.createSheet("S").createRow(0);
            org.apache.poi.ss.usermodel.CellStyle bold = book.createCellStyle();
            row.createCell(0).setCellValue(42);
            row.getCell(0).setCellStyle(bold);
            org.apache.poi.ss.usermodel.CellStyle wrapped = book.createCellStyle();

            Workbooks.setText(row, 0, "replaced", wrapped);
            Workbooks.setText(row, 1, "new", wrapped);
            Workbooks.setText(row, 2, "plain", null);

            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("replaced");
            assertThat(row.getCell(0).getCellStyle().getIndex()).as("the old cell's style").isEqualTo(bold.getIndex());
            assertThat(row.getCell(1).getCellStyle().getIndex()).as("the style asked for").isEqualTo(wrapped.getIndex());
            assertThat(row.getCell(2).getCellStyle().getIndex()).as("the workbook's default").isZero();
        }
    }

    private static String cell(byte[] workbook, String sheet, String reference) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            CellReference at = new CellReference(reference);
            return new DataFormatter().formatCellValue(book.getSheet(sheet).getRow(at.getRow()).getCell(at.getCol()));
        }
    }
}
