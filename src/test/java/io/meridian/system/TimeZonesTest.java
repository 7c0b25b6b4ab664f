package io.meridian.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZonesTest {

    @Test
    void shouldTakeAPlacesZoneAndRefuseAFixedOffsetOrACityWrittenAloneSayingWhatToWrite() {
        assertThat(TimeZones.problemOf("Asia/Tokyo", "timeZone")).isEmpty();
        assertThat(TimeZones.problemOf(" Europe/Berlin ", "timeZone")).isEmpty();
        assertThat(TimeZones.problemOf(null, "timeZone")).isEmpty();
        assertThat(TimeZones.problemOf("UTC+1", "timeZone")).contains("time zone 'UTC+1' in timeZone is a fixed offset, which does not"
            + " follow daylight saving time: give the IANA id of the client's city, such as Europe/Berlin or Asia/Tokyo");
        assertThat(TimeZones.problemOf("+09:00", "timeZone")).get().asString().contains("fixed offset");
        assertThat(TimeZones.problemOf("Etc/GMT-9", "timeZone")).get().asString().contains("fixed offset");
        assertThat(TimeZones.problemOf("Tokyo", "client.timeZone"))
            .contains("unknown time zone 'Tokyo' in client.timeZone (the IANA id of Tokyo is Asia/Tokyo)");
        assertThat(TimeZones.problemOf("new york", "timeZone")).get().asString().contains("the IANA id of new york is America/New_York");
        assertThat(TimeZones.problemOf("Mars/Base", "timeZone"))
            .contains("unknown time zone 'Mars/Base' in timeZone (use an IANA id such as America/Los_Angeles)");
    }
}
