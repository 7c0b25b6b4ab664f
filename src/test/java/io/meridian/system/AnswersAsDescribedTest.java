package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an integrator reads in {@code /api/openapi} is what the server answers: every answer of an inquiry's, its
 * order's and a complaint's calls, and of the decisions, has a status the operation describes, and no field, value, time
 * or day its schema leaves out or writes otherwise (a client's local time described as a date-time with offset, which it
 * has not), and no null where its schema does not let the field be null (a generated client fails on it); every field
 * the answers of a schema always carry (null or not) is in its {@code required}, so that a generated client has it as
 * always there, and none they leave out is.
 */
class AnswersAsDescribedTest extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SecuritySettings security;
    @Autowired
    LoginSettings logins;

    private final List<String> mismatches = new ArrayList<>();
    /** The fields every answer described by a schema carried, by schema. */
    private final Map<String, Set<String>> carried = new TreeMap<>();
    private JsonNode api;

    @Test
    void everyAnswerOfAnInquiryAndAComplaintShouldBeAsTheDescriptionSays() throws Exception {
        api = JSON.readTree(get("/api/openapi", "shop").body());
        String email = "described-" + UUID.randomUUID() + "@answers.example";
        int observances = 0;

        described("POST", "/api/decisions/etiquette", post("/api/decisions/etiquette", "{\"country\": \"JP\"}"));
        // with the observances in force then (Ramadan, Chinese New Year, Golden Week, Christmas), each field of theirs
        for (String at : List.of("SA 2027-02-20", "CN 2027-02-07", "JP 2027-05-03", "DE 2027-12-24", "BR 2027-02-08", "IL 2027-10-02")) {
            Answer decided = post("/api/decisions/etiquette", "{\"country\": \"" + at.substring(0, 2) + "\", \"at\": \""
                + at.substring(3) + "T10:00:00Z\"}");
            described("POST", "/api/decisions/etiquette", decided);
            observances += JSON.readTree(decided.body()).path("observances").size();
        }
        assertThat(observances).as("observances in force").isPositive();
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
        // the team quotes, the client accepts: an order, most of whose fields are still null
        AsyncContinuations.runAll(engine);
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId(), JourneyFixture.quote());
        AsyncContinuations.runAll(engine);
        Answer accepted = post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}");
        described("POST", "/api/inquiries/{id}/client-response", accepted);
        String order = JSON.readTree(accepted.body()).path("orderId").asText();
        AsyncContinuations.runAll(engine);
        described("GET", "/api/orders/{id}", get("/api/orders/" + order, "shop"));
        described("GET", "/api/orders", get("/api/orders?client=" + email, "shop"));
        described("GET", "/api/inquiries/{id}", get("/api/inquiries/" + id, "shop"));
        described("GET", "/api/inquiries", get("/api/inquiries?client=" + email, "shop"));
        Answer paid = post("/api/orders/" + order + "/payment", "{\"amount\": 100, \"currency\": \"USD\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        described("POST", "/api/orders/{id}/payment", paid);
        AsyncContinuations.runAll(engine);
        described("GET", "/api/orders/{id}", get("/api/orders/" + order, "shop"));
        described("GET", "/api/orders/{id}/messages", get("/api/orders/" + order + "/messages", "shop"));
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
        assertThat(carried).as("answers seen").containsKeys("Started", "InquiryView", "InquiryRecord", "OrderView", "OrderRecord",
            "ComplaintView", "Etiquette", "Observance", "PageInquiryListItem", "PlannedMessage");
        assertThat(RecordSchemas.unrequired(api, carried)).isEmpty();
    }

    /**
     * The refusals any call can meet before its endpoint reads it are described on the operations that meet them: a body
     * of another type (415) or over the size limit (413), and too many wrong passwords from one address (429, with
     * {@code Retry-After}).
     */
    @Test
    void theRefusalsBeforeAnEndpointShouldBeDescribed() throws Exception {
        api = JSON.readTree(get("/api/openapi", "shop").body());
        described("POST", "/api/inquiries", send("POST", "/api/inquiries", "shop", "text/plain", "an inquiry".getBytes()));
        described("POST", "/api/inquiries", send("POST", "/api/inquiries", "shop", "application/json",
            new byte[(int) security.maxBodySize().toBytes() + 1]));
        String address = "203.0.113." + (100 + new Random().nextInt(100));
        Answer held = null;
        for (int i = 0; i <= logins.maxFailures(); i++) {
            held = send(http, HttpRequest.newBuilder(uri("/api/inquiries?size=1")).header("Authorization", basic("shop", "guess-" + i))
                .header(TEST_ADDRESS, address).GET().build());
        }
        assertThat(held.status()).isEqualTo(429);
        described("GET", "/api/inquiries", held);
        assertThat(api.at("/paths/~1api~1inquiries/get/responses/429/headers/Retry-After/schema/type").asText()).isEqualTo("integer");
        assertThat(api.at("/paths/~1api~1inquiries/get/responses/413").isMissingNode()).as("no body, no 413").isTrue();
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
        if (answer.status() / 100 == 2) {
            RecordSchemas.carried(api, schema, JSON.readTree(answer.body()), carried);
        }
    }
}
