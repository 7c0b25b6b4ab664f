package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.desk.DeskSettings;
import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.inquiry.ClientJourney;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionPreview;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The etiquette what-if sees a change to an observance of the coming year, not only of the next 90 days. */
@RunsBeside
class EtiquettePreviewSourceTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aChangedObservanceMonthsAheadIsAmongTheDecisionsThatWouldAnswerDifferently() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-06T10:00:00Z")));
        CompiledTable inForce = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        // Golden Week's advice (29 April to 5 May): 5 months after this test's 6 December, beyond one decision's 90 days
        CompiledTable candidate = new DecisionTableCompiler().compile(EtiquetteService.TABLE,
            Workbooks.edit(Workbooks.etiquette(), "Observances!F16", "Golden Week: nearly everyone is on leave; plan around it."));
        EtiquettePreviewSource source = new EtiquettePreviewSource(mock(RunningProcesses.class));

        assertThat(source.cases()).as("every country and tier at four moments").hasSize(4 * EtiquetteService.countryCodes().size() * 3);
        DecisionPreview.Preview preview = new DecisionPreview(List.of(source), List.of(EtiquetteFixture.scenarioRunner()))
            .preview(inForce, candidate);

        assertThat(preview.changed()).as("Japan's decisions whose 90 days hold Golden Week").isNotEmpty()
            .allSatisfy(c -> assertThat(c.label()).startsWith("JP, tier ").endsWith(", from 2027-03-07"))
            .allSatisfy(c -> assertThat(c.fields()).anySatisfy(f -> assertThat(f.after()).contains("nearly everyone is on leave")));
    }

    @Test
    void aChangeOfEveryMomentReadsOnceAtItsFirst() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-06T10:00:00Z")));
        CompiledTable inForce = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        CompiledTable direct = new DecisionTableCompiler().compile(EtiquetteService.TABLE, Workbooks.etiquetteWithDirectJapan());

        DecisionPreview.Preview preview = new DecisionPreview(List.of(new EtiquettePreviewSource(mock(RunningProcesses.class))),
            List.of(EtiquetteFixture.scenarioRunner())).preview(inForce, direct);

        assertThat(preview.compared()).isEqualTo(4 * EtiquetteService.countryCodes().size() * 3);
        assertThat(preview.changed()).extracting(DecisionPreview.ChangedDecision::label).as("Japan made direct, now and months ahead alike")
            .containsExactly("JP, tier A", "JP, tier B", "JP, tier C");
    }

    /**
     * The user tour's change: an announced Spring Festival 2027 for China, two months ahead. The what-if names it in words
     * (not as a Java record), under a name that says what the list is, and a running Chinese journey counts among those
     * whose due times move, as its calendar closes those days.
     */
    @Test
    void anAnnouncedHolidayReadsInWordsAndMovesTheDueTimesOfARunningJourneyOfItsCountry() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-06T10:00:00Z")));
        CompiledTable inForce = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        CompiledTable candidate = new DecisionTableCompiler().compile(EtiquetteService.TABLE, springFestival2027());
        List<RunningProcesses.Running> journeys = List.of(new RunningProcesses.Running("p1", "J-CN-1",
            Map.of("country", "CN", "tier", "A", "company", "Ningbo Tools"), 2));
        RunningProcesses processes = mock(RunningProcesses.class,
            call -> ClientJourney.KEY.equals(call.getArgument(0)) ? journeys : List.of());

        DecisionPreview.Preview preview = new DecisionPreview(List.of(new EtiquettePreviewSource(processes)),
            List.of(EtiquetteFixture.scenarioRunner())).preview(inForce, candidate);

        assertThat(preview.sameChanges()).singleElement().satisfies(c -> {
            assertThat(c.labels()).containsExactly("CN, tier A", "CN, tier B", "CN, tier C");
            assertThat(c.fields()).extracting(DecisionPreview.FieldChange::field).containsExactly("upcomingObservances");
            DecisionPreview.FieldChange f = c.fields().get(0);
            assertThat(f.before() + f.after()).doesNotContain("Observance[").contains("New Year's Day, 1 Jan 2027, closed");
            assertThat(f.after()).contains("Spring Festival 2027, 6–13 Feb 2027, closed");
            assertThat(f.added()).singleElement().asString().startsWith("Spring Festival 2027, 6–13 Feb 2027, closed");
            assertThat(f.removed()).isEmpty();
        });
        assertThat(preview.affected()).as("the running Chinese journey").isEqualTo(1);
        assertThat(preview.dueTimes()).as("its calendar closes 6 to 13 February").isEqualTo(1);
        assertThat(preview.examples()).singleElement().satisfies(w -> {
            assertThat(w.fields()).containsExactly("upcomingObservances");
            assertThat(w.dueTimes()).isTrue();
        });
    }

    @Test
    void anAnnouncedHolidayNamesTheDesksThatKeepItsCountrysHolidays() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-06T10:00:00Z")));
        CompiledTable inForce = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        CompiledTable candidate = new DecisionTableCompiler().compile(EtiquetteService.TABLE, springFestival2027());
        DeskSettings desks = new DeskSettings(List.of(
            desk("apac", "sales-apac", "Asia/Shanghai", "CN"), desk("emea", "sales-emea", "Europe/Berlin", "DE")));

        List<String> notes = new EtiquettePreviewSource(mock(RunningProcesses.class), new ObservanceCalendar(),
            desks, null).notes(inForce, candidate);

        assertThat(notes).containsExactly(
            "Announced days row 25 (CN HOLIDAY 'Spring Festival 2027', 6–13 Feb 2027) overlaps the calendar library's 'Spring Festival'"
                + " (5–8 Feb 2027) for CN: both close their days; if they are one holiday, check that the row's dates are the official ones",
            "Announced days row 25 (CN HOLIDAY 'Spring Festival 2027', 6–13 Feb 2027) also closes these days for desk apac"
                + " (group sales-apac), which keeps CN's holidays: the due times of their tasks move, whatever the client's country");
        assertThat(new EtiquettePreviewSource(mock(RunningProcesses.class), new ObservanceCalendar(), desks, null)
            .notes(inForce, inForce)).as("a workbook that adds no holiday").isEmpty();
    }

    @Test
    void anAnnouncedHolidayOnARenamedSheetIsNamedAsBefore() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-06T10:00:00Z")));
        CompiledTable inForce = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        byte[] renamed;
        try (XSSFWorkbook book = new XSSFWorkbook(
            new ByteArrayInputStream(springFestival2027()))) {
            book.setSheetName(book.getSheetIndex("Announced days"), "Holidays announced");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            renamed = out.toByteArray();
        }
        CompiledTable candidate = new DecisionTableCompiler().compile(EtiquetteService.TABLE, renamed);

        assertThat(new EtiquettePreviewSource(mock(RunningProcesses.class), new ObservanceCalendar(),
            new DeskSettings(List.of()), null).notes(inForce, candidate)).singleElement().asString()
            .startsWith("Holidays announced row 25 (CN HOLIDAY 'Spring Festival 2027', 6–13 Feb 2027) overlaps the calendar library's");
    }

    private static DeskSettings.Desk desk(String name, String group, String zone, String country) {
        return new DeskSettings.Desk(name, group, name.toUpperCase(Locale.ROOT), ZoneId.of(zone),
            LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ofHours(2), Duration.ofHours(2),
            "MONDAY-FRIDAY", country, null);
    }

    /** The shipped etiquette workbook with a row of Announced days: CN HOLIDAY "Spring Festival 2027", 2027-02-06 to 2027-02-13. */
    static byte[] springFestival2027() {
        return Workbooks.edit(Workbooks.etiquette(), "Announced days!B25", "CN", "Announced days!C25", "HOLIDAY",
            "Announced days!D25", "Spring Festival 2027", "Announced days!E25", "2027-02-06", "Announced days!F25", "2027-02-13",
            "Announced days!G25", "State Council General Office, Notice on the arrangement of some holidays in 2027.");
    }
}
