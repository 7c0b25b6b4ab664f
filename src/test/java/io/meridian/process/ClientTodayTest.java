package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.meridian.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The client's today is the day on the client's clock, whatever the UTC date, and a refusal names it and the zone. */
class ClientTodayTest {

    /** Tuesday 8 December 2026 in UTC. */
    private static final Instant LATE_UTC = Instant.parse("2026-12-08T23:30:00Z");
    private static final Instant EARLY_UTC = Instant.parse("2026-12-08T03:00:00Z");

    @Test
    void shouldBeTheDayOnTheClientsClockNotTheUtcDate() {
        assertThat(ClientToday.at(LATE_UTC, ZoneId.of("Asia/Tokyo")).date()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(ClientToday.at(EARLY_UTC, ZoneId.of("America/Los_Angeles")).date()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void shouldSayTheDayAsTheTeamReadsItWithTheClientsZone() {
        assertThat(ClientToday.at(LATE_UTC, ZoneId.of("Asia/Tokyo")).said())
            .isEqualTo("today is Wed 9 Dec 2026 in the client's time zone Asia/Tokyo");
    }

    @Test
    void shouldRefuseOnlyADayBeforeTodayNamingTheFieldTheDayAndToday() {
        ClientToday tokyo = ClientToday.at(LATE_UTC, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.notPassed("deliveryDate", LocalDate.of(2026, 12, 9), "promise a later day")).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(tokyo.notPassed("deliveryDate", null, "promise a later day")).isNull();
        assertThatThrownBy(() -> tokyo.notPassed("deliveryDate", LocalDate.of(2026, 12, 8), "promise a later day"))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("deliveryDate 2026-12-08 lies in the past (today is Wed 9 Dec 2026 in the client's time zone Asia/Tokyo): promise a later day");
    }
}
