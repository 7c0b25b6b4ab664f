package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservanceKind;
import io.meridian.calendar.ObservancePeriod;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleBookFixture;
import io.meridian.rules.ScenarioResult;
import io.meridian.rules.WorkbookValidator;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * Where the holiday library's data is wrong, the workbook corrects it: a NOT_A_HOLIDAY row of the
 * "Announced days" sheet makes a library holiday a normal day, for the client's etiquette (its
 * observances and working days), for the team's calendar and in the Scenarios sheet. The corrections
 * are made on a test copy of the shipped workbook, never on the shipped file: the library is right
 * about these days.
 */
@RunsBeside
class NotAHolidayTest {

    private static final ObservanceCalendar CALENDAR = new ObservanceCalendar();
    /** Good Friday 2027 in Germany and Eid al-Fitr 2027 in Saudi Arabia (four days), as the library gives them. */
    private static final LocalDate GOOD_FRIDAY = holiday("DE", "Good Friday").from();
    private static final LocalDate EASTER_MONDAY = holiday("DE", "Easter Monday").from();
    private static final ObservancePeriod EID = holiday("SA", "Eid al-Fitr");
    private static final LocalDate EID_SECOND_DAY = EID.from().plusDays(1);

    private static final String DE_CORRECTED = "DE 2027: Good Friday corrected to a working day (NOT_A_HOLIDAY)";
    private static final String SA_CORRECTED = "SA 2027: second day of Eid al-Fitr corrected to a working day (NOT_A_HOLIDAY)";
    private static final String SA_KEPT = "SA 2027: first day of Eid al-Fitr is still a holiday";

    /** The shipped workbook with two NOT_A_HOLIDAY rows and three scenarios about them. */
    private static final byte[] CORRECTED = corrected(Workbooks.etiquette());
    private static final RuleBook CORRECTED_BOOK = RuleBookFixture.with(EtiquetteService.TABLE, CORRECTED);

    private final EtiquetteService shipped = EtiquetteFixture.etiquetteService();
    private final EtiquetteService corrected = new EtiquetteService(CORRECTED_BOOK, CALENDAR);

