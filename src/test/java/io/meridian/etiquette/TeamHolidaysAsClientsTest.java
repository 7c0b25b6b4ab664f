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
import java.util.Map;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleBookFixture;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * A team or desk closes on a holiday of its country as a client there does, by the same Observances row: under martial
 * law Ukraine's public holidays are working days (Law No. 2136-IX of 15 March 2022 art. 6 part 6 suspends the Labour
 * Code's art. 73), the sheet makes them SLOW for a client, and a team in Kyiv works on them too; when martial law ends and
 * the analysts make the row CLOSED, both close.
 */
@RunsBeside
class TeamHolidaysAsClientsTest {

    private static final ObservanceCalendar CALENDAR = new ObservanceCalendar();
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** Statehood Day, Thursday 15 July 2027, and Defenders' Day, Friday 1 October 2027 (Labour Code art. 73 as amended in 2023). */
    private static final LocalDate STATEHOOD_DAY = LocalDate.of(2027, 7, 15);
    private static final LocalDate DEFENDERS_DAY = LocalDate.of(2027, 10, 1);
    private static final TeamSettings KYIV_TEAM = new TeamSettings(KYIV, LocalTime.of(9, 0), LocalTime.of(18, 0),
        Duration.ofHours(1), Duration.ofHours(1), "MONDAY-FRIDAY", "UA");

    private final EtiquetteService shipped = EtiquetteFixture.etiquetteService();

    @Test
    void aTeamInUkraineWorksOnThePublicHolidaysItsClientsWorkOn() {
        TeamCalendar team = new TeamCalendar(KYIV_TEAM, CALENDAR, new AnnouncedCalendar(EtiquetteFixture.ruleBook(), shipped));
        for (LocalDate day : new LocalDate[] {STATEHOOD_DAY, DEFENDERS_DAY}) {
            Etiquette client = shipped.decide("UA", day.atTime(LocalTime.NOON).atZone(KYIV).toInstant(), Tier.B);
            assertThat(client.calendar(null).isWorkingDay(day)).as("client, %s", day).isTrue();
            assertThat(team.isWorkingDay(day)).as("team, %s", day).isTrue();
        }
        // Thursday 30 September 2027, 10:00 in Kyiv: one working day later is Friday, Defenders' Day, not Monday
        Instant thursday = LocalDate.of(2027, 9, 30).atTime(10, 0).atZone(KYIV).toInstant();
        assertThat(team.plusWorkingDays(thursday, 1)).isEqualTo(thursday.plus(Duration.ofDays(1)));
        // elsewhere a team still closes on its public holidays: Poland's Independence Day, Thursday 11 November 2027
        TeamSettings warsaw = new TeamSettings(ZoneId.of("Europe/Warsaw"), LocalTime.of(9, 0), LocalTime.of(18, 0),
            Duration.ofHours(1), Duration.ofHours(1), "MONDAY-FRIDAY", "PL");
        assertThat(new TeamCalendar(warsaw, CALENDAR, new AnnouncedCalendar(EtiquetteFixture.ruleBook(), shipped))
            .isWorkingDay(LocalDate.of(2027, 11, 11))).isFalse();
    }

    @Test
    void whenTheRowSaysClosedTheTeamClosesWithItsClients() {
        RuleBook book = RuleBookFixture.with(EtiquetteService.TABLE, ukraineClosed(Workbooks.etiquette()));
        EtiquetteService afterMartialLaw = new EtiquetteService(book, CALENDAR);
        TeamCalendar team = new TeamCalendar(KYIV_TEAM, CALENDAR, new AnnouncedCalendar(book, afterMartialLaw));

        Etiquette client = afterMartialLaw.decide("UA", DEFENDERS_DAY.atTime(LocalTime.NOON).atZone(KYIV).toInstant(), Tier.B);
        assertThat(client.calendar(null).isWorkingDay(DEFENDERS_DAY)).isFalse();
        assertThat(team.isWorkingDay(DEFENDERS_DAY)).isFalse();
        assertThat(team.isWorkingDay(DEFENDERS_DAY.minusDays(1))).isTrue();
    }

    /** A copy of the workbook whose Ukrainian PUBLIC_HOLIDAY row of the Observances sheet says CLOSED. */
    private static byte[] ukraineClosed(byte[] workbook) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet observances = book.getSheet("Observances");
            Map<String, Integer> columns = EtiquetteFixture.columnsByName(observances.getRow(5));
            int changed = 0;
            for (Row row : observances) {
                if (row.getRowNum() > 5 && "PUBLIC_HOLIDAY".equals(text(row, columns.get("Observance")))
                    && "UA".equals(text(row, columns.get("Client countries")))) {
                    row.getCell(columns.get("Effect")).setCellValue("CLOSED");
                    changed++;
                }
            }
            assertThat(changed).as("Ukraine's public-holiday row").isEqualTo(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).toString().trim();
    }
}
