package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@link ApiCalls} sends what the API tests take it for: JSON, as the user named, and reads any answer as JSON. */
@MeridianTest
class ApiCallsTest {

    @Autowired
    ApiCalls api;

    @Test
    void shouldPostJsonAsTheUserNamedAndReadTheAnswer() {
        ResponseEntity<JsonNode> decided = api.post("/api/decisions/etiquette", "{\"country\": \"JP\", \"tier\": \"A\"}", "sam");

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decided.getBody().path("country").asText()).isEqualTo("JP");
        assertThat(decided.getBody().path("tier").asText()).as("the body went as JSON").isEqualTo("A");
    }

    @Test
    void shouldSignInAsTheUserNamedAndReadAProblemAsJson() {
        String inquiry = "{\"client\": {}, \"inquiry\": {}}";

        assertThat(api.post("/api/inquiries", inquiry, "sam").getStatusCode()).as("sales starts no journeys").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> refused = api.post("/api/inquiries", inquiry, "shop");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field")).contains("client.company", "inquiry.product");
        assertThat(api.post("/api/decisions/etiquette", "{\"country\": \"JP\"}", "nobody").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldGetAsTheUserNamedAndReadTheAnswerOrProblemAsJson() {
        ResponseEntity<JsonNode> rules = api.get("/api/rules", "sam");
        assertThat(rules.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rules.getBody().findValuesAsText("table")).contains("etiquette");

        ResponseEntity<JsonNode> missing = api.get("/api/orders/no-such-order", "shop");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("detail").asText()).contains("no-such-order");
        assertThat(api.get("/api/rules", "nobody").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
