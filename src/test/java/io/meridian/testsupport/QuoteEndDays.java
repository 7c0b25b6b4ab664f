package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A quote's last day for the load programs that drive journeys of clients in Japan, the United States and Germany on
 * the real clock: the quote refuses a day its client does not work, and a Wednesday 60 days ahead is a public holiday
 * now and then (3 October in Germany, 4 July in the United States, 29 April in Japan). The server's own send windows
 * say which days each client works, as the README's walk-through asks them.
 */
public final class QuoteEndDays {

    /** The load programs' clients: their country and the zone the server takes for it. */
    public static final Map<String, ZoneId> LOAD_CLIENTS = Map.of(
        "JP", ZoneId.of("Asia/Tokyo"), "US", ZoneId.of("America/New_York"), "DE", ZoneId.of("Europe/Berlin"));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Posts a body to {@code /api/decisions/contact-window} and answers the response's body (a 200's). */
    @FunctionalInterface
    public interface ContactWindows {
        String post(String body) throws IOException, InterruptedException;
    }

    private LocalDate askedFrom;
    private LocalDate answer;

    /** The first day from 60 days after today (UTC) that every load client works: asked of the server once a day. */
    public synchronized LocalDate sixtyDaysAhead(ContactWindows server) throws IOException, InterruptedException {
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(60);
        if (!from.equals(askedFrom)) {
            answer = everyLoadClientWorks(server, from);
            askedFrom = from;
        }
        return answer;
    }

    /** The first day on or after {@code from} that every client of {@link #LOAD_CLIENTS} works, as the server says. */
    public static LocalDate everyLoadClientWorks(ContactWindows server, LocalDate from) throws IOException, InterruptedException {
        LocalDate day = from;
        for (int round = 0; round < 20; round++) {
            LocalDate latest = day;
            for (Map.Entry<String, ZoneId> client : LOAD_CLIENTS.entrySet()) {
                LocalDate first = firstSendDay(server, client.getKey(), client.getValue(), day);
                latest = first.isAfter(latest) ? first : latest;
            }
            if (latest.equals(day)) {
                return day;
            }
            day = latest;
        }
        throw new AssertionError("no day from " + from + " that clients in " + LOAD_CLIENTS.keySet() + " all work");
    }

    private static LocalDate firstSendDay(ContactWindows server, String country, ZoneId zone, LocalDate from)
        throws IOException, InterruptedException {
        String body = """
            {"country": "%s", "timeZone": "%s", "kind": "SEND", "count": 1, "from": "%s"}"""
            .formatted(country, zone.getId(), from.atStartOfDay(zone).toOffsetDateTime());
        JsonNode windows = JSON.readTree(server.post(body));
        String start = windows.path(0).path("clientLocalStart").asText();
        assertThat(start).as("the first send window for %s from %s: %s", country, from, windows).hasSizeGreaterThanOrEqualTo(10);
        return LocalDate.parse(start.substring(0, 10));
    }
}
