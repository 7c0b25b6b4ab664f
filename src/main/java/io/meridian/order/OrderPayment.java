package io.meridian.order;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** One payment received for an order, as recorded: who recorded it and when. */
public record OrderPayment(
    @Schema(description = "the payment's id") String id,
    @Schema(description = "the order it pays") String orderId,
    @Schema(description = "the amount received, in currency") BigDecimal amount,
    @Schema(description = "ISO 4217 currency code") String currency,
    @Schema(description = "when the money arrived") Instant receivedAt,
    @Schema(description = "the user who recorded it; null for a payment recorded before users were kept") @Nullable String recordedBy,
    @Schema(description = "when Meridian recorded it") Instant recordedAt) {
}
