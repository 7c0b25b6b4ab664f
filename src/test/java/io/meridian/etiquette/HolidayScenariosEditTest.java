package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.meridian.rules.Workbooks;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The shipped workbook holds what {@link HolidayScenariosEdit} writes: run again, it changes no cell, so
 * its dates still agree with the calendar the server uses (it stops when Hungary's fixed holidays are not
 * where the Labour Code puts them, and takes Ramadan from the server's Hijri calendar).
 */
@RunsBeside
class HolidayScenariosEditTest {

    @Test
    void runningTheProgramAgainChangesNoCell() throws IOException {
        byte[] shipped = Workbooks.etiquette();
        assertThat(cells(HolidayScenariosEdit.apply(shipped))).isEqualTo(cells(shipped));
    }

    private static List<String> cells(byte[] workbook) throws IOException {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = format.formatCellValue(cell);
                        if (!text.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + text);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
