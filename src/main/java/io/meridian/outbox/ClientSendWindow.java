package io.meridian.outbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Asked by the outbox relay about a client email that is late (its time passed more than 15 minutes ago: the
 * mail server was away, or no node ran): when the client's send window (their business hours on their working days) is
 * open. The relay moves an email whose client has been closed since {@code GRACE} ago to their next window rather than
 * let it reach them at night or on their weekend; it sends one whose client is open as before.
 */
public interface ClientSendWindow {

    /**
     * @param message a late client email
     * @param from    the moment from which to look
     * @return the first moment at or after {@code from} inside the client's send window ({@code from} itself while they
     *     are open), with the client's time zone; empty when the email goes whatever the client's hours (the crisis
     *     channel: a crisis complaint's updates, an exception notice planned to go at once) or no client is known for it
     */
    Optional<Opening> opening(OutboxMessage message, Instant from);

    /** A moment inside the client's send window and the client's time zone, to say it in their clock. */
    record Opening(Instant at, ZoneId zone) {
    }

    /** Every client email goes when it is due, whatever the client's hours: no client's window is known. */
    ClientSendWindow NONE = (message, from) -> Optional.empty();
}
