package io.meridian.complaint;

import java.time.Instant;
import java.util.Optional;

import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import org.springframework.stereotype.Component;

/**
 * The email that tells the client a complaint's root cause and permanent fix: when it still waits in the outbox for the
 * client's business hours, the client has not read the fix yet. The confirmation waits for it, and so does the team's
 * follow-up.
 */
@Component
class FixEmail {

    private final Outbox outbox;

    FixEmail(Outbox outbox) {
        this.outbox = outbox;
    }

    /** When complaint {@code complaintId}'s fix email goes out, if it is planned for after {@code now}; empty when none waits. */
    Optional<Instant> waitingAfter(String complaintId, Instant now) {
        return outbox.about(complaintId).stream()
            .filter(m -> m.kind() == OutboxMessage.Kind.CLIENT && MessageKind.COMPLAINT_ROOT_CAUSE_FIX.name().equals(m.content().messageKind()))
            .filter(m -> m.status() == OutboxMessage.Status.PLANNED && m.delivery().nextAttemptAt().isAfter(now))
            .map(m -> m.delivery().nextAttemptAt()).max(Instant::compareTo);
    }
}
