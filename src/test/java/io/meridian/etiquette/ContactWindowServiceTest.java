package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.calendar.WindowKind;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

@RunsBeside
class ContactWindowServiceTest {

    private static ContactWindowService service(TeamSettings team) {
        return new ContactWindowService(EtiquetteFixture.etiquetteService(),
            new Clocks(new TeamCalendar(team, new ObservanceCalendar(), country -> AnnouncedDays.NONE)));
    }

    private static final TeamSettings SHANGHAI = new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0));
    private static final TeamSettings BERLIN = new TeamSettings(ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), LocalTime.of(22, 0),
        Duration.ofHours(2), Duration.ofHours(2), "MONDAY-FRIDAY", "DE");
    private final ContactWindowService windows = service(SHANGHAI);

    @Test
    void losAngelesClientOfAShanghaiTeamInJanuary() {
        List<ContactWindow> next = windows.next("US", ZoneId.of("America/Los_Angeles"), Instant.parse("2027-01-12T00:00:00Z"), 1, WindowKind.CALL);
        assertThat(next).singleElement().satisfies(w -> {
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(w.teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(w.stretch()).isFalse();
        });
    }

    @Test
    void aNewYorkClientInJanuaryGetsStretchedCallWindowsAndNewYorkSendWindows() {
        Instant from = Instant.parse("2027-01-12T00:00:00Z");
        assertThat(windows.next("US", null, from, 3, WindowKind.CALL)).hasSize(3).allSatisfy(w -> assertThat(w.stretch()).isTrue());
        assertThat(windows.next("US", null, from, 3, WindowKind.SEND)).hasSize(3).allSatisfy(w -> {
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(w.clientLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        });
    }

    @Test
    void publicHolidaysOfTheClientAreSkipped() {
        // Friday 15 January 2027 16:00 in Los Angeles; Monday 18 January is Martin Luther King Jr. Day
        List<ContactWindow> next = windows.next("US", ZoneId.of("America/Los_Angeles"), Instant.parse("2027-01-16T00:00:00Z"), 2, WindowKind.SEND);
        assertThat(next).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 19));
    }

    @Test
    void chinaIsClosedOverTheSpringFestival() {
        List<ContactWindow> next = windows.next("CN", null, Instant.parse("2027-02-05T00:00:00Z"), 2, WindowKind.SEND);
        assertThat(next).extracting(w -> w.clientLocalStart().toLocalDate())
            .allSatisfy(d -> assertThat(d).isAfter(LocalDate.of(2027, 2, 12)));
    }

    /**
     * Japanese offices close from 29 December to 3 January (行政機関の休日に関する法律 art. 1; banks from 31 December):
     * an email written on Monday 28 December 2026 after the client's hours waits for Monday 4 January, not Tuesday 29.
     */
    @Test
    void aJapaneseClientIsClosedFromTheYearEndToTheThirdOfJanuary() {
        List<ContactWindow> next = windows.next("JP", null, Instant.parse("2026-12-28T10:00:00Z"), 2, WindowKind.SEND);
        assertThat(next).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5));
    }

    /** Brazil stops for Carnival on Monday and Tuesday (8 and 9 February 2027), and on Ash Wednesday, as the calendar has it. */
    @Test
    void aBrazilianClientIsClosedOnCarnivalMonday() {
        // Friday 5 February 2027, 19:00 in São Paulo: after their hours
        List<ContactWindow> next = windows.next("BR", null, Instant.parse("2027-02-05T22:00:00Z"), 1, WindowKind.SEND);
        assertThat(next).extracting(w -> w.clientLocalStart().toLocalDate()).containsExactly(LocalDate.of(2027, 2, 11));
    }

    @Test
    void saudiMessagesLandSundayToThursday() {
        List<ContactWindow> next = windows.next("SA", null, Instant.parse("2027-06-04T00:00:00Z"), 5, WindowKind.SEND);
        assertThat(next).extracting(w -> w.clientLocalStart().getDayOfWeek().name())
            .containsExactly("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY");
    }

    /**
     * Every country code the server accepts (ISO 3166-1 and Kosovo's XK, {@code CountryCodes}) in its default
     * zone, on the 1st and 15th of every month of 2027, from two teams.
     */
    @Test
    void noValidCountryEverGetsAnEmptyCallOrSendWindow() {
        List<String> countries = EtiquetteService.countryCodes();
        assertThat(countries).contains("XK").containsAll(List.of(Locale.getISOCountries()));
        List<String> empty = new ArrayList<>();
        for (TeamSettings team : List.of(SHANGHAI, BERLIN)) {
            ContactWindowService service = service(team);
            for (String country : countries) {
                for (int month = 1; month <= 12; month++) {
                    for (int day : new int[] {1, 15}) {
                        Instant from = LocalDate.of(2027, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
                        for (WindowKind kind : WindowKind.values()) {
                            if (service.next(country, null, from, 1, kind).isEmpty()) {
                                empty.add(country + " " + kind + " from " + from + " (team " + team.timeZone() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(empty).isEmpty();
    }
}
