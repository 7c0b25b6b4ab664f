package io.meridian.etiquette;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservanceKind;
import io.meridian.calendar.ObservancePeriod;
import io.meridian.rules.Workbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Writes the holiday and Ramadan scenarios of issue 10's audit into {@code rules/etiquette.drl.xlsx}:
 * Hungary's public holiday scenarios 2026-2030, Ramadan scenarios for Sierra Leone and Burkina Faso,
 * and the "Why (sources)" of scenario rows that had none. Every date comes from the calendar the
 * server uses ({@link ObservanceCalendar}); for Hungary the program stops unless the calendar gives the
 * day the Labour Code fixes. Re-runnable: rows are found by their Scenario name and set again; a new
 * row is appended with the cell styles of a row of the same kind. Other sheets, comments and
 * data-validation lists stay as they are.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.meridian.etiquette.HolidayScenariosEdit rules/etiquette.drl.xlsx</pre>
 */
public final class HolidayScenariosEdit {

    private static final int HEADER_ROW = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int RAMADAN_YEAR = 2027;

    /** Hungary, Labour Code (Act I of 2012) § 102 (1): fixed-date holidays, one a year on a weekday. */
    private record Fixed(int year, MonthDay day, String calendarName, String label) {
    }

    private static final List<Fixed> HUNGARY = List.of(
        new Fixed(2026, MonthDay.of(8, 20), "St.Stephen's Day", "St Stephen's Day (State Foundation Day)"),
        new Fixed(2027, MonthDay.of(3, 15), "National Day", "National Day (1848 Revolution)"),
        new Fixed(2028, MonthDay.of(10, 23), "National Day", "National Day (1956 Revolution)"),
        new Fixed(2029, MonthDay.of(11, 1), "All Saints", "All Saints' Day"),
        new Fixed(2030, MonthDay.of(1, 1), "New Year's Day", "New Year's Day"));
    private static final String HUNGARY_SOURCE = "Hungary: Labour Code (Act I of 2012, Munka Törvénykönyve) § 102 (1), public holidays"
        + " (munkaszüneti napok: 1 January, 15 March, Good Friday, Easter Monday, 1 May, Whit Monday, 20 August, 23 October,"
        + " 1 November, 25 and 26 December), ";
    private static final String HUNGARY_MODEL = "FI 2026: public holiday";

    static final String PEW = "Pew Research Center, The Future of the Global Muslim Population (2011), the 49 Muslim-majority"
        + " countries and territories";
    private static final String RAMADAN_MODEL = "KM in Ramadan: do not push (Comoros)";

    /** New Ramadan scenarios: country, name. */
    private static final Map<String, String> RAMADAN_ROWS = new LinkedHashMap<>();

    static {
        RAMADAN_ROWS.put("SL", "SL in Ramadan: do not push (Sierra Leone)");
        RAMADAN_ROWS.put("BF", "BF in Ramadan: do not push (Burkina Faso)");
    }

    /** The sources of the Ramadan scenarios, by Scenario name; each also gets the Hijri dates of Ramadan. */
    private static final Map<String, String> RAMADAN_WHY = new LinkedHashMap<>();

    static {
        RAMADAN_WHY.put("SA in Ramadan: do not push", "Saudi Arabia is Muslim-majority (" + PEW + "); seed 001: do not press"
            + " Middle-East clients for orders during Ramadan.");
        RAMADAN_WHY.put("MA in Ramadan: do not push (North Africa)", "Morocco is Muslim-majority (" + PEW + ").");
        RAMADAN_WHY.put("ID in Ramadan: do not push (listed country)", "Indonesia is Muslim-majority (" + PEW + ").");
        RAMADAN_WHY.put(RAMADAN_MODEL, "Comoros is Muslim-majority (" + PEW + ").");
        RAMADAN_WHY.put("TD in Ramadan: do not push (Chad)", "Chad is Muslim-majority (" + PEW + ").");
        RAMADAN_WHY.put("AL in Ramadan: do not push (Albania)", "Albania is Muslim-majority (" + PEW + ").");
        RAMADAN_WHY.put("IL in Ramadan: not observed", "Israel is not among the Muslim-majority countries (" + PEW
            + "); its Observances row sets Ramadan to NONE.");
        RAMADAN_WHY.put(RAMADAN_ROWS.get("SL"), "Sierra Leone is Muslim-majority (" + PEW + ").");
        RAMADAN_WHY.put(RAMADAN_ROWS.get("BF"), "Burkina Faso is Muslim-majority (" + PEW + ").");
    }

