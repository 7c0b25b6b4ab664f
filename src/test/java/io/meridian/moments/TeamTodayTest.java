package io.meridian.moments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The team's today is the day on the clock of the desk (or team) that works the client, not the server's UTC date. */
class TeamTodayTest {

    /** Monday 7 December 2026, 17:30 UTC: Tuesday 01:30 in Shanghai, Monday 12:30 in New York. */
    private static final Instant EVENING_UTC = Instant.parse("2026-12-07T17:30:00Z");

    @Test
    void shouldBeTheDayOnTheTeamsClock() {
        assertThat(TeamToday.at(EVENING_UTC, ZoneId.of("Asia/Shanghai")).date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(TeamToday.at(EVENING_UTC, ZoneId.of("America/New_York")).date()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void shouldSayItNamingTheTeamsZone() {
        assertThat(TeamToday.at(EVENING_UTC, ZoneId.of("Asia/Shanghai")).said())
            .isEqualTo("today is Tue 8 Dec 2026 in the team's time zone Asia/Shanghai");
    }
}
