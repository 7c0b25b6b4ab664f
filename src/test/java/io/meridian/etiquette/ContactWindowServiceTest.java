package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import io.meridian.calendar.ObservancePeriod;
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
        // Friday 28 May 2027 16:00 in Los Angeles; Monday 31 May is Memorial Day, which nearly every employer gives
        List<ContactWindow> next = windows.next("US", ZoneId.of("America/Los_Angeles"), Instant.parse("2027-05-28T23:00:00Z"), 2, WindowKind.SEND);
        assertThat(next).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 5, 28), LocalDate.of(2027, 6, 1));
        // Monday 18 January 2027 is Martin Luther King, Jr. Day: federal offices and banks close, most businesses work
        List<ContactWindow> mlk = windows.next("US", ZoneId.of("America/Los_Angeles"), Instant.parse("2027-01-16T00:00:00Z"), 2, WindowKind.SEND);
        assertThat(mlk).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 18));
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

    /**
     * Brazil stops for Carnival on Monday and Tuesday (8 and 9 February 2027) and opens at 14:00 on Ash Wednesday (the
     * federal portaria's ponto facultativo until 14:00; 46 days before Easter), as the Observances sheet has it.
     */
    @Test
    void aBrazilianClientIsClosedOnCarnivalAndOpensAtTwoOnAshWednesday() {
        // Friday 5 February 2027, 19:00 in São Paulo: after their hours
        List<ContactWindow> next = windows.next("BR", null, Instant.parse("2027-02-05T22:00:00Z"), 2, WindowKind.SEND);
        assertThat(next).extracting(ContactWindow::clientLocalStart, ContactWindow::clientLocalEnd).containsExactly(
            tuple(LocalDateTime.parse("2027-02-10T14:00"), LocalDateTime.parse("2027-02-10T18:00")),
            tuple(LocalDateTime.parse("2027-02-11T09:00"), LocalDateTime.parse("2027-02-11T18:00")));
    }

    /**
     * Saudi Labor Law art. 98: in Ramadan at most six working hours a day, so the Riyadh day that runs 09:00-17:00 ends at
     * 15:00 (the Observances sheet's Closes). Ramadan 1448 from the Umm al-Qura calendar; its second Monday is
     * 15 February 2027. An email planned at 16:00 that Monday waits for Tuesday 09:00; the same Monday after Ramadan
     * takes it at once.
     */
    @Test
    void aRiyadhClientsRamadanDayEndsAtThreeAndAnEmailAfterItWaitsForTheNextDay() {
        ObservancePeriod ramadan = HolidayScenariosEdit.ramadan(new ObservanceCalendar());
        LocalDate monday = ramadan.from().plusDays(7);
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        Instant morning = monday.atTime(8, 0).atZone(riyadh).toInstant();

        assertThat(windows.next("SA", null, morning, 1, WindowKind.SEND)).singleElement().satisfies(w -> {
            assertThat(w.clientLocalStart()).isEqualTo(monday.atTime(9, 0));
            assertThat(w.clientLocalEnd()).isEqualTo(monday.atTime(15, 0));
        });
        assertThat(windows.next("SA", null, morning, 1, WindowKind.CALL)).singleElement()
            .satisfies(w -> assertThat(w.clientLocalEnd()).isEqualTo(monday.atTime(15, 0)));

        Instant fourPm = monday.atTime(16, 0).atZone(riyadh).toInstant();
        Clocks clocks = new Clocks(new TeamCalendar(SHANGHAI, new ObservanceCalendar(), country -> AnnouncedDays.NONE));
        Etiquette inRamadan = EtiquetteFixture.etiquetteService().decide("SA", fourPm, Tier.B);
        assertThat(clocks.sendAt(inRamadan.calendar(null), fourPm)).isEqualTo(monday.plusDays(1).atTime(9, 0).atZone(riyadh).toInstant());
        assertThat(inRamadan.observances()).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo("RAMADAN");
            assertThat(o.businessHours()).isEqualTo(new BusinessHours(LocalTime.of(9, 0), LocalTime.of(15, 0)));
        });

        LocalDate after = monday.plusWeeks(5);
        assertThat(after).isAfter(ramadan.to().plusDays(4));
        Instant fourPmAfter = after.atTime(16, 0).atZone(riyadh).toInstant();
        Etiquette afterRamadan = EtiquetteFixture.etiquetteService().decide("SA", fourPmAfter, Tier.B);
        assertThat(clocks.sendAt(afterRamadan.calendar(null), fourPmAfter)).as("after Ramadan, at once").isEqualTo(fourPmAfter);
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
