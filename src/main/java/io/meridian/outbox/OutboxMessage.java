package io.meridian.outbox;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One message in the outbox, planned for {@code plannedAt}: to a client inside the client's
 * contact window, or to staff at once. {@code delivery} tells how far sending has come, so that
 * a message that could not be sent is visible rather than lost.
 */
public record OutboxMessage(String id, String recipient, String subject, String body, Channel channel,
                            Instant plannedAt, Status status, String reference, Instant createdAt,
                            Kind kind, Delivery delivery, Content content) {

    /**
     * What a client email holds besides its plain text: the HTML part (null for a plain-text
     * notification), which message kind it is and the languages of its parts (e.g. {@code ja,en}).
     */
    public record Content(String html, String messageKind, String languages) {
        static final Content PLAIN = new Content(null, null, null);
    }

    /** How the message goes out; confirmations always go by email. */
    public enum Channel { EMAIL }

    /** Whom the message is for: a client, or the team (an internal notification). */
    public enum Kind { CLIENT, INTERNAL }

    /**
     * PLANNED waits for its time (or its next attempt, or an SMTP host); SENDING is claimed by one
     * node; SENT went out; FAILED gave up after the last attempt and needs a person; WITHDRAWN never
     * went out because a later email of its kind about the same record replaced it while it waited
     * (a revised quote written before the first had reached the client), or because what it is about ended while it
     * waited (its order cancelled, its process deleted: {@link ClientEmailCheck}); {@code lastError} says which.
     */
    public enum Status { PLANNED, SENDING, SENT, FAILED, WITHDRAWN }

    /**
     * @param attempts      sending attempts made so far
     * @param nextAttemptAt when the relay tries next (the planned time before the first attempt)
     * @param sentAt        when the SMTP server accepted the message, null until then
     * @param lastError     why the last attempt failed, null if none did
     * @param settled       what a person did about it after it FAILED, null until someone did
     * @param follows       the client email about the same matter (or the inquiry an order grew out of) written before this
     *                      one, which had not gone out when this one was planned: this one waits while that one is still
     *                      PLANNED (retries included) or SENDING; null for none
     */
    public record Delivery(int attempts, Instant nextAttemptAt, Instant sentAt, String lastError, Settlement settled, String follows) {

        static Delivery planned(Instant plannedAt, String follows) {
            return new Delivery(0, plannedAt, null, null, null, follows);
        }
    }

    /**
     * How a person settled a FAILED client email: sent it again (to the same or a corrected address) or
     * recorded how the client got it otherwise.
     *
     * @param by   the user
     * @param at   when
     * @param note what was done, in the user's words or the server's ("sent again to ...")
     */
    public record Settlement(
        @Schema(description = "who settled it") String by,
        @Schema(description = "when") Instant at,
        @Schema(description = "what they did instead, e.g. phoned the client") String note) {
    }
}
