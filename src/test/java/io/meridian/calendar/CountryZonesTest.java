package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** Which countries keep more than one clock, from the IANA tz database's zones of each country and the JDK's tz rules. */
@RunsBeside
class CountryZonesTest {

    private static final Instant AT = Instant.parse("2027-03-01T00:00:00Z");

    @Test
    void theUnitedStatesKeepsOtherClocksThanNewYorks() {
        assertThat(CountryZones.otherClocks("US", ZoneId.of("America/New_York"), AT))
            .contains(ZoneId.of("America/Chicago"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Honolulu"))
            .as("Arizona keeps no daylight saving time: a clock of its own, unlike Denver's")
            .contains(ZoneId.of("America/Phoenix"), ZoneId.of("America/Denver"))
            .as("one zone per clock: Detroit keeps New York's").doesNotContain(ZoneId.of("America/New_York"), ZoneId.of("America/Detroit"));
    }

    @Test
    void australiaBrazilRussiaMexicoCanadaAndIndonesiaKeepSeveralClocks() {
        // Adelaide's clock is named by Broken Hill, which keeps it and comes first in the tz database
        assertThat(CountryZones.otherClocks("AU", ZoneId.of("Australia/Sydney"), AT))
            .contains(ZoneId.of("Australia/Brisbane"), ZoneId.of("Australia/Broken_Hill"), ZoneId.of("Australia/Perth"))
            .doesNotContain(ZoneId.of("Australia/Adelaide"), ZoneId.of("Australia/Melbourne"));
        // Manaus keeps Campo Grande's clock (UTC-4), which comes first in the tz database
        assertThat(CountryZones.otherClocks("BR", ZoneId.of("America/Sao_Paulo"), AT)).contains(ZoneId.of("America/Campo_Grande"));
        assertThat(CountryZones.otherClocks("RU", ZoneId.of("Europe/Moscow"), AT)).contains(ZoneId.of("Asia/Vladivostok"));
        assertThat(CountryZones.otherClocks("MX", ZoneId.of("America/Mexico_City"), AT)).contains(ZoneId.of("America/Tijuana"));
        assertThat(CountryZones.otherClocks("CA", ZoneId.of("America/Toronto"), AT)).contains(ZoneId.of("America/St_Johns"));
        assertThat(CountryZones.otherClocks("ID", ZoneId.of("Asia/Jakarta"), AT)).contains(ZoneId.of("Asia/Jayapura"));
        assertThat(CountryZones.otherClocks("KI", ZoneId.of("Pacific/Tarawa"), AT)).contains(ZoneId.of("Pacific/Kiritimati"));
    }

    @Test
    void aCountryWithOneClockHasNoOther() {
        assertThat(CountryZones.otherClocks("JP", ZoneId.of("Asia/Tokyo"), AT)).isEmpty();
        assertThat(CountryZones.otherClocks("IN", ZoneId.of("Asia/Kolkata"), AT)).isEmpty();
        assertThat(CountryZones.otherClocks("SA", ZoneId.of("Asia/Riyadh"), AT)).isEmpty();
        // Büsingen keeps Swiss time (Europe/Zurich), the same clock as Berlin's
        assertThat(CountryZones.otherClocks("DE", ZoneId.of("Europe/Berlin"), AT)).isEmpty();
    }
}