    @Test
    void aCorrectedLibraryHolidayIsANormalDayForTheClient() {
        Etiquette de = corrected.decide("DE", localNoon(GOOD_FRIDAY, "Europe/Berlin"), Tier.B);
        assertThat(de.observances()).noneMatch(o -> o.kind().equals(ObservanceKind.PUBLIC_HOLIDAY.name()));
        assertThat(de.hasObservance(Effect.CLOSED)).isFalse();
        assertThat(de.calendar(null).isWorkingDay(GOOD_FRIDAY)).isTrue();
        // only the corrected day: Easter Monday stays a holiday
        assertThat(de.calendar(null).isWorkingDay(EASTER_MONDAY)).isFalse();
        assertThat(de.upcoming()).anySatisfy(o -> assertThat(o.name()).isEqualTo("Easter Monday"))
            .noneSatisfy(o -> assertThat(o.name()).isEqualTo("Good Friday"));

        // the shipped workbook keeps the library's holiday
        Etiquette shippedDe = shipped.decide("DE", localNoon(GOOD_FRIDAY, "Europe/Berlin"), Tier.B);
        assertThat(shippedDe.observances()).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo(ObservanceKind.PUBLIC_HOLIDAY.name());
            assertThat(o.name()).isEqualTo("Good Friday");
        });
        assertThat(shippedDe.calendar(null).isWorkingDay(GOOD_FRIDAY)).isFalse();
    }

    @Test
    void aCorrectedDayInsideAMultiDayHolidaySplitsIt() {
        Etiquette sa = corrected.decide("SA", localNoon(EID.from(), "Asia/Riyadh"), Tier.B);
        List<Observance> eid = sa.upcoming().stream().filter(o -> o.name().equals("Eid al-Fitr")).toList();
        assertThat(eid).extracting(Observance::from, Observance::to).containsExactly(
            org.assertj.core.groups.Tuple.tuple(EID.from(), EID.from()),
            org.assertj.core.groups.Tuple.tuple(EID_SECOND_DAY.plusDays(1), EID.to()));
        assertThat(sa.calendar(null).isWorkingDay(EID.from())).isFalse();
        assertThat(sa.calendar(null).isWorkingDay(EID_SECOND_DAY)).isTrue();

        Etiquette second = corrected.decide("SA", localNoon(EID_SECOND_DAY, "Asia/Riyadh"), Tier.B);
        assertThat(second.observances()).noneMatch(o -> o.kind().equals(ObservanceKind.PUBLIC_HOLIDAY.name()));
    }

    @Test
    void theTeamCalendarWorksOnACorrectedHoliday() {
        TeamSettings berlin = new TeamSettings(ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), LocalTime.of(22, 0),
            Duration.ofHours(2), Duration.ofHours(2), "MONDAY-FRIDAY", "DE");
        TeamCalendar team = new TeamCalendar(berlin, CALENDAR, new AnnouncedCalendar(CORRECTED_BOOK, corrected));
        TeamCalendar shippedTeam = new TeamCalendar(berlin, CALENDAR, new AnnouncedCalendar(EtiquetteFixture.ruleBook(), shipped));

        assertThat(team.isWorkingDay(GOOD_FRIDAY)).isTrue();
        assertThat(team.isWorkingDay(EASTER_MONDAY)).isFalse();
        assertThat(shippedTeam.isWorkingDay(GOOD_FRIDAY)).isFalse();
        // the Thursday before, 10:00 in Berlin: one team working day later is Good Friday, not the Tuesday after Easter
        Instant thursday = localNoon(GOOD_FRIDAY.minusDays(1), "Europe/Berlin").minus(Duration.ofHours(2));
        assertThat(team.plusWorkingDays(thursday, 1)).isEqualTo(thursday.plus(Duration.ofDays(1)));
        assertThat(shippedTeam.plusWorkingDays(thursday, 1).atZone(berlin.timeZone()).toLocalDate())
            .isEqualTo(EASTER_MONDAY.plusDays(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void scenariosOnACorrectedCopyCheckTheCorrection() {
        WorkbookValidator validator = new WorkbookValidator(List.of(new EtiquetteScenarios(shipped)));
        List<ScenarioResult> results = validator.report(EtiquetteService.TABLE, CORRECTED).report().scenarios();

        assertThat(results).filteredOn(r -> List.of(DE_CORRECTED, SA_CORRECTED, SA_KEPT).contains(r.name())).hasSize(3)
            .allSatisfy(r -> {
                assertThat(r.failures()).as(r.name()).isEmpty();
                assertThat(r.checked()).as(r.name()).isEqualTo(2);
            });
        assertThat(results).allSatisfy(r -> assertThat(r.failures()).as(r.name()).isEmpty());

        // the same scenario on the shipped workbook: the library's holiday closes the day
        CompiledTable shippedTable = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        Map<String, Object> out = new EtiquetteScenarios(shipped).run(shippedTable,
            Map.of("country", "DE", "at", GOOD_FRIDAY.toString(), "tier", "B"));
        assertThat(out.get("workingDay")).isEqualTo(false);
        assertThat((List<Object>) out.get("observanceKinds")).contains((Object) ObservanceKind.PUBLIC_HOLIDAY.name());
    }

    private static ObservancePeriod holiday(String country, String name) {
        return CALENDAR.publicHolidays(country, 2027).stream()
            .filter(p -> p.kind() == ObservanceKind.PUBLIC_HOLIDAY && p.name().equals(name) && p.from().getYear() == 2027)
            .findFirst().orElseThrow();
    }

    private static Instant localNoon(LocalDate day, String zone) {
        return day.atTime(LocalTime.NOON).atZone(ZoneId.of(zone)).toInstant();
    }

    /** Rows appended to the Announced days and Scenarios sheets, cells found by their column's header. */
    private static byte[] corrected(byte[] workbook) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            String why = "Test copy only: the library is right about this day.";
            append(book.getSheet("Announced days"), Map.of("Country code", "DE", "What", "NOT_A_HOLIDAY",
                "Name", "Good Friday (test correction)", "From", GOOD_FRIDAY.toString(), "Why (sources)", why));
            append(book.getSheet("Announced days"), Map.of("Country code", "SA", "What", "NOT_A_HOLIDAY",
                "Name", "Eid al-Fitr, second day (test correction)", "From", EID_SECOND_DAY.toString(),
                "To", EID_SECOND_DAY.toString(), "Why (sources)", why));
            Sheet scenarios = book.getSheet("Scenarios");
            append(scenarios, scenario(DE_CORRECTED, "DE", GOOD_FRIDAY, "withoutObservanceKinds", "PUBLIC_HOLIDAY", "true"));
            append(scenarios, scenario(SA_CORRECTED, "SA", EID_SECOND_DAY, "withoutObservanceKinds", "PUBLIC_HOLIDAY", "true"));
            append(scenarios, scenario(SA_KEPT, "SA", EID.from(), "observanceKinds", "PUBLIC_HOLIDAY", "false"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> scenario(String name, String country, LocalDate at, String kindsColumn, String kinds,
                                                String workingDay) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("Scenario", name);
        cells.put("country", country);
        cells.put("at", at.toString());
        cells.put("tier", "B");
        cells.put(kindsColumn, kinds);
        cells.put("workingDay", workingDay);
        return cells;
    }

    /** A row after the sheet's last, each cell styled as the one above it. */
    private static void append(Sheet sheet, Map<String, String> byHeader) {
        Map<String, Integer> columns = EtiquetteFixture.columnsByName(sheet.getRow(5));
        Row above = sheet.getRow(sheet.getLastRowNum());
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        byHeader.forEach((header, value) -> {
            Integer col = columns.get(header);
            assertThat(col).as("column %s of %s", header, sheet.getSheetName()).isNotNull();
            Cell model = above.getCell(col);
            Workbooks.setText(row, col, value, model == null ? null : model.getCellStyle());
        });
    }
}
