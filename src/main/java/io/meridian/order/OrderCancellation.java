package io.meridian.order;

import java.time.Instant;

import io.meridian.outbox.Outbox;
import io.meridian.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An order whose journey or fulfilment was cancelled before the delivery (Cockpit's "Delete Process Instance",
 * {@code DELETE /engine-rest/process-instance/{id}}): the ledger keeps it CANCELLED with when and why, every client email
 * about it or its inquiry still waiting in the outbox is withdrawn (no quote, order confirmation, progress report or
 * tracking number reaches the client about an order that is off; those sent stay SENT; one a node had claimed at that
 * moment is withdrawn by the relay before it goes out), and its later events are a 409 naming the cancellation
 * ({@link #refuseIfCancelled}); {@link OrderCancelled} tells the rest of the server. A delivered order is not cancelled; a second call changes nothing. Runs in the caller's transaction.
 */
@Component
public class OrderCancellation {

    private static final Logger log = LoggerFactory.getLogger(OrderCancellation.class);

    private final OrderLedger orders;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    OrderCancellation(OrderLedger orders, Outbox outbox, ApplicationEventPublisher events) {
        this.orders = orders;
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * @param reason what was cancelled and the reason given, if any ("Order fulfilment cancelled: Client cancelled the order")
     * @param what   what happened to the order, for the emails withdrawn from the outbox ("order MO-… ended without a delivery on …")
     * @return whether the order became CANCELLED now (false: delivered, cancelled already, or no such order)
     */
    public boolean cancel(String orderId, Instant at, String reason, String what) {
        if (!orders.cancelled(orderId, at, reason)) {
            return false;
        }
        // the order's emails, and the inquiry's still waiting (a quote the client would read as an offer still open)
        String why = "withdrawn before it went out: " + what;
        OrderRecord order = orders.byId(orderId).orElseThrow();
        String inquiryId = order.inquiryId();
        int mails = outbox.withdrawAllPlanned(orderId, why) + (inquiryId == null ? 0 : outbox.withdrawAllPlanned(inquiryId, why));
        log.info("Order {} cancelled ({}); {} client email(s) withdrawn from the outbox", orderId, reason, mails);
        // what still runs for it stops (its progress reports, a task to reach the client about an undelivered email of it),
        // also when no listener of its process ran
        events.publishEvent(new OrderCancelled(orderId, order.orderNumber(), inquiryId, at, reason));
        return true;
    }

    /** "order MO-… was cancelled at 2027-01-11T07:00:00Z (Order fulfilment cancelled: Client cancelled the order)" */
    public static String cancelled(OrderRecord order) {
        return "order " + order.orderNumber() + " was cancelled at " + order.cancelledAt() + " (" + order.cancellationReason() + ")";
    }

    /** A 409 for an event about a CANCELLED order, naming the cancellation; nothing for an order that is not cancelled. */
    static void refuseIfCancelled(OrderRecord order, String what) {
        if (order.status() == OrderRecord.Status.CANCELLED) {
            throw new ConflictException(cancelled(order) + ": it is not waiting for " + what + " (status CANCELLED); nothing was recorded");
        }
    }
}
