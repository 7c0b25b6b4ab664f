package io.meridian.order;

import java.time.Instant;

/**
 * An order became CANCELLED ({@link OrderCancellation}), published in the cancelling transaction: whatever still runs
 * for it (its progress reports) stops, whether its process ended with its listeners or the server noticed the deletion
 * later.
 *
 * @param reason what was cancelled and why, as {@code cancellationReason} says it
 */
public record OrderCancelled(String orderId, String orderNumber, Instant at, String reason) {
}
