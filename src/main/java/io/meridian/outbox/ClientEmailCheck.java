package io.meridian.outbox;

import java.util.Optional;

/**
 * Asked by the outbox relay just before a client email goes out, once a node has claimed it: whether the matter it is
 * about is over without the client knowing it from this email (an order whose fulfilment was deleted in Cockpit without
 * its listeners). Such an email is WITHDRAWN instead of sent, the answer as its {@code lastError}. What the check records
 * about the matter (the order CANCELLED) it commits itself, before it answers.
 */
public interface ClientEmailCheck {

    /**
     * @param message a client email about to go out
     * @return why it must not go out ("withdrawn before it went out: order MO-… ended without a delivery …"), or empty to send it
     */
    Optional<String> withdrawBecause(OutboxMessage message);
}
