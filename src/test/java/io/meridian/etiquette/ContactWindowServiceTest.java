package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.TeamSettings;
import org.junit.jupiter.api.Test;

class ContactWindowServiceTest {

    private final ContactWindowService windows = new ContactWindowService(EtiquetteFixture.etiquetteService(),
        new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0)));

    @Test
    void losAngelesClientOfAShanghaiTeamInJanuary() {
        List<ContactWindow> next = windows.next("US", ZoneId.of("America/Los_Angeles"), Instant.parse("2027-01-12T00:00:00Z"), 1);
        assertThat(next).singleElement().satisfies(w -> {
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(w.teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        });
    }

    @Test
    void publicHolidaysOfTheClientAreSkipped() {
        // Friday 15 January 2027 16:00 in Los Angeles; Monday 18 January is Martin Luther King Jr. Day
        List<ContactWindow> next = windows.next("US", ZoneId.of("America/Los_Angeles"), Instant.parse("2027-01-16T00:00:00Z"), 2);
        assertThat(next).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 19));
    }

    @Test
    void chinaIsClosedOverTheSpringFestival() {
        List<ContactWindow> next = windows.next("CN", null, Instant.parse("2027-02-05T00:00:00Z"), 2);
        assertThat(next).extracting(w -> w.clientLocalStart().toLocalDate())
            .allSatisfy(d -> assertThat(d).isAfter(LocalDate.of(2027, 2, 12)));
    }

    @Test
    void saudiClientsAreReachedSundayToThursday() {
        List<ContactWindow> next = windows.next("SA", null, Instant.parse("2027-06-04T00:00:00Z"), 5);
        assertThat(next).extracting(w -> w.clientLocalStart().getDayOfWeek().name())
            .containsExactly("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY");
    }
}
