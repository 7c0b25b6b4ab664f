package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A path value of the wrong type names its parameter and the type in {@code errors}, as a body's field does: a version
 * "abc" to put back in force answered Spring's "Failed to convert 'version' with value: 'abc'" without {@code errors}.
 */
class PathValueProblemsTest {

    @SuppressWarnings("unused")
    void activate(int version) {
    }

    @Test
    void shouldNameAPathValueOfTheWrongType() throws Exception {
        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("activate", int.class), 0);
        ProblemAdvice advice = new ProblemAdvice(new ObjectMapper(), Validation.buildDefaultValidatorFactory().getValidator());

        ResponseEntity<Object> answer = advice.handleException(
            new MethodArgumentTypeMismatchException("abc", Integer.class, "version", parameter, new NumberFormatException("abc")),
            new ServletWebRequest(new MockHttpServletRequest("POST", "/api/rules/etiquette/versions/abc/activate")));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getDetail()).isEqualTo("version 'abc' is not a whole number");
        assertThat(problem.getProperties()).containsEntry("errors",
            List.of(new ProblemAdvice.FieldError("version", "version 'abc' is not a whole number")));
        assertThat(problem.getTitle()).isEqualTo("Invalid request");
    }
}
