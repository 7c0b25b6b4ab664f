package io.meridian.rules;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What an analyst types as a date, a time or a percentage, Excel and LibreOffice keep as a number shown in a format: a
 * date as its day count, {@code 18:00} as {@code 0.75}, {@code 75%} as {@code 0.75}. The rules read text, and Drools
 * would write such a cell into a rule as Java's rendering of a date ({@code Sun Dec 31 18:00:00 UTC 1899}), which no
 * rule compiles. So before a workbook is read for its rules and checks, every such cell of the open workbook becomes the
 * text the workbook's columns are written in: {@code 2027-01-01}, {@code 18:00}, {@code 2027-01-01T09:30}, {@code 0.75}.
 * The same goes for what a cell shows rather than holds: a true or false typed into a cell (LibreOffice keeps it as
 * the formula {@code TRUE()}, Excel as a logical value) reads as {@code true} or {@code false}, as the true/false
 * columns are written, and any other formula as the result the workbook was saved with, so the checks judge the text
 * that Drools, which evaluates formulas, would write into a rule. A formula saved without a result keeps its formula
 * text and is refused on it. The workbook's bytes, which the server keeps and gives back, stay as the analyst saved them.
 */
final class TypedCells {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private TypedCells() {
    }

    /** Turns every date, time, percentage, true/false and formula cell of {@code workbook} into its text, in place. */
    static void asText(Workbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String text = text(cell);
                    if (text != null) {
                        cell.setBlank();
                        cell.setCellValue(text);
                    }
                }
            }
        }
    }

    /** The text a date, time, percentage, true/false or formula cell stands for; null for any other cell. */
    static String text(Cell cell) {
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        if (formula && type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type != CellType.NUMERIC) {
            return null;
        }
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            return dateOrTime(value, isDate1904(cell));
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (formula || format != null && format.contains("%")) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return null;
    }

    /** A day ({@code 2027-01-01}), a time of day ({@code 18:00}, seconds when there are) or both ({@code 2027-01-01T18:00}). */
    static String dateOrTime(double value, boolean date1904) {
        LocalDateTime moment = DateUtil.getLocalDateTime(value, date1904, true);
        boolean timeOnly = value >= 0 && value < 1;
        boolean wholeDay = moment.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        String time = moment.getSecond() == 0 ? moment.format(MINUTES) : moment.format(SECONDS);
        if (timeOnly) {
            return time;
        }
        return wholeDay ? moment.toLocalDate().toString() : moment.toLocalDate() + "T" + time;
    }

    private static boolean isDate1904(Cell cell) {
        return cell.getSheet().getWorkbook() instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf && xssf.isDate1904();
    }
}
