package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservancePeriod;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The etiquette decision's JSON, written once per decided day: the same object as writing the whole record each time. */
@RunsBeside
class EtiquetteJsonTest {

    private final EtiquetteService service = EtiquetteFixture.etiquetteService();
    /** Configured as Spring Boot's (the java.time module, ISO-8601 dates). */
    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void writesTheSameObjectAsTheWholeRecordForEveryCountryTierAndMoment() throws Exception {
        EtiquetteJson json = new EtiquetteJson(mapper);
        ObservancePeriod ramadan = HolidayScenariosEdit.ramadan(new ObservanceCalendar());
        Instant inRamadan = ramadan.from().plusDays(3).atTime(LocalTime.NOON).atZone(ZoneId.of("Asia/Riyadh")).toInstant();
        int compared = 0;
        for (String country : new String[] {"JP", "SA", "DE", "US", "CN", "BR", "AE"}) {
            for (Tier tier : Tier.values()) {
                for (Instant at : new Instant[] {Instant.parse("2027-01-12T03:00:00Z"), Instant.parse("2027-01-12T03:17:42.123456Z"),
                    inRamadan}) {
                    Etiquette decided = service.decide(country, at, tier);
                    String written = json.write(decided);
                    JsonNode expected = mapper.readTree(mapper.writeValueAsString(decided));
                    assertThat(mapper.readTree(written)).as("%s, tier %s, at %s", country, tier, at).isEqualTo(expected);
                    assertThat(written).startsWith("{\"at\":\"" + at + "\",");
                    assertThat(expected.path("firedRules").size()).as("a decision with rows that fired").isPositive();
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(7 * Tier.values().length * 3);
        assertThat(mapper.readTree(json.write(service.decide("SA", inRamadan, Tier.A))).path("observances").size())
            .as("Ramadan's observance is in the Saudi decision's JSON").isPositive();
    }

    @Test
    void writesTheRestOfADecisionOncePerDecidedDay() {
        EtiquetteJson json = new EtiquetteJson(mapper);
        Instant morning = Instant.parse("2027-01-12T01:00:00Z"); // 10:00 in Tokyo
        String first = json.write(service.decide("JP", morning, Tier.A));
        String later = json.write(service.decide("JP", morning.plusSeconds(3 * 3600), Tier.A));
        assertThat(json.daysKept()).as("two moments of one Tokyo day").isEqualTo(1);
        assertThat(later).isNotEqualTo(first)
            .isEqualTo(first.replace(morning.toString(), morning.plusSeconds(3 * 3600).toString()));
        json.write(service.decide("JP", morning.plusSeconds(24 * 3600), Tier.A));
        json.write(service.decide("JP", morning, Tier.B));
        assertThat(json.daysKept()).as("the next day, and another tier").isEqualTo(3);
    }

    @Test
    void aMapperThatWritesMomentsOtherwiseWritesThemItself() throws Exception {
        ObjectMapper timestamps = Jackson2ObjectMapperBuilder.json().featuresToEnable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        EtiquetteJson json = new EtiquetteJson(timestamps);
        Instant at = Instant.parse("2027-01-12T03:17:42.123456Z");
        Etiquette decided = service.decide("JP", at, Tier.A);
        String written = json.write(decided);
        assertThat(json.writesMomentAsText()).isFalse();
        assertThat(new EtiquetteJson(mapper).writesMomentAsText()).as("Spring Boot's configuration").isTrue();
        assertThat(written).startsWith("{\"at\":1799723862.123456");
        assertThat(timestamps.readTree(written)).isEqualTo(timestamps.readTree(timestamps.writeValueAsString(decided)));
    }
}
