package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.testsupport.RunsBeside;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

@RunsBeside
class ClientResponseRequestConstraintsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> messages(ClientResponseRequest request) {
        return validator.validate(request).stream()
            .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void shouldTieTheObjectionToTheDecision() {
        assertThat(messages(new ClientResponseRequest("declined", null, null)))
            .containsOnly(Map.entry("objection", "a declined quote needs its objection: PRICE, NEED, TRUST or DELAY"));
        assertThat(messages(new ClientResponseRequest("ACCEPTED", "PRICE", null)))
            .containsOnly(Map.entry("objection", "an accepted quote has no objection"));
        assertThat(messages(new ClientResponseRequest("DECLINED", "COLOUR", null)))
            .containsOnly(Map.entry("objection", "unknown [field] '[value]' (one of PRICE, NEED, TRUST, DELAY)"));
        assertThat(messages(new ClientResponseRequest(" ", null, "n".repeat(4001)))).containsOnly(
            Map.entry("decision", "[field] is required (ACCEPTED or DECLINED)"),
            Map.entry("note", "[field] is longer than 4000 characters"));
        ClientResponseRequest declined = new ClientResponseRequest(" declined ", "price", null);
        assertThat(messages(declined)).isEmpty();
        assertThat(declined.decisionValue()).isEqualTo(ClientJourney.Decision.DECLINED);
        assertThat(declined.objectionValue()).isEqualTo(ClientJourney.Objection.PRICE);
    }
}
