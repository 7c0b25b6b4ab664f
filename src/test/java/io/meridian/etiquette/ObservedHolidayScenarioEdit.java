package io.meridian.etiquette;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservanceKind;
import io.meridian.calendar.ObservancePeriod;
import io.meridian.testsupport.WorkbookEdits;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Sets, in {@code rules/etiquette.drl.xlsx}, the expected observance of the scenario on the US day off in lieu of New Year's
 * Day 2028 (a Saturday) to the name the server's calendar ({@link ObservanceCalendar}) gives that Friday, 31 December 2027:
 * "New Year's Day (observed)", as the day in lieu of the holiday (5 U.S.C. 6103(b), Executive Order 11582 s. 3) is named
 * now. Re-runnable: the row is found by its Scenario name and set again. Other rows, styles and sheets stay as they are.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.meridian.etiquette.ObservedHolidayScenarioEdit rules/etiquette.drl.xlsx</pre>
 */
public final class ObservedHolidayScenarioEdit {

    static final String SCENARIO = "US 2027: New Year's Day 2028 observed (31 December)";
    private static final ObservanceCalendar CALENDAR = new ObservanceCalendar();

    private ObservedHolidayScenarioEdit() {
    }

    public static void main(String[] args) throws IOException {
        WorkbookEdits.rewrite(args, ObservedHolidayScenarioEdit::apply);
    }

    public static byte[] apply(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet scenarios = book.getSheet("Scenarios");
            int name = WorkbookEdits.column(scenarios, "Scenario");
            int country = WorkbookEdits.column(scenarios, "country");
            int at = WorkbookEdits.column(scenarios, "at");
            int observances = WorkbookEdits.column(scenarios, "observances");
            for (int r = WorkbookEdits.HEADER_ROW + 1; r <= scenarios.getLastRowNum(); r++) {
                Row row = scenarios.getRow(r);
                if (row != null && SCENARIO.equals(EtiquetteFixture.cellText(row, name))) {
                    String holiday = holidayOn(EtiquetteFixture.cellText(row, country), LocalDate.parse(EtiquetteFixture.cellText(row, at)));
                    WorkbookEdits.text(row, observances, holiday, null);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The public holiday the calendar closes {@code country} on that day (its observed day, named as the calendar names it). */
    static String holidayOn(String country, LocalDate day) {
        return CALENDAR.covering(country, day).stream().filter(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY)
            .map(ObservancePeriod::name).filter(n -> n.startsWith("New Year's Day")).findFirst()
            .orElseThrow(() -> new IllegalStateException("the calendar has no New Year's Day in " + country + " on " + day));
    }
}
