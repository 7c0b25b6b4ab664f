package io.meridian.outbox;

import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks a message FAILED and tells who must act ({@link ClientEmailFailed} for a client email, the team;
 * {@link StaffEmailFailed} for a staff email, the administrators) in the same transaction: the mark and
 * what the listeners write are kept together or not at all. Should a
 * listener fail, the message is marked FAILED without them and the log says so at ERROR, so that a
 * broken listener cannot send a refused message again and again.
 */
@Component
class FailedMessages {

    private static final Logger log = LoggerFactory.getLogger(FailedMessages.class);

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    FailedMessages(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param attempts the sending attempts made, the last one included
     * @param mark the conditional update that marks the message FAILED; false when another node changed it first
     * @return whether the message was marked here
     */
    boolean fail(OutboxMessage message, String error, int attempts, BooleanSupplier mark) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                boolean marked = mark.getAsBoolean();
                if (marked) {
                    events.publishEvent(message.kind() == OutboxMessage.Kind.CLIENT ? new ClientEmailFailed(message, error, attempts)
                        : new StaffEmailFailed(message, error, attempts));
                }
                return marked;
            }));
        } catch (RuntimeException e) {
            log.error("Outbox message {} (reference {}) failed, and telling the team failed too; the message is marked"
                + " FAILED without a task: {}", message.id(), message.reference(), e.toString(), e);
            return mark.getAsBoolean();
        }
    }
}
