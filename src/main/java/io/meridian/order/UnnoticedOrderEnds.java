package io.meridian.order;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Notices an order whose journey or fulfilment was deleted without its listeners (Cockpit's "Skip Custom Listeners",
 * engine-rest's {@code skipCustomListeners=true}) that nothing of Meridian's has noticed yet, and cancels it in a transaction
 * of its own ({@link OrderCancellation}): an event about such an order is then a 409 naming the cancellation, and the next
 * GET shows it CANCELLED, although the request's own transaction rolls back. Call it before the request locks the order.
 */
public interface UnnoticedOrderEnds {

    /**
     * @param noticed when and how the server noticed, for the cancellation's reason ("noticed at … when a shipment was posted")
     * @return what happened to the order ("order MO-… ended without a delivery on …"), empty for an order that still runs,
     *     was delivered or cancelled already, or is unknown
     */
    Optional<String> endIfUnnoticed(String orderId, Function<Instant, String> noticed);

    /** "noticed at 2027-01-11T08:00:00Z when a shipment was posted" */
    static Function<Instant, String> whenPosted(String what) {
        return now -> "noticed at " + now + " when " + what + " was posted";
    }
}
