package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shipped workbooks, and copies with cells changed as an analyst would change them. An edit is
 * made once per test JVM: the same cells set on the same bytes give the bytes of the first edit
 * (a copy), as POI's open and write of the etiquette workbook cost about half a second of CPU and
 * many tests ask for the same few edits.
 */
public final class Workbooks {

    private static final Map<Edit, byte[]> EDITS = new ConcurrentHashMap<>();

    /** The bytes edited (by checksum) and the cells set. */
    private record Edit(String checksum, List<String> cellsAndValues) {
    }

    private Workbooks() {
    }

    public static byte[] etiquette() {
        try (InputStream in = Workbooks.class.getResourceAsStream("/rules/etiquette.drl.xlsx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same cells with a new document description: bytes no one has built yet. */
    public static byte[] variant(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            book.getProperties().getCoreProperties().setDescription("variant " + UUID.randomUUID());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            byte[] variant = out.toByteArray();
            assertThat(DecisionTableCompiler.checksum(variant)).as("a variant's bytes differ from the workbook's")
                .isNotEqualTo(DecisionTableCompiler.checksum(workbook));
            return variant;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with cells set; pairs of sheet!cell and text, e.g. "Countries!M8", "yes". */
    public static byte[] edit(byte[] workbook, String... cellsAndValues) {
        Edit edit = new Edit(DecisionTableCompiler.checksum(workbook), List.of(cellsAndValues));
        return EDITS.computeIfAbsent(edit, e -> write(workbook, cellsAndValues)).clone();
    }

    private static byte[] write(byte[] workbook, String... cellsAndValues) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (int i = 0; i < cellsAndValues.length; i += 2) {
                String[] where = cellsAndValues[i].split("!");
                Sheet sheet = book.getSheet(where[0]);
                CellReference ref = new CellReference(where[1]);
                Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
                setText(row, ref.getCol(), cellsAndValues[i + 1], null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets a text cell and keeps its style; a new cell takes {@code styleWhenNew} (null: none). POI
     * keeps an inline string (as openpyxl writes them) over a new value, so the cell is replaced.
     */
    public static Cell setText(Row row, int col, String value, CellStyle styleWhenNew) {
        Cell old = row.getCell(col);
        CellStyle style = old == null ? styleWhenNew : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(col);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
        return cell;
    }

    /**
     * A copy without the drop-down lists (data validation) of its sheets, as a workbook whose cells were pasted over
     * from elsewhere may be: the server's own checks must hold without them.
     */
    public static byte[] withoutLists(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                org.apache.poi.xssf.usermodel.XSSFSheet x = (org.apache.poi.xssf.usermodel.XSSFSheet) sheet;
                if (x.getCTWorksheet().isSetDataValidations()) {
                    x.getCTWorksheet().unsetDataValidations();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Japan made direct, with its scenario saying so: a valid new version that answers differently. */
    public static byte[] etiquetteWithDirectJapan() {
        return edit(etiquette(), "Countries!C50", "DIRECT", "Scenarios!H50", "DIRECT", "Scenarios!H64", "DIRECT");
    }
}
