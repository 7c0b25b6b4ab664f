package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What an integrator's bug sends that JSON allows but no person typed is refused naming its field, as the API refuses a
 * value of the wrong type: a control character in a text (a NUL, which PostgreSQL cannot store in text, was taken on H2),
 * a number too large for its field (answered as a malformed body naming no field) and a field given twice in one object
 * (the last value silently won: {@code {"country": "JP", "country": "US"}} decided for the US).
 */
class FieldLevelJsonProblemsTest {

    record Part(@Text(required = true, max = 200) String company, @Text(max = 4000) String message, Integer quantity) {
    }

    record Body(@Valid Part client, List<Integer> counts) {
    }

    private final ObjectMapper mapper = strictMapper();
    private final SpringValidatorAdapter validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());

    private static ObjectMapper strictMapper() {
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        new StrictJson().strictScalars().customize(builder);
        return builder.build();
    }

    private Map<String, String> problems(String json) {
        return BodyFieldProblems.of(mapper, validator, json.getBytes(StandardCharsets.UTF_8), mapper.constructType(Body.class),
            ProblemAdvice::describe).orElseThrow();
    }

    @Test
    void shouldRefuseAControlCharacterInATextNamingTheFieldAndWhere() {
        assertThat(problems("{\"client\": {\"company\": \"Nul\\u0000Co\", \"message\": \"Ring \\u0007 twice\"}}")).containsExactly(
            Map.entry("client.company", "client.company holds the control character U+0000 at character 4: send the text without it"),
            Map.entry("client.message", "client.message holds the control character U+0007 at character 6: send the text without it"));
        assertThat(problems("{\"client\": {\"company\": \"\uD83D\uDE80\\u009BCo\"}}")).as("counted in characters, an emoji as one")
            .containsEntry("client.company", "client.company holds the control character U+009B at character 2: send the text without it");
        assertThat(problems("{\"client\": {\"company\": \"Broken \\ud800 pair\"}}")).containsExactly(Map.entry("client.company",
            "client.company holds half a surrogate pair (U+D800) at character 8: send the whole character, or none"));
    }

    @Test
    void shouldTakeLineBreaksTabsAndWholeCharactersOutsideTheFirstPlane() {
        assertThat(problems("{\"client\": {\"company\": \"Rocket \uD83D\uDE80 \uD842\uDFB7野 Trading\","
            + " \"message\": \"Line one,\\r\\nline two\\twith a tab\"}}")).isEmpty();
    }

    @Test
    void shouldNameANumberTooLargeForItsFieldWithTheBodysOtherMistakes() {
        assertThat(problems("{\"client\": {\"company\": \"\", \"quantity\": 99999999999999999999}, \"counts\": [1, 3000000000]}"))
            .containsOnly(
                Map.entry("client.company", "client.company is required"),
                Map.entry("client.quantity", "client.quantity: 99999999999999999999 is out of range for a whole number (-2147483648 to 2147483647)"),
                Map.entry("counts[1]", "counts[1]: 3000000000 is out of range for a whole number (-2147483648 to 2147483647)"));
    }

    @Test
    void shouldNameAFieldGivenTwiceInOneObject() {
        Throwable thrown = catchThrowable(() -> mapper.readValue("{\"client\": {\"company\": \"A\", \"company\": \"B\"}}", Body.class));

        JsonMappingException problem = ProblemAdvice.fieldProblem(thrown).orElseThrow();

        assertThat(ProblemAdvice.fieldPath(problem)).isEqualTo("client.company");
        assertThat(ProblemAdvice.describe("client.company", problem))
            .isEqualTo("client.company: given twice in the same object: send each field once");
    }
}
