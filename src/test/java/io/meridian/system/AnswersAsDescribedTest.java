package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.complaint.FixEmailOut;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFulfilment;
import io.meridian.outbox.Outbox;
import io.meridian.testsupport.ClientWorkingDays;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an integrator reads in {@code /api/openapi} is what the server takes and answers: every operation it describes
 * is called (an inquiry, its talks, its order to the delivery, a complaint, the client's record and evaluations, the
 * decisions, the analysts' workbooks and templates), each with a body of a type its description names and no parameter
 * it requires left out, and every answer has a status the operation describes, and no field, value, time
 * or day its schema leaves out or writes otherwise (a client's local time described as a date-time with offset, which it
 * has not), and no null where its schema does not let the field be null (a generated client fails on it); every field
 * the answers of a schema always carry (null or not) is in its {@code required}, so that a generated client has it as
 * always there, and none they leave out is.
 */
class AnswersAsDescribedTest extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    @Autowired
    SecuritySettings security;
    @Autowired
    LoginSettings logins;
    @Autowired
    EtiquetteService etiquette;
    @Autowired
    Outbox outbox;

    private final List<String> mismatches = new ArrayList<>();
    /** The fields every answer described by a schema carried, by schema. */
    private final Map<String, Set<String>> carried = new TreeMap<>();
    /** The operations a call was answered with a 2xx, as "METHOD path". */
    private final Set<String> answered = new HashSet<>();
    private JsonNode api;

    @Test
    void everyOperationShouldAnswerAsTheDescriptionSays() throws Exception {
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
        talks(id);
        fulfilment(id, order);
        client(inquiry.path("clientId").asText());

        Answer opened = post("/api/complaints", "{\"inquiryId\": \"" + id + "\", \"category\": \"QUALITY\", \"description\": \"Leaks.\"}");
        described("POST", "/api/complaints", opened);
        String complaint = JSON.readTree(opened.body()).path("id").asText();
        described("GET", "/api/complaints/{id}", get("/api/complaints/" + complaint, "shop"));
        described("GET", "/api/complaints", get("/api/complaints?client=" + email, "shop"));
        described("GET", "/api/complaints/{id}/messages", get("/api/complaints/" + complaint + "/messages", "shop"));
        described("POST", "/api/complaints/{id}/client-confirmation", post("/api/complaints/" + complaint + "/client-confirmation",
            "{\"satisfied\": true}"));
        fixed(complaint, JSON.readTree(opened.body()).path("processInstanceId").asText());
        described("GET", "/api/orders/{id}", get("/api/orders/no-such-order", "shop"));

        rules();
        templates();

        assertThat(mismatches).isEmpty();
        assertThat(unanswered()).as("operations described but not answered with a 2xx here").isEmpty();
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

    /** A call and a talk on an inquiry, with its minutes. */
    private void talks(String inquiry) throws Exception {
        String meeting = JSON.readTree(call("POST", "/api/inquiries/{id}/meetings", "sam", JSON_TYPE,
            "{\"kind\": \"CALL\", \"participants\": \"Kenji Sato; Sam\"}", inquiry).body()).path("id").asText();
        call("POST", "/api/inquiries/{id}/meetings/{meetingId}/minutes", "sam", JSON_TYPE, """
            {"needs": "500 valves by May.", "points": "Unit price, lead time.",
             "actions": [{"dueOn": "%s", "text": "Send the comparison report"}]}""".formatted(
                 // a day the client and the team both work, as the minutes take it
                 LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))), inquiry, meeting);
        read("/api/inquiries/{id}/meetings", "sam", inquiry);
    }

    /** The rest paid, the order confirmed and taken through production, a milestone, a delay, the shipment and the delivery. */
    private void fulfilment(String inquiry, String order) throws Exception {
        call("POST", "/api/orders/{id}/payment", "shop", JSON_TYPE, "{\"amount\": 6150, \"currency\": \"USD\"}", order);
        AsyncContinuations.runAll(engine);
        ProcessInstance journey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(inquiry).singleResult();
        LocalDate today = LocalDate.now();
        complete(journey, "confirmOrder", Map.of(OrderFulfilment.Var.DELIVERY_DATE,
            ClientWorkingDays.onOrAfter(etiquette, "JP", today.plusDays(100)).toString(), OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        call("POST", "/api/orders/{id}/stock-forecast", "shop", JSON_TYPE, "{\"stockReadyOn\": \"" + today.plusDays(30) + "\"}", order);
        call("POST", "/api/orders/{id}/exceptions", "shop", JSON_TYPE,
            "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Driver boards arrive a week late\"}", order);
        call("POST", "/api/orders/{id}/messages", "sam", JSON_TYPE, "{\"channel\": \"WHATSAPP\", \"text\": \"50% in advance.\", "
            + "\"agreedAt\": \"" + Instant.now().minusSeconds(3600) + "\", \"agreedBy\": \"Sam Lee\"}", order);
        String milestone = JSON.readTree(call("POST", "/api/orders/{id}/milestones", "olivia", JSON_TYPE,
            "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"" + ClientWorkingDays.onOrAfter(etiquette, "JP", today.plusDays(40))
                + "\", \"checklist\": [\"Inspector named\"]}", order).body()).path("id").asText();
        read("/api/orders/{id}/milestones", "olivia", order);
        call("POST", "/api/orders/{id}/milestones/{milestoneId}/confirmation", "olivia", JSON_TYPE,
            "{\"confirmedBy\": \"Kenji Sato\", \"note\": \"Inspector: SGS.\"}", order, milestone);
        ProcessInstance fulfilment = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
        complete(fulfilment, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, Map.of("progressPercent", 100L, "stockComplete", true));
        complete(fulfilment, OrderFulfilment.Activity.NOTIFY_STOCK_READY, Map.of());
        complete(fulfilment, OrderFulfilment.Activity.CLEAR_CUSTOMS, Map.of(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, "310120270000123456"));
        call("POST", "/api/orders/{id}/shipment", "shop", JSON_TYPE, "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU1234567\"}", order);
        AsyncContinuations.runAll(engine);
        call("POST", "/api/orders/{id}/delivery", "shop", JSON_TYPE, "{}", order);
        AsyncContinuations.runAll(engine);
    }

    /** The client's record changed by sales, and an evaluation sent and read back. */
    private void client(String client) throws Exception {
        call("PATCH", "/api/clients/{id}", "sam", "application/merge-patch+json", "{\"tier\": \"A\", \"timeZone\": \"Asia/Tokyo\"}", client);
        call("POST", "/api/clients/{id}/surveys", "shop", JSON_TYPE, "{\"nps\": 9, \"csat\": 5, \"ces\": 2}", client);
        read("/api/clients/{id}/surveys", "sue", client);
    }

    /**
     * An analyst's calls on a workbook: its download sent back as it is, to be checked and uploaded (a workbook stored
     * before: no new version) and its version put in force again; what the other systems' answers say stays as it was.
     */
    private void rules() throws Exception {
        read("/api/rules", "ana");
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(uri("/api/rules/complaint-handling"))
            .header("Authorization", basic("ana", PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        described("GET", "/api/rules/{table}", new Answer(download.statusCode(), download.headers().firstValue("Content-Type").orElse(null),
            "", null));
        byte[] bytes = download.body();
        exchange("POST", "/api/rules/{table}/validate", "ana", "application/octet-stream", bytes, "complaint-handling");
        Answer uploaded = exchange("PUT", "/api/rules/{table}", "ana", "application/octet-stream", bytes, "complaint-handling");
        assertThat(JSON.readTree(uploaded.body()).path("created").asBoolean()).as(uploaded.body()).isFalse();
        read("/api/rules/{table}/versions", "ana", "complaint-handling");
        act("/api/rules/{table}/versions/{version}/activate", "ana", "complaint-handling",
            JSON.readTree(uploaded.body()).path("version").asText());
    }

    /** The same for a client email template: its text sent back as it is. */
    private void templates() throws Exception {
        read("/api/message-templates", "ana");
        byte[] text = read("/api/message-templates/{folder}/{language}", "ana", "quote", "ja").body()
            .getBytes(StandardCharsets.UTF_8);
        String plain = "text/plain; charset=UTF-8";
        exchange("POST", "/api/message-templates/{folder}/{language}/validate", "ana", plain, text, "quote", "ja");
        Answer uploaded = exchange("PUT", "/api/message-templates/{folder}/{language}", "ana", plain, text, "quote", "ja");
        assertThat(JSON.readTree(uploaded.body()).path("created").asBoolean()).as(uploaded.body()).isFalse();
        read("/api/message-templates/{folder}/{language}/versions", "ana", "quote", "ja");
        act("/api/message-templates/{folder}/{language}/versions/{version}/activate", "ana", "quote", "ja",
            JSON.readTree(uploaded.body()).path("version").asText());
    }

    /**
     * The complaint worked to its fix, and the client's confirmation once the fix's email has gone out (at the client's
     * next business hours, on the engine's clock moved there).
     */
    private void fixed(String complaint, String handling) throws Exception {
        TaskService tasks = engine.getTaskService();
        for (Map.Entry<String, Map<String, Object>> step : List.of(
            Map.entry(ComplaintHandling.Activity.ACKNOWLEDGE_COMPLAINT, Map.<String, Object>of(ComplaintHandling.Var.ACKNOWLEDGEMENT, "We are checking.")),
            Map.entry(ComplaintHandling.Activity.DIAGNOSE_COMPLAINT, Map.<String, Object>of(ComplaintHandling.Var.DIAGNOSIS, "A worn seal.")),
            Map.entry(ComplaintHandling.Activity.PROVIDE_INTERIM_SOLUTION, Map.<String, Object>of(ComplaintHandling.Var.INTERIM_SOLUTION, "Spare seals.")),
            Map.entry(ComplaintHandling.Activity.FIX_ROOT_CAUSE, Map.<String, Object>of(ComplaintHandling.Var.ROOT_CAUSE, "Old supplier.",
                ComplaintHandling.Var.CORRECTIVE_ACTION, "A second supplier.")))) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(handling).taskDefinitionKey(step.getKey()).singleResult().getId(),
                step.getValue());
            AsyncContinuations.runAll(engine);
        }
        FixEmailOut.whenSent(outbox, complaint, () -> call("POST", "/api/complaints/{id}/client-confirmation", "shop", JSON_TYPE,
            "{\"satisfied\": true}", complaint));
    }

    private void complete(ProcessInstance instance, String task, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(task).singleResult().getId(), variables);
        AsyncContinuations.runAll(engine);
    }

    private Answer call(String method, String template, String user, String type, String json, String... ids) throws Exception {
        return exchange(method, template, user, type, json.getBytes(StandardCharsets.UTF_8), ids);
    }

    private Answer read(String template, String user, String... ids) throws Exception {
        return exchange("GET", template, user, null, null, ids);
    }

    private Answer act(String template, String user, String... ids) throws Exception {
        return exchange("POST", template, user, null, null, ids);
    }

    /**
     * {@code method} on {@code template} with its ids in turn, as {@code user}: the request as the description says a
     * client sends it (a body of a type it names, no parameter it requires left out), its answer a 2xx as described.
     */
    private Answer exchange(String method, String template, String user, String type, byte[] body, String... ids) throws Exception {
        String path = template;
        for (String id : ids) {
            path = path.replaceFirst("\\{[^}]+}", id);
        }
        String endpoint = method + " " + template;
        JsonNode operation = api.path("paths").path(template).path(method.toLowerCase());
        if (type != null && operation.path("requestBody").path("content").path(type.replaceAll(";.*", "")).isMissingNode()) {
            mismatches.add(endpoint + ": sends " + type + ", which the description does not name for its body");
        }
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("required").asBoolean() && !"path".equals(parameter.path("in").asText())) {
                mismatches.add(endpoint + ": the description requires the " + parameter.path("in").asText() + " parameter '"
                    + parameter.path("name").asText() + "', which a client does not send");
            }
        });
        Answer answer = send(method, path, user, type, body);
        assertThat(answer.status()).as(endpoint + ": " + answer.body()).isBetween(200, 299);
        described(method, template, answer);
        return answer;
    }

    /** The operations of the description no call here was answered with a 2xx, as "METHOD path". */
    private Set<String> unanswered() {
        Set<String> operations = new TreeSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
            operations.add(method.toUpperCase() + " " + path.getKey())));
        operations.removeAll(answered);
        return operations;
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
        if (answer.status() / 100 == 2) {
            answered.add(method + " " + path);
        }
        if (!type.endsWith("json")) {
            return;
        }
        RecordSchemas.answer(api, schema, JSON.readTree(answer.body()), endpoint, mismatches);
        if (answer.status() / 100 == 2) {
            RecordSchemas.carried(api, schema, JSON.readTree(answer.body()), carried);
        }
    }
}
