package io.meridian.outbox;

import java.time.Instant;

/** One message to a client, planned for {@code plannedAt} (inside the client's contact window). */
public record OutboxMessage(String id, String recipient, String subject, String body, Channel channel,
                            Instant plannedAt, Status status, String reference, Instant createdAt) {

    /** How the message goes out; confirmations always go by email. */
    public enum Channel { EMAIL }

    public enum Status { PLANNED, SENT, FAILED }
}
