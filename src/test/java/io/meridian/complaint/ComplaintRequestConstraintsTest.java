package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.client.ClientPart;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * In the stream, not beside it: the receipt's bounds are checked against the engine's clock ({@code IsoInstant} reads
 * {@code ClockUtil}), which the stream's process tests move (a full run once saw "now is 2027-07-05T02:00:00Z" here).
 */
class ComplaintRequestConstraintsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> messages(Object request) {
        return validator.validate(request).stream()
            .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    private static ClientPart client(String email) {
        return new ClientPart("Weber GmbH", "Anna Weber", email, "DE", null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void shouldNameTheClientOnceAndEveryBadField() {
        assertThat(messages(new ComplaintRequest(null, "LOUD", " ", null, null, null, null))).containsOnly(
            Map.entry("category", "[field] is required (one of QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION)"),
            Map.entry("wording", "unknown [field] '[value]' (one of " + java.util.Arrays.stream(Wording.values()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ")"),
            Map.entry("description", "[field] is required"),
            Map.entry("client", "name the client: give the client (company, contactName, email, country, ...), an orderId or an inquiryId"));
        assertThat(messages(new ComplaintRequest("QUALITY", null, "Broken.", null, "o-1", null, client("anna@weber.example"))))
            .containsOnly(Map.entry("client", "give only one of the client, an orderId or an inquiryId"));
        assertThat(messages(new ComplaintRequest("quality", null, "Broken.", null, null, null, client("not-an-email"))))
            .containsOnly(Map.entry("client.email", "[field] '[value]' is not an email address"));
        // a receipt is judged by the constraint as the service judges it: not ahead of the clock, at most 90 days back
        String lastWeek = java.time.Instant.now().minus(java.time.Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        assertThat(messages(new ComplaintRequest("QUALITY", "mild", "Broken.", lastWeek, "o-1", null, null))).isEmpty();
        assertThat(messages(new ComplaintRequest("QUALITY", "mild", "Broken.", "1990-01-01T10:00:00Z", "o-1", null, null)))
            .containsOnlyKeys("receivedAt").hasValueSatisfying(new org.assertj.core.api.Condition<>(
                m -> m.startsWith("[field] 1990-01-01T10:00:00Z lies more than 90 days back (now is "), "the 90 days"));
    }

    @Test
    void shouldRequireTheVerdictOfAConfirmation() {
        assertThat(messages(new ComplaintConfirmationRequest(null, "x".repeat(4001)))).containsOnly(
            Map.entry("satisfied", "[field] is required (true or false)"),
            Map.entry("comment", "[field] is longer than 4000 characters"));
    }
}
