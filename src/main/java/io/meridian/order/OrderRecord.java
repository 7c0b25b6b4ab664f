package io.meridian.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * One row of the order ledger (DOMAIN.md "Records kept"): number, amount, delivery date, shipping method, payment status;
 * for a CANCELLED order, when and why ({@link OrderCancellation}).
 */
public record OrderRecord(
    @Schema(description = "the order's id") String id,
    @Schema(description = "the order number the client sees in emails") String orderNumber,
    @Schema(description = "the inquiry it grew from") String inquiryId,
    @Schema(description = "the client it is for") String clientId,
    @Schema(description = "the order's total, in currency, with the currency's decimals") BigDecimal amount,
    @Schema(description = "ISO 4217 currency code, e.g. USD") String currency,
    @Schema(description = "the delivery date the order desk confirmed; null before confirmation") @Nullable LocalDate deliveryDate,
    @Schema(description = "how it ships (e.g. SEA, AIR), as confirmed; null before confirmation") @Nullable String shippingMethod,
    @Schema(description = "how much is paid: UNPAID, PARTIAL, PAID or SHORTFALL_ACCEPTED (the order desk let it go on with "
        + "less)") PaymentStatus paymentStatus,
    @Schema(description = "where the order stands: AWAITING_PAYMENT, PAID, CONFIRMED, SHIPPED, DELIVERED or CANCELLED") Status status,
    @Schema(description = "the day the goods are forecast to be ready; null before a stock forecast") @Nullable LocalDate stockReadyOn,
    @Schema(description = "the carrier of the shipment; null before shipment or when not given") @Nullable String carrier,
    @Schema(description = "the shipment's tracking number (sent to the client); null before shipment") @Nullable String trackingNumber,
    @Schema(description = "when the goods left; null before shipment") @Nullable Instant shippedAt,
    @Schema(description = "when the client received them; null before delivery") @Nullable Instant deliveredAt,
    @Schema(description = "when the order was created (the client accepted the quote)") Instant createdAt,
    @Schema(description = "when the order was cancelled; null unless cancelled") @Nullable Instant cancelledAt,
    @Schema(description = "why and by whom the order was cancelled; null unless cancelled") @Nullable String cancellationReason,
    @Schema(description = "the tracking numbers of the shipment's further containers or parcels, beside trackingNumber (sent to "
        + "the client with it); empty for a shipment of one part and before shipment") List<String> additionalTrackingNumbers) {

    public OrderRecord {
        additionalTrackingNumbers = additionalTrackingNumbers == null ? List.of() : List.copyOf(additionalTrackingNumbers);
    }

    /** SHORTFALL_ACCEPTED: partly paid, and the order desk let the order go on (see {@link Shortfall}). */
    public enum PaymentStatus { UNPAID, PARTIAL, PAID, SHORTFALL_ACCEPTED }

    /** CANCELLED: its journey or fulfilment was cancelled before the delivery; nothing more happens to it. */
    public enum Status { AWAITING_PAYMENT, PAID, CONFIRMED, SHIPPED, DELIVERED, CANCELLED }
}
