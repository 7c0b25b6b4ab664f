package io.meridian.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A call to the server of {@link MeridianTest} as another system makes it: a JSON body, HTTP Basic as a demo user
 * (password {@code demo}), the answer read as JSON whatever its status. A test class gets it with {@code @Autowired}.
 * A helper, not a test: the tests assert on its answers, and {@code ApiCallsTest} checks its calls.
 */
public class ApiCalls {

    static final String PASSWORD = "demo";

    private final TestRestTemplate http;

    ApiCalls(TestRestTemplate http) {
        this.http = http;
    }

    /** POSTs {@code body} (JSON) to {@code path} as {@code user}. */
    public ResponseEntity<JsonNode> post(String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** GETs {@code path} as {@code user}. */
    public ResponseEntity<JsonNode> get(String path, String user) {
        return http.withBasicAuth(user, PASSWORD).getForEntity(path, JsonNode.class);
    }
}
