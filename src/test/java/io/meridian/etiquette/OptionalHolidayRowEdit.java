package io.meridian.etiquette;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.meridian.rules.AllowedValueLists;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.WorkbookEdits;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Adds to {@code rules/etiquette.drl.xlsx} the Observances row for the kind {@code OPTIONAL_HOLIDAY} (a holiday of public
 * offices and banks that most businesses work: SLOW) and two scenarios on it (the US Columbus Day, Argentina's Maundy
 * Thursday). Re-runnable: rows are found by their Observance kind or Scenario name and set again, so it can be re-applied
 * after another branch changed the workbook. Other rows, styles and sheets stay as they are.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.meridian.etiquette.OptionalHolidayRowEdit rules/etiquette.drl.xlsx</pre>
 */
public final class OptionalHolidayRowEdit {

    static final String KIND = "OPTIONAL_HOLIDAY";
    static final String US_SCENARIO = "US 2027: Columbus Day, most businesses work (slow)";
    static final String AR_SCENARIO = "AR 2027: Maundy Thursday, a día no laborable (slow)";
    private static final int HEADER_ROW = 5;

    private OptionalHolidayRowEdit() {
    }

    public static void main(String[] args) throws IOException {
        WorkbookEdits.rewrite(args, OptionalHolidayRowEdit::apply);
    }

    public static byte[] apply(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Map<String, String> observance = new LinkedHashMap<>();
            observance.put("Observance", KIND);
            observance.put("Effect", "SLOW");
            observance.put("Advice", "Holiday for public offices and banks, but most businesses work: expect slow answers,"
                + " and no bank transfers or government offices that day.");
            observance.put("Why (sources)", "Holidays the law gives to public offices and banks but leaves to each employer"
                + " (holiday library corrections). United States: 5 U.S.C. 6103(a), Columbus Day, the second Monday in October,"
                + " closes federal offices and, as a Federal Reserve holiday, most banks; few private employers give it."
                + " Argentina: Ley 27.399 art. 4, Maundy Thursday (Jueves Santo) is a día no laborable, on which the employer"
                + " decides whether to work; public offices and banks close.");
            Sheet observances = book.getSheet("Observances");
            put(observances, "Observance", KIND, observance);
            offerKind(observances);

            Sheet scenarios = book.getSheet("Scenarios");
            put(scenarios, "Scenario", US_SCENARIO, scenario(US_SCENARIO, "US", "2027-10-11",
                "United States: 5 U.S.C. 6103(a), Columbus Day, the second Monday in October, Monday 11 October 2027: federal"
                    + " offices and banks close, most businesses work."));
            put(scenarios, "Scenario", AR_SCENARIO, scenario(AR_SCENARIO, "AR", "2027-03-25",
                "Argentina: Ley 27.399 art. 4, Maundy Thursday (Jueves Santo) is a día no laborable: Thursday 25 March 2027,"
                    + " three days before Easter Sunday (Time4J's computus)."));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            // the Observance column's drop-down list is the one its header comment names
            return AllowedValueLists.apply(out.toByteArray());
        }
    }

    /** Names the kind in the Observance header's comment, whose values make the column's drop-down list. */
    private static void offerKind(Sheet observances) {
        Map<String, Integer> columns = EtiquetteFixture.columnsByName(observances.getRow(HEADER_ROW));
        Comment comment = observances.getRow(HEADER_ROW).getCell(column(observances, columns, "Observance")).getCellComment();
        String text = comment.getString().getString();
        if (!text.contains(KIND)) {
            comment.setString(new XSSFRichTextString(text + ", " + KIND
                + " (public offices and banks close, most businesses work: the US Columbus Day, Argentina's días no laborables)"));
        }
    }

    private static Map<String, String> scenario(String name, String country, String at, String why) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("Scenario", name);
        cells.put("country", country);
        cells.put("at", at);
        cells.put("tier", "B");
        cells.put("observanceKinds", KIND);
        cells.put("observanceEffects", "SLOW");
        cells.put("workingDay", "true");
        cells.put("Why (sources)", why);
        return cells;
    }

    /** Sets the cells of the row whose {@code keyHeader} cell is {@code key}, or of a new row after the last, styled as the one above. */
    private static void put(Sheet sheet, String keyHeader, String key, Map<String, String> byHeader) {
        Map<String, Integer> columns = EtiquetteFixture.columnsByName(sheet.getRow(HEADER_ROW));
        int keyColumn = column(sheet, columns, keyHeader);
        Row row = null;
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum() && row == null; r++) {
            Row candidate = sheet.getRow(r);
            if (candidate != null && key.equals(EtiquetteFixture.cellText(candidate, keyColumn))
                && (!keyHeader.equals("Observance") || onlyKind(candidate, columns))) {
                row = candidate;
            }
        }
        Row above = sheet.getRow(sheet.getLastRowNum());
        if (row == null) {
            row = sheet.createRow(sheet.getLastRowNum() + 1);
        }
        for (Map.Entry<String, String> e : byHeader.entrySet()) {
            int col = column(sheet, columns, e.getKey());
            Cell model = above.getCell(col);
            Workbooks.setText(row, col, e.getValue(), model == null ? null : model.getCellStyle());
        }
    }

    /** An Observances row for every client: no region or country. */
    private static boolean onlyKind(Row row, Map<String, Integer> columns) {
        return EtiquetteFixture.cellText(row, columns.get("Client region")).isEmpty()
            && EtiquetteFixture.cellText(row, columns.get("Client countries")).isEmpty();
    }

    private static int column(Sheet sheet, Map<String, Integer> columns, String header) {
        Integer col = columns.get(header);
        if (col == null) {
            throw new IllegalStateException("no column " + header + " on " + sheet.getSheetName());
        }
        return col;
    }
}
