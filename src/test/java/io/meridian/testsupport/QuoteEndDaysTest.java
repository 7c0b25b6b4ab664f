package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@link QuoteEndDays} gives the load programs a quote's last day that their clients in JP, US and DE all work. */
@MeridianTest
class QuoteEndDaysTest {

    @Autowired
    ApiCalls api;

    final QuoteEndDays.ContactWindows server = body -> {
        ResponseEntity<JsonNode> windows = api.post("/api/decisions/contact-window", body, "shop");
        assertThat(windows.getStatusCode()).as("contact windows for %s", body).isEqualTo(HttpStatus.OK);
        return windows.getBody().toString();
    };

    @Test
    void shouldKeepADayTheyAllWorkAndPassTheWeekendAndEachCountrysHolidays() throws Exception {
        assertThat(QuoteEndDays.everyLoadClientWorks(server, LocalDate.of(2027, 4, 28))).as("a Wednesday").isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(QuoteEndDays.everyLoadClientWorks(server, LocalDate.of(2027, 4, 24))).as("a Saturday").isEqualTo(LocalDate.of(2027, 4, 26));
        // Showa Day in Japan, a Thursday
        assertThat(QuoteEndDays.everyLoadClientWorks(server, LocalDate.of(2027, 4, 29))).isEqualTo(LocalDate.of(2027, 4, 30));
        // Independence Day falls on a Sunday in 2027: the United States close on Monday 5 July
        assertThat(QuoteEndDays.everyLoadClientWorks(server, LocalDate.of(2027, 7, 5))).isEqualTo(LocalDate.of(2027, 7, 6));
        // German Unity Day 2028 is a Tuesday
        assertThat(QuoteEndDays.everyLoadClientWorks(server, LocalDate.of(2028, 10, 3))).isEqualTo(LocalDate.of(2028, 10, 4));
    }
}
