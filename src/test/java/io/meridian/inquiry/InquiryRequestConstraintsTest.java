package io.meridian.inquiry;

import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.client.ClientPart;
import io.meridian.testsupport.RunsBeside;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of {@code POST /api/inquiries} as constraints on its record: one message per offending field. */
@RunsBeside
class InquiryRequestConstraintsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldNameEveryOffendingFieldWithTodaysMessages() {
        InquiryRequest request = new InquiryRequest(
            new ClientPart(" ", "X", "not-an-email", "XX", "Mars/Base", "english!", "Z", "PIGEON", null, null,
                null, null, null, "t".repeat(101)),
            new InquiryRequest.InquiryPart("P", 0, null, "yesterday", null, null));
        Map<String, String> messages = validator.validate(request).stream()
            .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
        assertThat(messages).containsOnly(
            Map.entry("client.company", "[field] is required"),
            Map.entry("client.email", "[field] '[value]' is not an email address"),
            Map.entry("client.country", "unknown country code '[value]' (ISO 3166-1 alpha-2, e.g. JP)"),
            Map.entry("client.timeZone", "unknown time zone '[value]' in [field] (use an IANA id such as America/Los_Angeles)"),
            Map.entry("client.language", "[field] '[value]' is not a language tag such as en or pt-BR"),
            Map.entry("client.tier", "unknown [field] '[value]' (one of A, B, C)"),
            Map.entry("client.preferredChannel", "unknown [field] '[value]' (one of " + java.util.Arrays.stream(io.meridian.client.Channel.values())
                .map(Enum::name).collect(Collectors.joining(", ")) + ")"),
            Map.entry("client.title", "[field] is longer than 100 characters"),
            Map.entry("inquiry.quantity", "[field] must be between 1 and 1000000000"),
            Map.entry("inquiry.receivedAt", "[field] '[value]' is not an ISO-8601 date-time with offset, e.g. 2027-03-01T10:00:00Z"));
    }

    @Test
    void shouldAcceptAValidInquiryAndRequireBothParts() {
        InquiryRequest valid = new InquiryRequest(
            new ClientPart("Nakamura Trading", "Nakamura Ken", " ken@nakamura.example ", "jp", "Asia/Tokyo", "ja", "a",
                "email", null, null, null, null, null, null),
            new InquiryRequest.InquiryPart("Valves", 100, null,
                java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9)).minusHours(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                null, null));
        assertThat(validator.validate(valid)).isEmpty();
        assertThat(validator.validate(new InquiryRequest(null, null)).stream().map(v -> v.getPropertyPath().toString()))
            .containsExactlyInAnyOrder("client", "inquiry");
    }
}
