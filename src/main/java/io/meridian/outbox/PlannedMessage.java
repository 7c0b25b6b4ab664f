package io.meridian.outbox;

import java.time.Instant;

/**
 * An email as a record's message list shows it: whom, what, when it was planned and sent, and how
 * sending went; {@code follows}, the id of an earlier email to the client it waits for (the quote an order
 * confirmation goes after) while that one is still to go out. The body stays in the outbox: the list is for
 * following delivery, not for reading mail.
 */
public record PlannedMessage(String id, String recipient, String subject, OutboxMessage.Kind kind, Instant plannedAt,
                             Instant sentAt, OutboxMessage.Status status, int attempts, Instant nextAttemptAt,
                             String lastError, String messageKind, java.util.List<String> languages,
                             OutboxMessage.Settlement settled, String follows) {

    public static PlannedMessage of(OutboxMessage m) {
        return new PlannedMessage(m.id(), m.recipient(), m.subject(), m.kind(), m.plannedAt(), m.delivery().sentAt(),
            m.status(), m.delivery().attempts(), m.delivery().nextAttemptAt(), m.delivery().lastError(),
            m.content().messageKind(), m.content().languages() == null ? java.util.List.of() : java.util.List.of(m.content().languages().split(",")),
            m.delivery().settled(), m.delivery().follows());
    }
}
