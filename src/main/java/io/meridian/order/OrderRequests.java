package io.meridian.order;

import java.math.BigDecimal;

/** Bodies of the order events under {@code /api/orders/{id}}. */
final class OrderRequests {

    private OrderRequests() {
    }

    record Payment(BigDecimal amount, String currency, String receivedAt) {
    }

    record StockForecast(String stockReadyOn) {
    }

    record Shipment(String carrier, String trackingNumber, String shippedAt) {
    }

    record Delivery(String deliveredAt) {
    }

    record FulfilmentProblem(String kind, String description) {
    }
}
