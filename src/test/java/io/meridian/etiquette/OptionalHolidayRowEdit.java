package io.meridian.etiquette;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservanceKind;
import io.meridian.calendar.ObservancePeriod;
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
 * offices and banks that most businesses work: SLOW) and scenarios on it (the US federal holidays most private employers do
 * not give, Argentina's Maundy Thursday); the US scenarios that expected Veterans Day and Juneteenth closed expect them slow,
 * and the years they covered keep a closed US holiday (Thanksgiving Day 2028, Memorial Day 2029). Dates come from the
 * server's calendar ({@link ObservanceCalendar}). Re-runnable: rows are found by their Observance kind or Scenario name
 * (or the name they had before) and set again, so it can be re-applied after another branch changed the workbook. Other
 * rows, styles and sheets stay as they are.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.meridian.etiquette.OptionalHolidayRowEdit rules/etiquette.drl.xlsx</pre>
 */
public final class OptionalHolidayRowEdit {

    static final String KIND = "OPTIONAL_HOLIDAY";
    static final String US_SCENARIO = "US 2027: Columbus Day, most businesses work (slow)";
    static final String AR_SCENARIO = "AR 2027: Maundy Thursday, a día no laborable (slow)";
    /**
     * Which US federal holidays private employers give: Bloomberg BNA, Holiday Practices Survey 2016 (share of employers),
     * the BLS National Compensation Survey's holiday profiles (share of private industry workers with paid holidays),
     * Mercer on Juneteenth (2023, share of private employers).
     */
    static final String US_SURVEYS = "Private employers give six of them (New Year's Day, Memorial Day, Independence Day,"
        + " Labor Day, Thanksgiving Day, Christmas Day: 94 to 98 percent of employers, Bloomberg BNA Holiday Practices Survey"
        + " 2016; Thanksgiving Day 97 percent of private industry workers with paid holidays, BLS National Compensation Survey"
        + " holiday profile, March 2018), few the others: Martin Luther King, Jr. Day 37 percent (BNA; 24 percent of private"
        + " industry workers, BLS NCS holiday profile, March 2017), Washington's Birthday 35 percent, Veterans Day 22 percent,"
        + " Columbus Day 16 percent (BNA), Juneteenth 39 percent (Mercer, 2023).";
    private static final ObservanceCalendar CALENDAR = new ObservanceCalendar();
    private static final int HEADER_ROW = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

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
                + " (holiday library corrections). United States: 5 U.S.C. 6103(a), federal holidays, which close federal offices"
                + " and, as Federal Reserve holidays, most banks; " + US_SURVEYS + " So Martin Luther King, Jr. Day, Washington's"
                + " Birthday, Juneteenth, Columbus Day and Veterans Day are optional holidays, the other six public holidays."
                + " Argentina: Ley 27.399 art. 4, Maundy Thursday (Jueves Santo) is a día no laborable, on which the employer"
                + " decides whether to work; public offices and banks close.");
            Sheet observances = book.getSheet("Observances");
            put(observances, "Observance", KIND, null, observance);
            offerKind(observances);

            Sheet scenarios = book.getSheet("Scenarios");
            usOptional(scenarios, null, 2027, "Martin Luther King, Jr. Day", "the third Monday in January");
            usOptional(scenarios, null, 2027, "Washington's Birthday (Presidents Day)", "the third Monday in February");
            usOptional(scenarios, "US 2028: public holiday (Juneteenth National Independence Day)", 2028,
                "Juneteenth National Independence Day", "19 June");
            put(scenarios, "Scenario", US_SCENARIO, null, scenario(US_SCENARIO, "US", "2027-10-11",
                "United States: 5 U.S.C. 6103(a), Columbus Day, the second Monday in October, Monday 11 October 2027: federal"
                    + " offices and banks close, most businesses work. " + US_SURVEYS));
            usOptional(scenarios, "US 2027: public holiday (Veterans Day)", 2027, "Veterans Day", "11 November");
            usClosed(scenarios, "US 2028: public holiday (Thanksgiving Day)", null, 2028, "Thanksgiving Day",
                "the fourth Thursday in November");
            usClosed(scenarios, "US 2029: public holiday (Memorial Day)", "US 2029: public holiday (Juneteenth National Independence Day)",
                2029, "Memorial Day", "the last Monday in May");
            put(scenarios, "Scenario", AR_SCENARIO, null, scenario(AR_SCENARIO, "AR", "2027-03-25",
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
        String offered = KIND + " (public offices and banks close, most businesses work: US federal holidays such as Martin"
            + " Luther King, Jr. Day and Columbus Day, Argentina's días no laborables)";
        String before = KIND + " (public offices and banks close, most businesses work: the US Columbus Day, Argentina's días"
            + " no laborables)";
        if (text.contains(before)) {
            comment.setString(new XSSFRichTextString(text.replace(before, offered)));
        } else if (!text.contains(KIND)) {
            comment.setString(new XSSFRichTextString(text + ", " + offered));
        }
    }

    /** A scenario on a US federal holiday most businesses work, on its day in {@code year} by the server's calendar. */
    private static void usOptional(Sheet scenarios, String formerName, int year, String holiday, String rule) {
        String name = "US " + year + ": " + holiday.replaceFirst(" \\(.*\\)$", "") + ", most businesses work (slow)";
        LocalDate day = usDay(year, holiday, ObservanceKind.OPTIONAL_HOLIDAY);
        put(scenarios, "Scenario", name, formerName, scenario(name, "US", day.toString(), "United States: 5 U.S.C. 6103(a), "
            + holiday + ", " + rule + ", " + day.format(DAY) + ": federal offices and banks close, most businesses work. "
            + US_SURVEYS));
    }

    /** A scenario on a US federal holiday nearly every employer gives: closed. */
    private static void usClosed(Sheet scenarios, String name, String formerName, int year, String holiday, String rule) {
        LocalDate day = usDay(year, holiday, ObservanceKind.PUBLIC_HOLIDAY);
        Map<String, String> cells = scenario(name, "US", day.toString(), "United States: 5 U.S.C. 6103(a), federal holidays, "
            + holiday + ", " + rule + ", " + day.format(DAY) + ". " + US_SURVEYS);
        cells.put("observanceKinds", "PUBLIC_HOLIDAY");
        cells.put("observanceEffects", "");
        cells.put("workingDay", "false");
        put(scenarios, "Scenario", name, formerName, cells);
    }

    private static LocalDate usDay(int year, String holiday, ObservanceKind kind) {
        return CALENDAR.publicHolidays("US", year).stream().filter(p -> p.name().equals(holiday) && p.kind() == kind)
            .map(ObservancePeriod::from).findFirst()
            .orElseThrow(() -> new IllegalStateException("the calendar has no " + kind + " " + holiday + " in " + year));
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
    private static void put(Sheet sheet, String keyHeader, String key, String formerKey, Map<String, String> byHeader) {
        Map<String, Integer> columns = EtiquetteFixture.columnsByName(sheet.getRow(HEADER_ROW));
        Row row = find(sheet, columns, keyHeader, key);
        if (row == null && formerKey != null) {
            row = find(sheet, columns, keyHeader, formerKey);
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

    private static Row find(Sheet sheet, Map<String, Integer> columns, String keyHeader, String key) {
        int keyColumn = column(sheet, columns, keyHeader);
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row candidate = sheet.getRow(r);
            if (candidate != null && key.equals(EtiquetteFixture.cellText(candidate, keyColumn))
                && (!keyHeader.equals("Observance") || onlyKind(candidate, columns))) {
                return candidate;
            }
        }
        return null;
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
