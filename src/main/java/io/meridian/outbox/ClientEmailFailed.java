package io.meridian.outbox;

/**
 * A client email the outbox gave up on: the mail server refused it for good, or its last attempt
 * failed. Published in the transaction that marks the message FAILED, so whatever a listener
 * writes (a task for the team) is kept exactly when the mark is.
 *
 * @param message  the message as it was claimed
 * @param error    why the last attempt failed, as {@code last_error} keeps it
 * @param attempts the sending attempts made, the last one included
 */
public record ClientEmailFailed(OutboxMessage message, String error, int attempts) {
}
