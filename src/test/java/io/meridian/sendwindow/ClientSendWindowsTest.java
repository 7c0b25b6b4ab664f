package io.meridian.sendwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.etiquette.Tier;
import io.meridian.outbox.ClientSendWindow;
import io.meridian.outbox.ClientSendWindow.Opening;
import io.meridian.outbox.OutboxMessage;
import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which send window a late client email waits for: its client's, found by the address or else by the record it is about,
 * and none on the crisis channel (a crisis complaint's emails, an exception notice that went at once), which goes
 * whatever the client's hours. The messages are not planned: the relay asks about them as they are.
 */
@MeridianTest
class ClientSendWindowsTest {

    /** Monday 4 March 2002, 20:00 in Tokyo: the client has closed. */
    static final Instant MONDAY_EVENING = Instant.parse("2002-03-04T11:00:00Z");
    /** Tuesday 5 March 2002, 09:00 in Tokyo. */
    static final Instant TUESDAY_OPENING = Instant.parse("2002-03-05T00:00:00Z");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String KENJI = "kenji-window@nakamura.example";

    @Autowired
    ClientSendWindow windows;
    @Autowired
    ClientLedger clients;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldGiveTheClientsNextSendWindowButNoneOnTheCrisisChannel() {
        Client kenji = clients.record(new Client(null, "Nakamura Trading", "Kenji Nakamura", KENJI, "JP", "Asia/Tokyo", "ja", Tier.A,
            null, "Lighting", null, null, null), "test", "test", MONDAY_EVENING.minus(Duration.ofDays(1)));
        complaint("CMP-WINDOW-CRISIS", "C-WIN00001", kenji.id(), "API");
        complaint("CMP-WINDOW-DETRACTOR", "C-WIN00002", kenji.id(), "DETRACTOR");
        Opening tuesday = new Opening(TUESDAY_OPENING, TOKYO);

        assertThat(windows.opening(email(KENJI, "QUOTE", "INQ-WINDOW", false), MONDAY_EVENING)).contains(tuesday);
        assertThat(windows.opening(email(KENJI, "QUOTE", "INQ-WINDOW", false), TUESDAY_OPENING.plus(Duration.ofHours(1))))
            .as("while the client is open: now").contains(new Opening(TUESDAY_OPENING.plus(Duration.ofHours(1)), TOKYO));
        assertThat(windows.opening(email("old-kenji@nakamura.example", "TRACKING_NUMBER", kenji.id(), true), MONDAY_EVENING))
            .as("an address the client changed since: the client of the record").contains(tuesday);
        assertThat(windows.opening(email("nobody@nowhere.example", "QUOTE", "INQ-NOBODY", false), MONDAY_EVENING))
            .as("no client known").isEmpty();

        assertThat(windows.opening(email(KENJI, "COMPLAINT_DIAGNOSIS", "CMP-WINDOW-CRISIS", true), MONDAY_EVENING))
            .as("a crisis runs 7x24").isEmpty();
        assertThat(windows.opening(email(KENJI, "COMPLAINT_DIAGNOSIS", "CMP-WINDOW-DETRACTOR", true), MONDAY_EVENING))
            .as("a crisis opened from a detractor score lands in the client's hours").contains(tuesday);
        assertThat(windows.opening(email(KENJI, "COMPLAINT_RECEIVED", "CMP-WINDOW-CRISIS", true), MONDAY_EVENING))
            .as("the automatic receipt is no update of the crisis").contains(tuesday);
        assertThat(windows.opening(email(KENJI, "EXCEPTION_NOTICE", "ORD-WINDOW", true), MONDAY_EVENING))
            .as("an exception notice that went at once").isEmpty();
        assertThat(windows.opening(email(KENJI, "EXCEPTION_NOTICE", "ORD-WINDOW", false), MONDAY_EVENING))
            .as("an exception notice planned for the client's window").contains(tuesday);
    }

    /** A client email written on Monday at 10:00 in Tokyo, planned at once or for a later moment. */
    private static OutboxMessage email(String to, String kind, String reference, boolean atOnce) {
        Instant written = Instant.parse("2002-03-04T01:00:00Z");
        Instant planned = atOnce ? written : written.plus(Duration.ofMinutes(1));
        return new OutboxMessage("MSG-" + kind, to, "Subject", "Body.\n", OutboxMessage.Channel.EMAIL, planned,
            OutboxMessage.Status.PLANNED, reference, written, OutboxMessage.Kind.CLIENT,
            new OutboxMessage.Delivery(0, planned, null, null, null, null), new OutboxMessage.Content(null, kind, "ja,en"));
    }

    private void complaint(String id, String number, String clientId, String source) {
        Timestamp at = Timestamp.from(MONDAY_EVENING.minus(Duration.ofDays(1)));
        jdbc.sql("""
                insert into complaint (id, complaint_number, client_id, source, category, wording, description, received_at,
                                       crisis, status, escalation_level, created_at)
                values (:id, :number, :client, :source, 'QUALITY', 'NEUTRAL', 'Broken panels.', :at, true, 'RECEIVED', 0, :at)""")
            .param("id", id).param("number", number).param("client", clientId).param("source", source).param("at", at)
            .update();
    }
}
