package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Client mistakes get a 4xx problem+json naming the problem, never a 500. */
class BadInputTest extends ServerTest {

    private static final String ETIQUETTE = "/api/decisions/etiquette";

    private static byte[] jsonOfSize(int bytes) {
        byte[] padding = new byte[bytes];
        Arrays.fill(padding, (byte) 'a');
        return ("{\"country\":\"JP\",\"at\":\"" + new String(padding, StandardCharsets.US_ASCII) + "\"}").getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertProblem(Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        assertThat(answer.body()).contains(detail);
    }

    @Test
    void shouldRefuseAnOversizedBody() {
        assertProblem(send("POST", ETIQUETTE, "sam", "application/json", jsonOfSize(1_200_000)), 413, "larger than the limit");
    }

    @Test
    void shouldRefuseAnOversizedBodySentInChunks() {
        byte[] body = jsonOfSize(1_200_000);
        HttpRequest request = HttpRequest.newBuilder(uri(ETIQUETTE)).header("Authorization", basic("sam", PASSWORD))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertProblem(send(http, request), 413, "larger than the limit");
    }

    @Test
    void shouldAcceptAChunkedBodyUnderTheLimit() {
        byte[] body = "{\"country\":\"JP\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri(ETIQUETTE)).header("Authorization", basic("sam", PASSWORD))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertThat(send(http, request).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnOversizedBodyOnEngineRest() {
        Answer answer = send("POST", "/engine-rest/message", "demo", "application/json", jsonOfSize(1_200_000));
        assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    void shouldRefuseMalformedJson() {
        assertProblem(postJson(ETIQUETTE, "sam", "{\"country\": \"JP\""), 400, "malformed JSON");
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        assertProblem(postJson(ETIQUETTE, "sam", "{\"country\": {\"a\": 1}}"), 400, "\"field\":\"country\"");
    }

    @Test
    void shouldNameAnUnknownEnumValue() {
        assertProblem(postJson(ETIQUETTE, "sam", "{\"country\": \"JP\", \"tier\": \"Z\"}"), 400, "\"field\":\"tier\"");
    }

    @Test
    void shouldNameAnUnknownField() {
        assertProblem(postJson(ETIQUETTE, "sam", "{\"country\": \"JP\", \"admin\": true}"), 400, "unknown field 'admin'");
    }

    @Test
    void shouldNameTheFieldsThatBelongWhereAnUnknownOneWasAndTheOneMeant() {
        assertProblem(postJson(ETIQUETTE, "sam", "{\"country\": \"JP\", \"teir\": \"A\"}"), 400,
            "unknown field 'teir': did you mean 'tier'? (the fields at the top: ");
        // the client's fields written at the top of an inquiry, where only its two parts belong
        Answer flat = postJson("/api/inquiries", "shop", "{\"company\": \"Keller GmbH\", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5}}");
        assertProblem(flat, 400, "unknown field 'company' (the fields at the top: ");
        assertThat(flat.body()).contains("client", "inquiry");
        assertProblem(postJson("/api/inquiries", "shop", "{\"client\": {\"compnay\": \"Keller GmbH\"}}"), 400,
            "unknown field 'client.compnay': did you mean 'company'? (the fields of client: ");
    }

    @Test
    void shouldAnswerAWrongMethodWith405() {
        assertProblem(get(ETIQUETTE, "sam"), 405, "GET");
    }

    @Test
    void shouldAnswerAWrongMediaTypeWith415() {
        assertProblem(send("POST", ETIQUETTE, "sam", "text/xml", "<country>JP</country>".getBytes()), 415, "text/xml");
    }

    @Test
    void shouldAnswerAnUnknownPathWith404() {
        assertProblem(get("/api/no-such-thing/42", "sam"), 404, "/api/no-such-thing/42");
    }
}
