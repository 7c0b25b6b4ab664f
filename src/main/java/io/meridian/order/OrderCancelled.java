package io.meridian.order;

import java.time.Instant;

/**
 * An order became CANCELLED ({@link OrderCancellation}), published in the cancelling transaction: whatever still runs
 * for it (its progress reports, a task to reach the client about an email of it that was not delivered) stops, whether its process ended with its listeners or the server noticed the deletion
 * later.
 *
 * @param inquiryId the inquiry the order grew out of, null for none
 * @param reason    what was cancelled and why, as {@code cancellationReason} says it
 */
public record OrderCancelled(String orderId, String orderNumber, String inquiryId, Instant at, String reason) {
}
