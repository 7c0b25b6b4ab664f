package io.meridian.order;

import java.math.BigDecimal;
import java.time.Instant;

/** One payment received for an order, as recorded: who recorded it and when. */
public record OrderPayment(String id, String orderId, BigDecimal amount, String currency, Instant receivedAt,
                           String recordedBy, Instant recordedAt) {
}
