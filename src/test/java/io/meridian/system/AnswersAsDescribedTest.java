package io.meridian.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an integrator reads in {@code /api/openapi} is what the server answers: every answer of an inquiry's and a
 * complaint's calls, and of the decisions, has a status the operation describes, and no field, value, time or day its
 * schema leaves out or writes otherwise (a client's local time described as a date-time with offset, which it has not).
 */
class AnswersAsDescribedTest extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> mismatches = new ArrayList<>();
    private JsonNode api;

    @Test
    void everyAnswerOfAnInquiryAndAComplaintShouldBeAsTheDescriptionSays() throws Exception {
        api = JSON.readTree(get("/api/openapi", "shop").body());
        String email = "described-" + UUID.randomUUID() + "@answers.example";

        described("POST", "/api/decisions/etiquette", post("/api/decisions/etiquette", "{\"country\": \"JP\"}"));
        described("POST", "/api/decisions/contact-window", post("/api/decisions/contact-window", "{\"country\": \"JP\", \"kind\": \"SEND\"}"));
        described("POST", "/api/decisions/complaint", post("/api/decisions/complaint", "{\"category\": \"QUALITY\", \"country\": \"JP\"}"));
        described("POST", "/api/decisions/escalation", post("/api/decisions/escalation",
            "{\"taskKind\": \"replyToInquiry\", \"tier\": \"A\", \"severity\": \"NORMAL\", \"elapsedShare\": 1.5}"));
        described("POST", "/api/inquiries", post("/api/inquiries", "{\"client\": {\"company\": \"\", \"country\": \"XX\"}}"));

        Answer started = post("/api/inquiries", """
            {"client": {"company": "Kobe Trading", "contactName": "Kenji Sato", "email": "%s", "country": "JP", "tier": "A"},
             "inquiry": {"product": "Valves", "quantity": 500, "channel": "EMAIL"}}""".formatted(email));
        described("POST", "/api/inquiries", started);
        JsonNode inquiry = JSON.readTree(started.body());
        String id = inquiry.path("id").asText();
        described("GET", "/api/inquiries/{id}", get("/api/inquiries/" + id, "shop"));
        described("GET", "/api/inquiries", get("/api/inquiries?client=" + email, "shop"));
        described("POST", "/api/inquiries/{id}/messages", post("/api/inquiries/" + id + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"500 valves at 12.40 USD, by sea.\"}"));
        described("GET", "/api/inquiries/{id}/messages", get("/api/inquiries/" + id + "/messages", "shop"));
        described("POST", "/api/inquiries/{id}/client-response", post("/api/inquiries/" + id + "/client-response",
            "{\"decision\": \"ACCEPTED\"}"));
        described("GET", "/api/clients/{id}", get("/api/clients/" + inquiry.path("clientId").asText(), "shop"));

        Answer opened = post("/api/complaints", "{\"inquiryId\": \"" + id + "\", \"category\": \"QUALITY\", \"description\": \"Leaks.\"}");
        described("POST", "/api/complaints", opened);
        String complaint = JSON.readTree(opened.body()).path("id").asText();
        described("GET", "/api/complaints/{id}", get("/api/complaints/" + complaint, "shop"));
        described("GET", "/api/complaints", get("/api/complaints?client=" + email, "shop"));
        described("GET", "/api/complaints/{id}/messages", get("/api/complaints/" + complaint + "/messages", "shop"));
        described("POST", "/api/complaints/{id}/client-confirmation", post("/api/complaints/" + complaint + "/client-confirmation",
            "{\"satisfied\": true}"));
        described("GET", "/api/orders/{id}", get("/api/orders/no-such-order", "shop"));

        assertThat(mismatches).isEmpty();
    }

    private Answer post(String path, String json) {
        return postJson(path, "shop", json);
    }

    private void described(String method, String path, Answer answer) throws Exception {
        String endpoint = method + " " + path + " " + answer.status();
        JsonNode response = api.path("paths").path(path).path(method.toLowerCase()).path("responses").path(String.valueOf(answer.status()));
        if (response.isMissingNode()) {
            mismatches.add(endpoint + ": not a status the description names (" + answer.body() + ")");
            return;
        }
        String type = answer.contentType() == null ? "" : answer.contentType().replaceAll(";.*", "");
        JsonNode schema = response.path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            List<String> described = new ArrayList<>();
            response.path("content").fieldNames().forEachRemaining(described::add);
            mismatches.add(endpoint + ": answered as " + type + ", described as " + described);
            return;
        }
        RecordSchemas.answer(api, schema, JSON.readTree(answer.body()), endpoint, mismatches);
    }
}
