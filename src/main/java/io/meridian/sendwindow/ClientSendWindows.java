package io.meridian.sendwindow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.ClientSendWindow;
import io.meridian.outbox.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The send window of the client a late email is for, as the step that planned it computed it (the client's business hours
 * on their working days, their public holidays and observances: {@link Clocks#sendAt}), from the client's record: found by
 * the address, else by the record the email is about (an address changed since). The crisis channel has none: a crisis
 * complaint's updates (but one opened from a detractor score) and an exception notice planned to go at once, which the
 * client waits for around the clock. Every other email (a tracking number, an automatic reply or receipt, the quote) that
 * could not go out while the client was open waits for their next window.
 */
@Component
class ClientSendWindows implements ClientSendWindow {

    private final ClientLedger clients;
    private final EtiquetteService etiquette;
    private final Clocks clocks;
    private final JdbcClient jdbc;

    ClientSendWindows(ClientLedger clients, EtiquetteService etiquette, Clocks clocks, JdbcClient jdbc) {
        this.clients = clients;
        this.etiquette = etiquette;
        this.clocks = clocks;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Opening> opening(OutboxMessage message, Instant from) {
        if (onCrisisChannel(message)) {
            return Optional.empty();
        }
        return clients.byEmail(message.recipient()).or(() -> clients.ofRecord(message.reference())).map(client -> {
            ZoneId zone = client.timeZone() == null ? null : ZoneId.of(client.timeZone());
            ClientCalendar calendar = etiquette.decide(client.country(), from, client.tier()).calendar(zone);
            return new Opening(clocks.sendAt(calendar, from), calendar.zone());
        });
    }

    /**
     * Whether the email went on the 7×24 crisis channel when it was planned (CrisisChannel): an exception notice planned
     * for the moment it was written, or an email of a crisis complaint that no detractor score opened (all its emails but
     * the automatic receipt).
     */
    private boolean onCrisisChannel(OutboxMessage message) {
        String kind = message.content().messageKind();
        if (MessageKind.EXCEPTION_NOTICE.name().equals(kind)) {
            return !message.plannedAt().isAfter(message.createdAt());
        }
        if (kind == null || !kind.startsWith("COMPLAINT_") || MessageKind.COMPLAINT_RECEIVED.name().equals(kind)
            || message.reference() == null) {
            return false;
        }
        return jdbc.sql("select count(*) from complaint where id = :id and crisis = true and source <> 'DETRACTOR'")
            .param("id", message.reference()).query(Long.class).single() > 0;
    }

}
