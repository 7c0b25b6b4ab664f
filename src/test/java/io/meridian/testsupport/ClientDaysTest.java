package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The two moments {@link ClientDays} names are what the tests of the client's today take them for. */
@RunsBeside
class ClientDaysTest {

    @Test
    void shouldBeADayAheadInTokyoAndADayBehindInLosAngeles() {
        LocalDate tuesday = LocalDate.parse(ClientDays.TUESDAY);

        assertThat(LocalDate.ofInstant(ClientDays.TOKYO_MORNING, ZoneOffset.UTC)).isEqualTo(tuesday);
        assertThat(LocalDate.ofInstant(ClientDays.TOKYO_MORNING, ZoneId.of("Asia/Tokyo"))).as("already the next day in Tokyo")
            .isEqualTo(tuesday.plusDays(1));
        assertThat(LocalDate.ofInstant(ClientDays.LOS_ANGELES_EVENING, ZoneOffset.UTC)).isEqualTo(tuesday.plusDays(1));
        assertThat(LocalDate.ofInstant(ClientDays.LOS_ANGELES_EVENING, ZoneId.of("America/Los_Angeles")))
            .as("still the day before in Los Angeles").isEqualTo(tuesday);
    }
}
