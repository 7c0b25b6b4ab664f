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
        assertThat(CountryZones.otherClocks("AU", ZoneId.of("Australia/Sydney"), AT))
            .contains(ZoneId.of("Australia/Brisbane"), ZoneId.of("Australia/Adelaide"), ZoneId.of("Australia/Perth"))
            .doesNotContain(ZoneId.of("Australia/Broken_Hill"), ZoneId.of("Australia/Melbourne"));
        assertThat(CountryZones.otherClocks("BR", ZoneId.of("America/Sao_Paulo"), AT)).contains(ZoneId.of("America/Manaus"));
        assertThat(CountryZones.otherClocks("RU", ZoneId.of("Europe/Moscow"), AT)).contains(ZoneId.of("Asia/Vladivostok"));
        assertThat(CountryZones.otherClocks("MX", ZoneId.of("America/Mexico_City"), AT)).contains(ZoneId.of("America/Tijuana"));
        assertThat(CountryZones.otherClocks("CA", ZoneId.of("America/Toronto"), AT)).contains(ZoneId.of("America/St_Johns"));
        assertThat(CountryZones.otherClocks("ID", ZoneId.of("Asia/Jakarta"), AT)).contains(ZoneId.of("Asia/Jayapura"));
        assertThat(CountryZones.otherClocks("KI", ZoneId.of("Pacific/Tarawa"), AT)).contains(ZoneId.of("Pacific/Kiritimati"));
    }

    @Test
    void theMainZonesComeFirstMostPeopleFirstEachNamingItsClock() {
        // Adelaide, not Broken Hill (which keeps its clock and comes first in the tz database); Lord Howe Island after Darwin
        assertThat(CountryZones.otherClocks("AU", ZoneId.of("Australia/Sydney"), AT)).startsWith(ZoneId.of("Australia/Brisbane"),
            ZoneId.of("Australia/Perth"), ZoneId.of("Australia/Adelaide"), ZoneId.of("Australia/Darwin"), ZoneId.of("Australia/Lord_Howe"));
        assertThat(CountryZones.otherClocks("US", ZoneId.of("America/New_York"), AT)).startsWith(ZoneId.of("America/Chicago"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Denver"), ZoneId.of("America/Phoenix"));
        assertThat(CountryZones.otherClocks("BR", ZoneId.of("America/Sao_Paulo"), AT)).startsWith(ZoneId.of("America/Manaus"),
            ZoneId.of("America/Rio_Branco"), ZoneId.of("America/Noronha"));
        assertThat(CountryZones.otherClocks("RU", ZoneId.of("Europe/Moscow"), AT)).startsWith(ZoneId.of("Asia/Yekaterinburg"),
            ZoneId.of("Asia/Novosibirsk"), ZoneId.of("Europe/Samara"));
        assertThat(CountryZones.otherClocks("CA", ZoneId.of("America/Toronto"), AT)).startsWith(ZoneId.of("America/Vancouver"),
            ZoneId.of("America/Edmonton"), ZoneId.of("America/Halifax"));
        assertThat(CountryZones.otherClocks("MX", ZoneId.of("America/Mexico_City"), AT)).startsWith(ZoneId.of("America/Mazatlan"),
            ZoneId.of("America/Tijuana"), ZoneId.of("America/Cancun"));
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
