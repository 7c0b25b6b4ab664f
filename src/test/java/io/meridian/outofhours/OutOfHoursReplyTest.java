package io.meridian.outofhours;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the automatic reply promises: the next quarter hour from when the answer lands, never earlier. */
class OutOfHoursReplyTest {

    @Test
    void shouldPromiseTheNextQuarterHour() {
        assertThat(OutOfHoursReply.promise(Instant.parse("2026-12-08T06:01:05.779Z"))).isEqualTo(Instant.parse("2026-12-08T06:15:00Z"));
        assertThat(OutOfHoursReply.promise(Instant.parse("2026-12-08T06:45:00.001Z"))).isEqualTo(Instant.parse("2026-12-08T07:00:00Z"));
    }

    @Test
    void shouldKeepAMomentOnAQuarterHour() {
        assertThat(OutOfHoursReply.promise(Instant.parse("2027-01-19T15:30:00Z"))).isEqualTo(Instant.parse("2027-01-19T15:30:00Z"));
        assertThat(OutOfHoursReply.promise(Instant.parse("2027-01-14T00:00:00Z"))).isEqualTo(Instant.parse("2027-01-14T00:00:00Z"));
    }
}
