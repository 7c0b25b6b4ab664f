package io.meridian.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A key that is no key is a 400 that names the header in {@code errors}, as a body's field is named, so a client reading
 * {@code errors} finds what it got wrong; the refusal had only a {@code detail}.
 */
class IdempotencyKeyRefusalTest {

    @Test
    void shouldNameTheHeaderOfAKeyThatIsNoKey() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/inquiries");
        request.addHeader("Idempotency-Key", "schlüssel 1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new IdempotencyFilter(null, null, null, null).doFilterInternal(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(problem.path("errors").path(0).path("message").asText())
            .isEqualTo("Idempotency-Key must be 1 to 200 visible ASCII characters");
        assertThat(problem.path("detail").asText()).isEqualTo("Idempotency-Key must be 1 to 200 visible ASCII characters");
    }
}
