package io.meridian.etiquette;

import static io.meridian.testsupport.WorkbookEdits.HEADER_ROW;
import static io.meridian.testsupport.WorkbookEdits.column;
import static io.meridian.testsupport.WorkbookEdits.comment;
import static io.meridian.testsupport.WorkbookEdits.find;
import static io.meridian.testsupport.WorkbookEdits.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.meridian.testsupport.WorkbookEdits;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Adds the "Short days" column (the days of a client's week with shorter hours) to {@code rules/etiquette.drl.xlsx}'s
 * Countries sheet, fills it for the United Arab Emirates and Nepal with the sources in their "Why (sources)" cell, and adds
 * a scenario for each short day and the {@code shortDays} expectation. Re-runnable: it finds the column, rows and scenarios
 * by header, country code and scenario name and sets the same values again; the other cells, comments and sheets stay.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.meridian.etiquette.ShortDaysColumnEdit rules/etiquette.drl.xlsx</pre>
 */
public final class ShortDaysColumnEdit {

    private static final int KIND_ROW = 2;
    private static final int CODE_ROW = 4;
    static final String COLUMN = "Short days";
    private static final String CODE = "$e.setShortDays(\"$param\");";
    private static final String HELP = "The days of the work week with shorter hours, each with its hours: FRIDAY 09:00-12:00;"
        + " several with commas. The other working days keep Opens and Closes; an observance's shorter hours keep to these too.";

    /** The comment on the Scenarios sheet's shortDays header, as dayHours beside it has one. */
    static final String SCENARIO_HELP = "the client's short days as the Countries sheet's Short days column writes them: FRIDAY 09:00-12:00"
        + " (the United Arab Emirates), several with commas; - when every working day keeps the business hours";

    /** Country: its short days, and the sentence its Why (sources) cell gets. */
    private static final Map<String, String[]> COUNTRIES = new LinkedHashMap<>();

    static {
        COUNTRIES.put("AE", new String[]{"FRIDAY 09:00-12:00", "Short days: Friday is a half day since 1 January 2022, when the"
            + " federal government moved to a four-and-a-half-day week (Monday to Thursday 07:30-15:30, Friday 07:30-12:00) and"
            + " the weekend to Saturday and Sunday (UAE Government portal u.ae, Working hours in the UAE; WAM, 7 December 2021);"
            + " private companies mostly follow it, so Friday closes at 12:00, before the Friday prayer."});
        COUNTRIES.put("NP", new String[]{"FRIDAY 10:00-15:00", "Short days: government offices close at 15:00 on Fridays"
            + " (Civil Service Regulation 2050, निजामती सेवा नियमावली, २०५०, office hours), and businesses follow the offices."});
    }

    /** Scenario name: country, at, the short days, the day's hours, why. */
    private static final Map<String, String[]> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("AE: Friday is a half day, 09:00-12:00", new String[]{"AE", "2027-03-12T06:00:00Z", "FRIDAY 09:00-12:00",
            "09:00-12:00", "United Arab Emirates: Friday 12 March 2027, a half day (u.ae, Working hours in the UAE)."});
        SCENARIOS.put("AE: Thursday keeps the whole day", new String[]{"AE", "2027-03-18T06:00:00Z", "FRIDAY 09:00-12:00",
            "09:00-17:00", "United Arab Emirates: Thursday 18 March 2027, a full working day."});
        SCENARIOS.put("NP: Friday closes at 15:00", new String[]{"NP", "2027-03-12T06:00:00Z", "FRIDAY 10:00-15:00",
            "10:00-15:00", "Nepal: Friday 12 March 2027; government offices close at 15:00 on Fridays."});
    }

    private ShortDaysColumnEdit() {
    }

    public static void main(String[] args) throws IOException {
        WorkbookEdits.rewrite(args, ShortDaysColumnEdit::apply);
    }

    public static byte[] apply(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet countries = book.getSheet("Countries");
            Row header = countries.getRow(HEADER_ROW);
            int col = find(header, COLUMN);
            if (col < 0) {
                col = header.getLastCellNum();
                text(countries.getRow(KIND_ROW), col, "ACTION", countries.getRow(KIND_ROW));
                text(countries.getRow(CODE_ROW), col, CODE, countries.getRow(CODE_ROW));
                comment(countries, text(header, col, COLUMN, header), HELP);
                countries.setColumnWidth(col, countries.getColumnWidth(col - 1));
            }
            int why = column(countries, "Why (sources)");
            for (Map.Entry<String, String[]> e : COUNTRIES.entrySet()) {
                Row row = row(countries, 1, e.getKey());
                text(row, col, e.getValue()[0], row);
                String old = new DataFormatter().formatCellValue(row.getCell(why));
                int at = old.indexOf(" Short days: ");
                text(row, why, (at >= 0 ? old.substring(0, at) : old) + " " + e.getValue()[1], row);
            }
            Sheet scenarios = book.getSheet("Scenarios");
            Row names = scenarios.getRow(HEADER_ROW);
            int expect = find(names, "shortDays");
            if (expect < 0) {
                expect = names.getLastCellNum();
                text(scenarios.getRow(4), expect, "EXPECT", scenarios.getRow(4));
                text(names, expect, "shortDays", names);
            }
            Cell expectHeader = names.getCell(expect);
            if (expectHeader.getCellComment() == null
                || !SCENARIO_HELP.equals(expectHeader.getCellComment().getString().getString())) {
                expectHeader.removeCellComment();
                comment(scenarios, expectHeader, SCENARIO_HELP);
            }
            int scenario = column(scenarios, "Scenario");
            for (Map.Entry<String, String[]> e : SCENARIOS.entrySet()) {
                Row row = rowOrNull(scenarios, scenario, e.getKey());
                Row model = scenarios.getRow(scenarios.getLastRowNum());
                if (row == null) {
                    row = scenarios.createRow(scenarios.getLastRowNum() + 1);
                }
                String[] v = e.getValue();
                text(row, scenario, e.getKey(), model);
                text(row, column(scenarios, "country"), v[0], model);
                text(row, column(scenarios, "at"), v[1], model);
                text(row, column(scenarios, "tier"), "B", model);
                text(row, expect, v[2], model);
                text(row, column(scenarios, "dayHours"), v[3], model);
                text(row, column(scenarios, "workingDay"), "true", model);
                text(row, column(scenarios, "Why (sources)"), v[4], model);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int col, String key) {
        Row row = rowOrNull(sheet, col, key);
        if (row == null) {
            throw new IllegalStateException("no row " + key + " in " + sheet.getSheetName());
        }
        return row;
    }

    private static Row rowOrNull(Sheet sheet, int col, String key) {
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(col) != null && key.equals(new DataFormatter().formatCellValue(row.getCell(col)).trim())) {
                return row;
            }
        }
        return null;
    }
}
