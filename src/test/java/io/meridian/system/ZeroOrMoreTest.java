package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** A number too large to read ({@code 1e400}, which JSON gives and Jackson reads as infinity) is named as too large, not as negative. */
class ZeroOrMoreTest {

    record Decision(@ZeroOrMore Double orderValue) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final SpringValidatorAdapter validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());

    private Map<String, String> problems(String json) {
        return BodyFieldProblems.of(mapper, validator, json.getBytes(StandardCharsets.UTF_8), mapper.constructType(Decision.class),
            ProblemAdvice::describe).orElseThrow();
    }

    @Test
    void shouldCallANumberBeyondTheLargestTooLargeAndANegativeOneNegative() {
        assertThat(problems("{\"orderValue\": 1e400}"))
            .containsExactly(Map.entry("orderValue", "orderValue is too large a number: the largest the server reads is about 1.8e308"));
        assertThat(problems("{\"orderValue\": -5}")).containsExactly(Map.entry("orderValue", "orderValue must be zero or more"));
        assertThat(problems("{\"orderValue\": 1e300}")).isEmpty();
    }
}
