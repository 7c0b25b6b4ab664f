package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * What the re-runnable workbook edits in the test sources share (the programs that write a column, a row or a scenario
 * into a shipped workbook, so that a merge can write it again): reading and writing the file, finding a column by its
 * header, setting a text cell in the sheet's style, and a cell's note.
 */
public final class WorkbookEdits {

    /** The header row of every sheet of the shipped workbooks (row 6 as a spreadsheet shows it). */
    public static final int HEADER_ROW = 5;

    /** An edit of a whole workbook. */
    @FunctionalInterface
    public interface Edit {
        byte[] apply(byte[] workbook) throws IOException;
    }

    private WorkbookEdits() {
    }

    /** Applies {@code edit} to the workbook its program's first argument names, or to {@code rules/etiquette.drl.xlsx}. */
    public static void rewrite(String[] args, Edit edit) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "rules/etiquette.drl.xlsx");
        byte[] edited = edit.apply(Files.readAllBytes(file));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(edited);
        }
    }

    /** The column of {@code header} in the sheet's header row; fails naming the sheet when there is none. */
    public static int column(Sheet sheet, String header) {
        int col = find(sheet.getRow(HEADER_ROW), header);
        assertThat(col).as("the column %s in %s", header, sheet.getSheetName()).isNotNegative();
        return col;
    }

    /** The column whose header cell reads {@code name}, or -1. */
    public static int find(Row header, String name) {
        for (Cell cell : header) {
            if (name.equals(new DataFormatter().formatCellValue(cell).trim())) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    /** Sets a text cell, keeping its style and note, or taking the style of the cell to its left in {@code styleRow}. */
    public static Cell text(Row row, int col, String value, Row styleRow) {
        Cell old = row.getCell(col);
        CellStyle style = old != null ? old.getCellStyle() : null;
        if (style == null && styleRow != null) {
            Cell left = styleRow.getCell(Math.max(0, col - 1));
            style = left == null ? null : left.getCellStyle();
        }
        Comment comment = old == null ? null : old.getCellComment();
        if (old != null) {
            // POI keeps an inline string over a new value: replace the cell
            old.removeCellComment();
            row.removeCell(old);
        }
        Cell cell = row.createCell(col);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
        if (comment != null) {
            comment(row.getSheet(), cell, comment.getString().getString());
        }
        return cell;
    }

    /** Gives {@code cell} a note of {@code text}. */
    public static void comment(Sheet sheet, Cell cell, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        cell.setCellComment(comment);
    }
}
