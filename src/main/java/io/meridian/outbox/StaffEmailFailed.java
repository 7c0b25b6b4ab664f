package io.meridian.outbox;

/**
 * A staff email (an escalation's reminder or alert, a crisis alert) the outbox gave up on: the mail server
 * refused it for good, or its last attempt failed. Published in the transaction that marks the message
 * FAILED, as {@link ClientEmailFailed} is: a person whose address is wrong gets none of them until it is fixed.
 *
 * @param message  the message as it was claimed
 * @param error    why the last attempt failed, as {@code last_error} keeps it
 * @param attempts the sending attempts made, the last one included
 */
public record StaffEmailFailed(OutboxMessage message, String error, int attempts) {
}
