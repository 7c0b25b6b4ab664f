package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.WindowKind;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** A moment or a call window in a briefing: in the team's and the client's clock, once when both keep the same one. */
@RunsBeside
class TaskGuidanceClocksTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant AT = Instant.parse("2026-12-07T07:00:00Z");

    @Test
    void shouldGiveBothClocksWhenTheyDiffer() {
        assertThat(TaskGuidance.both(AT, SHANGHAI, BERLIN))
            .isEqualTo("Mon 7 Dec 2026 15:00 team time (Asia/Shanghai) = Mon 7 Dec 2026 08:00 client time (Europe/Berlin)");
    }

    @Test
    void shouldGiveOneClockWhenTheTeamsDeskKeepsTheClientsZone() {
        assertThat(TaskGuidance.both(AT, BERLIN, BERLIN)).isEqualTo("Mon 7 Dec 2026 08:00 team and client time (Europe/Berlin)");
        ContactWindow window = new ContactWindow(AT, AT.plusSeconds(9 * 3600), WindowKind.CALL, false,
            LocalDateTime.parse("2026-12-07T08:00"), LocalDateTime.parse("2026-12-07T17:00"),
            LocalDateTime.parse("2026-12-07T08:00"), LocalDateTime.parse("2026-12-07T17:00"), null);
        assertThat(TaskGuidance.window(Optional.of(window), BERLIN, BERLIN))
            .isEqualTo("Mon 7 Dec 2026 08:00–17:00 team and client time (Europe/Berlin)");
        assertThat(TaskGuidance.window(Optional.of(window), SHANGHAI, BERLIN)).as("the window's own local times, both given")
            .isEqualTo("Mon 7 Dec 2026 08:00–17:00 team time (Asia/Shanghai) = Mon 7 Dec 2026 08:00–17:00 client time (Europe/Berlin)");
    }
}
