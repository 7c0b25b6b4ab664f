package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shouldSayHowLateInDaysAndHoursFromADayOnAndInHoursAndMinutesBelowIt() {
        assertThat(Durations.late(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(Durations.late(Duration.ofHours(5).plusMinutes(10))).isEqualTo("5 h 10 min");
        assertThat(Durations.late(Duration.ofHours(24).plusMinutes(30))).isEqualTo("1 day");
        assertThat(Durations.late(Duration.ofDays(3).plusHours(15).plusMinutes(59))).isEqualTo("3 days 15 h");
    }
}
