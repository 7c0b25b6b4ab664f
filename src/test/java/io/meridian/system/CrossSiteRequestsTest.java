package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A page of another site submits a form to the API: the browser adds the HTTP Basic credentials it remembers (an
 * analyst who tried Swagger UI) and, with them, could roll the rules back. Refused; programs and this server's pages
 * are not concerned.
 */
class CrossSiteRequestsTest extends ServerTest {

    private static final String ROLL_BACK = "/api/rules/etiquette/versions/1/activate";

    private Answer formPost(String path, String user, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, PASSWORD))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("x=1"));
        headers.forEach(request::header);
        return send(http, request.build());
    }

    private String activatedAt() {
        Answer rules = get("/api/rules", "ana");
        assertThat(rules.status()).isEqualTo(200);
        return rules.body();
    }

    @Test
    void shouldRefuseAFormOfAnotherSitesPage() {
        String before = activatedAt();

        Answer modern = formPost(ROLL_BACK, "ana", Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
        Answer older = formPost(ROLL_BACK, "ana", Map.of("Origin", "https://evil.example"));
        Answer sandboxed = formPost("/api/message-templates/quote/en/versions/1/activate", "max", Map.of("Origin", "null"));

        for (Answer refused : List.of(modern, older, sandboxed)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(modern.body()).contains("https://evil.example");
        assertThat(activatedAt()).as("nothing activated").isEqualTo(before);
    }

    @Test
    void shouldTakeTheSameRequestFromAProgramOrFromThisServersPages() {
        assertThat(formPost(ROLL_BACK, "ana", Map.of()).status()).as("curl: no Origin").isEqualTo(200);
        assertThat(formPost(ROLL_BACK, "ana", Map.of("Origin", "http://localhost:" + port)).status()).as("Swagger UI").isEqualTo(200);
        assertThat(formPost(ROLL_BACK, "ana", Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin")).status())
            .isEqualTo(200);
        assertThat(get("/api/rules", "sam").status()).as("a read from anywhere").isEqualTo(200);
    }
}
