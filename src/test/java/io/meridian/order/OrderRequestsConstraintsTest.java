package io.meridian.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * In the stream, not beside it ({@code RunsBeside}): a payment time "in the future" is judged against the
 * engine clock ({@code ClockUtil}, JVM-wide), which the stream's process tests set to dates in 2027; beside
 * them a time one day ahead of the real clock was once not in the future, and this test failed.
 */
class OrderRequestsConstraintsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> messages(Object request) {
        return validator.validate(request).stream()
            .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void shouldNameEveryFieldOfABadPaymentWithOneMessageEach() {
        assertThat(messages(new OrderRequests.Payment(new BigDecimal("-1.234"), " ", "1850-01-01T00:00:00Z"))).containsOnly(
            Map.entry("amount", "[field] must be greater than 0"),
            Map.entry("currency", "[field] is required (ISO 4217, e.g. USD)"),
            Map.entry("receivedAt", "[field] must lie between 1900 and 2100"));
        assertThat(messages(new OrderRequests.Payment(new BigDecimal("10.000000000000000001"), "USD", "yesterday"))).containsOnly(
            Map.entry("amount", "[field] has more than 17 digits before or after the point"),
            Map.entry("receivedAt", "[field] '[value]' is not an ISO-8601 date-time with offset, e.g. 2027-03-01T10:00:00Z"));
        assertThat(messages(new OrderRequests.Payment(null, "USD", null))).containsOnly(Map.entry("amount", "[field] is required"));
        Map<String, String> future = messages(new OrderRequests.Payment(BigDecimal.ZERO, "USD",
            java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString()));
        assertThat(future).containsOnlyKeys("amount", "receivedAt");
        assertThat(future.get("receivedAt")).startsWith("[field] ").contains(" lies in the future (now is ");
        assertThat(messages(new OrderRequests.Payment(new BigDecimal("1E+18"), "USD", null))).containsOnly(
            Map.entry("amount", "[field] has more than 17 digits before or after the point"));
        assertThat(messages(new OrderRequests.Payment(new BigDecimal("120.50"), "usd", "2026-03-01T10:00:00+08:00"))).isEmpty();
        assertThat(messages(new OrderRequests.Payment(new BigDecimal("10.001"), "BHD", null)))
            .as("the currency's decimals are the order's to judge (OrderService): three are right for a dinar").isEmpty();
    }

    @Test
    void shouldCheckTheOtherOrderEvents() {
        assertThat(messages(new OrderRequests.StockForecast("2027-02-30"))).containsOnly(
            Map.entry("stockReadyOn", "[field] '[value]' is not an ISO-8601 date, e.g. 2027-02-10"));
        assertThat(messages(new OrderRequests.Shipment(null, "x".repeat(101), null, null, null))).as("the carrier may go unnamed (DESIGN)")
            .containsOnly(Map.entry("trackingNumber", "[field] is longer than 100 characters"));
        assertThat(messages(new OrderRequests.Shipment("y".repeat(101), " ", null, "z".repeat(101), null))).containsOnly(
            Map.entry("carrier", "[field] is longer than 100 characters"), Map.entry("corrects", "[field] is longer than 100 characters"),
            Map.entry("trackingNumber", "[field] is required: it goes to the client in their next send window (at once while one is open)"));
        assertThat(messages(new OrderRequests.FulfilmentProblem("STRIKE", " "))).containsOnly(
            Map.entry("kind", "unknown [field] '[value]' (one of PRODUCTION_DELAY, LOGISTICS_HOLD)"),
            Map.entry("description", "[field] is required"));
        assertThat(messages(new OrderRequests.Delivery(null))).isEmpty();
    }
}
