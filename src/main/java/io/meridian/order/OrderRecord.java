package io.meridian.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the order ledger (DOMAIN.md "Records kept"): number, amount, delivery date, shipping method, payment status. */
public record OrderRecord(String id, String orderNumber, String inquiryId, String clientId, BigDecimal amount,
                          String currency, LocalDate deliveryDate, String shippingMethod, PaymentStatus paymentStatus,
                          Status status, LocalDate stockReadyOn, String carrier, String trackingNumber,
                          Instant shippedAt, Instant deliveredAt, Instant createdAt) {

    /** SHORTFALL_ACCEPTED: partly paid, and the order desk let the order go on (see {@link Shortfall}). */
    public enum PaymentStatus { UNPAID, PARTIAL, PAID, SHORTFALL_ACCEPTED }

    public enum Status { AWAITING_PAYMENT, PAID, CONFIRMED, SHIPPED, DELIVERED }
}
