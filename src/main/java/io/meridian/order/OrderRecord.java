package io.meridian.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the order ledger (DOMAIN.md "Records kept"): number, amount, delivery date, shipping method, payment status;
 * for a CANCELLED order, when and why ({@link OrderCancellation}).
 */
public record OrderRecord(String id, String orderNumber, String inquiryId, String clientId, BigDecimal amount,
                          String currency, LocalDate deliveryDate, String shippingMethod, PaymentStatus paymentStatus,
                          Status status, LocalDate stockReadyOn, String carrier, String trackingNumber,
                          Instant shippedAt, Instant deliveredAt, Instant createdAt, Instant cancelledAt,
                          String cancellationReason) {

    /** SHORTFALL_ACCEPTED: partly paid, and the order desk let the order go on (see {@link Shortfall}). */
    public enum PaymentStatus { UNPAID, PARTIAL, PAID, SHORTFALL_ACCEPTED }

    /** CANCELLED: its journey or fulfilment was cancelled before the delivery; nothing more happens to it. */
    public enum Status { AWAITING_PAYMENT, PAID, CONFIRMED, SHIPPED, DELIVERED, CANCELLED }
}