    /** Why (sources) of existing scenario rows that had none, by Scenario name. */
    private static final Map<String, String> WHY = new LinkedHashMap<>();

    static {
        WHY.put("FR on Bastille Day: public holiday", "France: Code du travail art. L3133-1, the fêtes légales that are public holidays"
            + " (7° le 14 juillet), Bastille Day (Fete nationale) 14 July 2027.");
        WHY.put("JP at Chinese New Year: not observed", "Japan: the national holidays of the Act on National Holidays"
            + " (国民の祝日に関する法律) art. 2 have no lunar new year; New Year's Day is 1 January.");
        WHY.put("KR at Chinese New Year: its own holidays, not the mainland week", "Korea: Regulations on Holidays of Government"
            + " Offices (관공서의 공휴일에 관한 규정) art. 2, Seollal is the eve, the day and the day after (three public holidays),"
            + " not the mainland's Spring Festival week.");
        WHY.put("HK at Chinese New Year: its own holidays, not the mainland week", "Hong Kong: General Holidays Ordinance (Cap. 149),"
            + " schedule, Lunar New Year's Day and the second and third days of Lunar New Year are the general holidays,"
            + " not the mainland's Spring Festival week.");
    }

    private HolidayScenariosEdit() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "rules/etiquette.drl.xlsx");
        Files.write(file, apply(Files.readAllBytes(file)));
    }

    public static byte[] apply(byte[] workbook) {
        ObservanceCalendar calendar = new ObservanceCalendar();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet scenarios = book.getSheet("Scenarios");
            Columns cols = new Columns(scenarios);

            Row hungaryModel = rowStartingWith(scenarios, cols.scenario, HUNGARY_MODEL);
            for (Fixed holiday : HUNGARY) {
                LocalDate day = hungarianHoliday(calendar, holiday);
                Row row = scenarioRow(scenarios, cols.scenario, "HU " + holiday.year() + ": public holiday (" + holiday.label() + ")",
                    hungaryModel);
                text(row, cols.country, "HU");
                text(row, cols.at, day.toString());
                text(row, cols.tier, "B");
                text(row, cols.observanceKinds, "PUBLIC_HOLIDAY");
                text(row, cols.workingDay, "false");
                text(row, cols.why, HUNGARY_SOURCE + holiday.label() + " " + DAY.format(day) + ".");
            }

            ObservancePeriod ramadan = ramadan(calendar);
            Row ramadanModel = rowStartingWith(scenarios, cols.scenario, RAMADAN_MODEL);
            RAMADAN_ROWS.forEach((country, name) -> {
                Row row = scenarioRow(scenarios, cols.scenario, name, ramadanModel);
                text(row, cols.country, country);
                // a week into Ramadan: a day or two of moon sighting either way does not move it out
                text(row, cols.at, ramadan.from().plusDays(7).toString());
                text(row, cols.tier, "B");
                text(row, cols.observanceKinds, "RAMADAN");
                text(row, cols.observanceEffects, "NO_PUSH");
            });
            String ramadanDates = " Ramadan " + hijriYear(ramadan.from()) + " in the Umm al-Qura calendar (java.time HijrahChronology,"
                + " as the server computes it): " + DAY.format(ramadan.from()) + " to " + DAY.format(ramadan.to()) + ".";
            RAMADAN_WHY.forEach((name, why) -> text(requireRow(scenarios, cols.scenario, name), cols.why, why + ramadanDates));
            WHY.forEach((name, why) -> text(requireRow(scenarios, cols.scenario, name), cols.why, why));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day of the holiday as the calendar gives it; stops when it is not the day the law fixes. */
    private static LocalDate hungarianHoliday(ObservanceCalendar calendar, Fixed holiday) {
        LocalDate law = holiday.day().atYear(holiday.year());
        return calendar.publicHolidays("HU", holiday.year()).stream()
            .filter(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY && p.name().equals(holiday.calendarName()) && p.covers(law))
            .map(p -> law)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the calendar has no " + holiday.calendarName() + " on " + law + " for HU"));
    }

    /** Ramadan of {@link #RAMADAN_YEAR}, as the server's calendar computes it. */
    static ObservancePeriod ramadan(ObservanceCalendar calendar) {
        return calendar.overlapping("SA", LocalDate.of(RAMADAN_YEAR, 1, 1), LocalDate.of(RAMADAN_YEAR, 12, 31)).stream()
            .filter(p -> p.kind() == ObservanceKind.RAMADAN && p.from().getYear() == RAMADAN_YEAR)
            .findFirst().orElseThrow();
    }

    private static int hijriYear(LocalDate day) {
        return HijrahDate.from(day).get(ChronoField.YEAR);
    }

    /** The row of a scenario by its name, appended (styled as {@code model}) when there is none. */
    private static Row scenarioRow(Sheet sheet, int nameCol, String name, Row model) {
        Row found = rowNamed(sheet, nameCol, name);
        if (found != null) {
            return found;
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.setHeight(model.getHeight());
        for (Cell cell : model) {
            row.createCell(cell.getColumnIndex()).setCellStyle(cell.getCellStyle());
        }
        text(row, nameCol, name);
        return row;
    }

    private static Row rowNamed(Sheet sheet, int nameCol, String name) {
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && name.equals(textOf(row, nameCol))) {
                return row;
            }
        }
        return null;
    }

    private static Row requireRow(Sheet sheet, int nameCol, String name) {
        Row row = rowNamed(sheet, nameCol, name);
        if (row == null) {
            throw new IllegalStateException("no scenario '" + name + "' in " + sheet.getSheetName());
        }
        return row;
    }

    private static Row rowStartingWith(Sheet sheet, int nameCol, String prefix) {
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && textOf(row, nameCol).startsWith(prefix)) {
                return row;
            }
        }
        throw new IllegalStateException("no scenario '" + prefix + "' in " + sheet.getSheetName());
    }

    private static String textOf(Row row, int col) {
        return EtiquetteFixture.cellText(row, col);
    }

    /** Sets a text cell, keeping its style; a new cell takes the style of the cell above. */
    private static void text(Row row, int col, String value) {
        Row above = row.getRowNum() > 0 ? row.getSheet().getRow(row.getRowNum() - 1) : null;
        Cell model = above == null ? null : above.getCell(col);
        Workbooks.setText(row, col, value, model == null ? null : model.getCellStyle());
    }

    /** The Scenarios sheet's columns, by their names in the header row. */
    private static final class Columns {
        final int scenario;
        final int country;
        final int at;
        final int tier;
        final int observanceKinds;
        final int observanceEffects;
        final int workingDay;
        final int why;

        Columns(Sheet sheet) {
            Map<String, Integer> byName = EtiquetteFixture.columnsByName(sheet.getRow(HEADER_ROW));
            scenario = column(byName, "Scenario");
            country = column(byName, "country");
            at = column(byName, "at");
            tier = column(byName, "tier");
            observanceKinds = column(byName, "observanceKinds");
            observanceEffects = column(byName, "observanceEffects");
            workingDay = column(byName, "workingDay");
            why = column(byName, "Why (sources)");
        }

        private static int column(Map<String, Integer> byName, String name) {
            Integer col = byName.get(name);
            if (col == null) {
                throw new IllegalStateException("the Scenarios sheet has no column '" + name + "'");
            }
            return col;
        }
    }
}
