package io.meridian.outbox;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * An email as a record's message list shows it: whom, what, when it was planned and sent, and how
 * sending went; {@code follows}, the id of an earlier email to the client it waits for (the quote an order
 * confirmation goes after) while that one is still to go out. The body stays in the outbox: the list is for
 * following delivery, not for reading mail.
 */
public record PlannedMessage(
    @Schema(description = "the email's id") String id,
    @Schema(description = "the address it goes to") String recipient,
    @Schema(description = "its subject") String subject,
    @Schema(description = "CLIENT (to the client) or INTERNAL (to the team)") OutboxMessage.Kind kind,
    @Schema(description = "when it is planned to go out (the client's send window)") Instant plannedAt,
    @Schema(description = "when it went out; null until sent") @Nullable Instant sentAt,
    @Schema(description = "PLANNED, SENDING, SENT, FAILED (could not go out; the team settles it) or WITHDRAWN") OutboxMessage.Status status,
    @Schema(description = "how many times sending was tried") int attempts,
    @Schema(description = "when sending is tried next") Instant nextAttemptAt,
    @Schema(description = "why the last try failed, or why it waits (for the mail server; for the client's next send window, as it could not go out in theirs); null when none failed") @Nullable String lastError,
    @Schema(description = "which email it is (its template folder), e.g. quote; null for an email without a template") @Nullable String messageKind,
    @Schema(description = "the languages of its parts, the client's first; null for an email without a template") @Nullable java.util.List<String> languages,
    @Schema(description = "how the team settled an email that could not go out; null when not settled") @Nullable OutboxMessage.Settlement settled,
    @Schema(description = "the id of the email this one stands in for (a corrected resend); null when none") @Nullable String follows) {

    public static PlannedMessage of(OutboxMessage m) {
        return new PlannedMessage(m.id(), m.recipient(), m.subject(), m.kind(), m.plannedAt(), m.delivery().sentAt(),
            m.status(), m.delivery().attempts(), m.delivery().nextAttemptAt(), m.delivery().lastError(),
            m.content().messageKind(), m.content().languages() == null ? java.util.List.of() : java.util.List.of(m.content().languages().split(",")),
            m.delivery().settled(), m.delivery().follows());
    }
}
