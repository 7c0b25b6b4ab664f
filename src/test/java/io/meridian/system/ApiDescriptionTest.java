package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.complaint.ComplaintRecord;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.idempotency.IdempotentRequests;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderRecord;
import io.meridian.testsupport.ClientWorkingDays;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description at {@code /api/openapi} documents every {@code /api} endpoint the server maps: a summary,
 * the answer's schema, the problem+json answers and the sign-in. A new endpoint without {@code @Operation} fails here.
 */
class ApiDescriptionTest extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EtiquetteService etiquette;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointShouldBeDescribedWithASummaryItsProblemsAndTheSignIn() throws Exception {
        Answer answer = get("/api/openapi", "sam");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode api = JSON.readTree(answer.body());
        assertThat(api.at("/components/securitySchemes/meridianUser/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0").has("meridianUser")).isTrue();
        assertThat(api.at("/components/schemas/Problem/properties/errors/type").asText())
            .isEqualTo("array");
        // a start's answer writes the etiquette's JSON as the ledger keeps it: described as the decision it is
        assertThat(api.at("/components/schemas/Started/properties/etiquette/anyOf/0/$ref").asText())
            .isEqualTo("#/components/schemas/Etiquette");
        assertThat(api.at("/components/schemas/Etiquette/properties/firedRules/type").asText()).isEqualTo("array");
        assertThat(api.at("/components/schemas/Started/properties/nextContactWindow/anyOf/0/$ref").asText())
            .isEqualTo("#/components/schemas/ContactWindow");

        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("io.meridian")) {
                continue;
            }
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(method + " " + path);
                    JsonNode operation = api.path("paths").path(path).path(method.name().toLowerCase());
                    assertThat(operation.isMissingNode()).as("%s %s is not in the OpenAPI description", method, path).isFalse();
                    assertThat(operation.path("summary").asText()).as("summary of %s %s (@Operation)", method, path).isNotBlank();
                    assertThat(operation.path("tags").size()).as("tag of %s %s", method, path).isPositive();
                    assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref").asText())
                        .as("401 of %s %s", method, path).isEqualTo("#/components/schemas/Problem");
                    if (method != RequestMethod.GET) {
                        assertThat(operation.at("/responses/400/content/application~1problem+json/schema/$ref").asText())
                            .as("400 of %s %s", method, path).isEqualTo("#/components/schemas/Problem");
                    }
                    if (path.contains("{")) {
                        assertThat(operation.path("responses").has("404")).as("404 of %s %s", method, path).isTrue();
                    }
                    boolean answersWithBody = false;
                    for (Map.Entry<String, JsonNode> status : operation.path("responses").properties()) {
                        if (status.getKey().startsWith("2") && status.getValue().path("content").size() > 0) {
                            answersWithBody = true;
                        }
                    }
                    assertThat(answersWithBody).as("schema of the answer of %s %s", method, path).isTrue();
                }
            }
        }
        // the mappings were read: the API's core endpoints are among them
        assertThat(endpoints).contains("POST /api/inquiries", "GET /api/orders/{id}", "PUT /api/rules/{table}");
    }

    /**
     * The description is valid OpenAPI as the standard parser reads it (swagger-parser, which client generators build on):
     * it reports nothing, every reference resolves, and the version is the one whose {@code null} types the answers use.
     */
    @Test
    void theDescriptionShouldBeValidAsTheStandardParserReadsIt() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(get("/api/openapi", "shop").body(), null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getPaths()).containsKey("/api/inquiries");
    }

    /**
     * Every example is a value of its field's type, as a validator (Redocly's no-invalid-schema-examples) checks it: the
     * cost of a contact window, a text, was described with the example 1 (swagger read "1 h 30 min before ..." as a number).
     */
    @Test
    void everyExampleShouldBeAValueOfItsFieldsType() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "shop").body());
        List<String> wrong = new ArrayList<>();
        api.path("components").path("schemas").properties().forEach(schema -> schema.getValue().path("properties").properties()
            .forEach(field -> {
                JsonNode example = field.getValue().path("example");
                Set<String> types = RecordSchemas.types(field.getValue());
                if (!example.isMissingNode() && !types.isEmpty() && !types.contains(jsonType(example))
                    && !(example.isIntegralNumber() && types.contains("number"))) {
                    wrong.add(schema.getKey() + "." + field.getKey() + ": example " + example + ", described as " + types);
                }
            }));
        assertThat(wrong).isEmpty();
        assertThat(api.at("/components/schemas/ContactWindow/properties/cost/description").asText()).contains("1 h 30 min before");
    }

    private static String jsonType(JsonNode value) {
        return value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
            : value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "null";
    }

    /**
     * An integrator reads what each field of an answer means in the description: every field of every schema an answer
     * refers to (nested ones too) has a {@code description}, where most said nothing ({@code replyDueAt},
     * {@code firedRules}, {@code rulesVersion}, the next contact window ...).
     */
    @Test
    void everyFieldOfAnAnswerShouldSayWhatItMeans() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "shop").body());
        Set<String> undescribed = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        api.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").properties().forEach(status -> {
            if (status.getKey().startsWith("2")) {
                status.getValue().path("content").forEach(media -> undescribedFields(api, media.path("schema"), seen, undescribed));
            }
        })));
        assertThat(seen).as("answer schemas").contains("Started", "InquiryRecord", "OrderRecord", "Etiquette", "FiredRule",
            "ContactWindow", "ComplaintDecision", "EscalationDecision", "CurrentStep");
        assertThat(undescribed).isEmpty();
        assertThat(api.at("/components/schemas/Started/properties/replyDueAt/description").asText()).contains("reply");
    }

    /**
     * A field the server may answer with null says so as OpenAPI 3.1 does (the description's version): a type list with
     * "null" (and null among an enum's values, which a validator holds the value to), a record anyOf it and null; a field
     * never null does not.
     */
    @Test
    void aFieldTheServerMayAnswerWithNullShouldSaySo() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "shop").body());
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(api.path("openapi").asText()).startsWith("3.1");
        assertThat(RecordSchemas.types(schemas.at("/InquiryRecord/properties/orderId"))).containsExactly("null", "string");
        assertThat(RecordSchemas.types(schemas.at("/InquiryRecord/properties/id"))).containsExactly("string");
        assertThat(RecordSchemas.types(schemas.at("/ComplaintRecord/properties/severity"))).containsExactly("null", "string");
        assertThat(schemas.at("/ComplaintRecord/properties/severity/enum").toString()).endsWith(",null]");
        assertThat(schemas.at("/InquiryView/properties/order/anyOf/0/$ref").asText()).isEqualTo("#/components/schemas/InquiryOrder");
        assertThat(schemas.at("/InquiryView/properties/order/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(schemas.at("/InquiryView/properties/order/description").asText()).contains("null when none");
        assertThat(RecordSchemas.nullable(api, schemas.at("/InquiryView/properties/inquiry"))).isFalse();
    }

    /** Adds to {@code undescribed} each field without a description of {@code schema} and the schemas it refers to. */
    private static void undescribedFields(JsonNode api, JsonNode schema, Set<String> seen, Set<String> undescribed) {
        if (schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            if (seen.add(name)) {
                JsonNode named = api.path("components").path("schemas").path(name);
                named.path("properties").properties().forEach(field -> {
                    if (field.getValue().path("description").asText().isBlank()) {
                        undescribed.add(name + "." + field.getKey());
                    }
                });
                undescribedFields(api, named, seen, undescribed);
            }
            return;
        }
        schema.path("properties").forEach(field -> undescribedFields(api, field, seen, undescribed));
        schema.path("anyOf").forEach(branch -> undescribedFields(api, branch, seen, undescribed));
        undescribedFields(api, schema.path("items"), seen, undescribed);
    }

    /**
     * Each operation's body and answer are described by the schema of the record the server reads or writes, field for
     * field: two records of one simple name ({@code Listed} of the inquiries, orders and complaints) were one schema, so
     * the inquiry and complaint lists were described as lists of orders, and a complaint's verdict as confirmed items.
     */
    @Test
    void everyBodyAndAnswerShouldBeDescribedByItsOwnRecordsFields() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        List<String> mismatches = new ArrayList<>();
        int records = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("io.meridian")) {
                continue;
            }
            for (String path : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    JsonNode operation = api.path("paths").path(path).path(method.name().toLowerCase());
                    if (!path.startsWith("/api/") || operation.isMissingNode()) {
                        continue;
                    }
                    String endpoint = method + " " + path;
                    JsonNode answer = null;
                    for (Map.Entry<String, JsonNode> status : operation.path("responses").properties()) {
                        if (status.getKey().startsWith("2") && status.getValue().at("/content/application~1json/schema").isObject()) {
                            answer = status.getValue().at("/content/application~1json/schema");
                        }
                    }
                    if (answer != null) {
                        records += RecordSchemas.compare(api, answer, ResolvableType.forMethodReturnType(handler.getMethod()),
                            endpoint + " answer", mismatches);
                    }
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        JsonNode body = operation.at("/requestBody/content/application~1json/schema");
                        if (parameter.hasParameterAnnotation(RequestBody.class) && body.isObject()) {
                            records += RecordSchemas.compare(api, body, ResolvableType.forMethodParameter(parameter),
                                endpoint + " body", mismatches);
                        }
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(records).as("records compared").isGreaterThan(40);
        // the three lists each describe their own rows
        Map.of("inquiries", "inquiry", "orders", "order", "complaints", "complaint").forEach((list, row) -> {
            JsonNode page = RecordSchemas.resolve(api, api.at("/paths/~1api~1" + list + "/get/responses/200/content/application~1json/schema"));
            assertThat(RecordSchemas.resolve(api, page.at("/properties/items/items")).path("properties").has(row)).as(list).isTrue();
        });
    }

    /**
     * What the server refuses, the description says: every field a 400 calls required is in its schema's {@code required},
     * and every field a 400 answers with "one of ..." lists those values as its {@code enum}. Each JSON body is sent as the
     * description shows it, first with no text fields (every required one is named), then with every text field "~" (every
     * list of values is named); on an id no record has, so that nothing is created, and where that is a 404 (an endpoint
     * that checks its body only once it found its record: a meeting's, its minutes', a milestone's confirmation, a
     * delivery) on records of a journey of its own, so that every body is probed.
     */
    @Test
    void everyFieldTheServerRequiresOrLimitsToAListShouldBeDescribedSo() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        List<String> undescribed = new ArrayList<>();
        Set<String> required = new TreeSet<>();
        Set<String> lists = new TreeSet<>();
        Pattern oneOf = Pattern.compile("unknown (\\S+) '~' \\(one of ([^)]+)\\)");
        Map<String, String> records = probedRecords();
        Set<String> unprobed = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode body = operation.getValue().at("/requestBody/content/application~1json/schema");
                if (!body.isObject()) {
                    continue;
                }
                String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
                for (String text : Arrays.asList(null, "~")) {
                    byte[] sent = probe(api, body, text).toString().getBytes(StandardCharsets.UTF_8);
                    Answer answer = send(operation.getKey().toUpperCase(), path.getKey().replaceAll("\\{[^}]+}", "no-such-record"),
                        "demo", "application/json", sent);
                    if (answer.status() == 404 && path.getKey().contains("{")) {
                        answer = send(operation.getKey().toUpperCase(), onRecords(path.getKey(), records), "demo", "application/json", sent);
                    }
                    if (answer.status() == 404) {
                        unprobed.add(endpoint + " (" + answer.body() + ")");
                    }
                    if (answer.status() != 400) {
                        continue;
                    }
                    for (JsonNode error : JSON.readTree(answer.body()).path("errors")) {
                        String field = error.path("field").asText();
                        String message = error.path("message").asText();
                        Matcher values = oneOf.matcher(message);
                        if (text == null && message.startsWith(field + " is required")) {
                            required.add(endpoint + " " + field);
                            if (!RecordSchemas.required(api, body, field)) {
                                undescribed.add(endpoint + ": " + field + " is required (\"" + message + "\"), the description does not say so");
                            }
                        } else if (values.find() && values.group(1).equals(field)) {
                            lists.add(endpoint + " " + field);
                            List<String> documented = new ArrayList<>();
                            RecordSchemas.property(api, body, field).path("enum").forEach(v -> documented.add(v.asText()));
                            if (!documented.equals(List.of(values.group(2).split(", ")))) {
                                undescribed.add(endpoint + ": " + field + " is one of " + values.group(2) + ", described as " + documented);
                            }
                        }
                    }
                }
            }
        }
        assertThat(unprobed).as("bodies not probed: the record was not found").isEmpty();
        assertThat(undescribed).isEmpty();
        assertThat(required).as("required fields the server named").contains("POST /api/inquiries client.company",
            "POST /api/inquiries client.email", "POST /api/inquiries client.country", "POST /api/inquiries inquiry.product",
            "POST /api/orders/{id}/payment amount", "POST /api/complaints description");
        // a time that may not lie ahead has its format and no fixed example (Swagger UI then fills in the moment it opens)
        JsonNode receivedAt = api.at("/components/schemas/InquiryPart/properties/receivedAt");
        assertThat(receivedAt.path("format").asText()).isEqualTo("date-time");
        assertThat(receivedAt.has("example")).as("receivedAt's example").isFalse();
        assertThat(lists).as("lists of values the server named").contains("POST /api/inquiries client.tier",
            "POST /api/inquiries inquiry.channel", "POST /api/inquiries/{id}/client-response decision",
            "POST /api/orders/{id}/exceptions kind", "POST /api/complaints wording", "POST /api/inquiries/{id}/meetings kind");
        // checked only once their record is found: probed on the journey's records
        assertThat(required).as("required fields the server named on a record").contains(
            "POST /api/inquiries/{id}/meetings/{meetingId}/minutes needs", "POST /api/inquiries/{id}/meetings/{meetingId}/minutes points");
    }

    /**
     * The records of a journey of its own that a probe's path names: an inquiry with its client, the order its acceptance
     * created, a talk on it, a milestone of the order and a complaint about the inquiry.
     */
    private Map<String, String> probedRecords() throws Exception {
        JsonNode started = JSON.readTree(postJson("/api/inquiries", "shop", """
            {"client": {"company": "Probe Trading", "contactName": "Kenji Sato", "email": "probe-%s@described.example", "country": "JP"},
             "inquiry": {"product": "Valves", "quantity": 5}}""".formatted(UUID.randomUUID())).body());
        String inquiry = started.path("id").asText();
        AsyncContinuations.runAll(engine);
        TaskService tasks = engine.getTaskService();
        Map<String, Object> quote = JourneyFixture.quote();
        quote.put(ClientJourney.Var.QUOTE_MOQ, 5L); // at most the 5 pieces asked
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(inquiry).singleResult().getId(), quote);
        AsyncContinuations.runAll(engine);
        String order = created(postJson("/api/inquiries/" + inquiry + "/client-response", "shop", "{\"decision\": \"ACCEPTED\"}"), "orderId");
        AsyncContinuations.runAll(engine);
        return Map.of("/api/inquiries/{id}", inquiry, "/api/clients/{id}", started.path("clientId").asText(),
            "/api/orders/{id}", order,
            "/api/inquiries/{id}/meetings/{meetingId}", created(postJson("/api/inquiries/" + inquiry + "/meetings", "sam",
                "{\"kind\": \"CALL\"}"), "id"),
            "/api/orders/{id}/milestones/{milestoneId}", created(postJson("/api/orders/" + order + "/milestones", "olivia",
                "{\"name\": \"Inspection\", \"dueOn\": \"" + ClientWorkingDays.onOrAfter(etiquette, "JP", LocalDate.now().plusDays(60)) + "\", \"checklist\": [\"Labels\"]}"), "id"),
            "/api/complaints/{id}", created(postJson("/api/complaints", "shop",
                "{\"inquiryId\": \"" + inquiry + "\", \"category\": \"COMMUNICATION\", \"description\": \"Probe.\"}"), "id"));
    }

    private static String created(Answer answer, String field) throws Exception {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return JSON.readTree(answer.body()).path(field).asText();
    }

    /** {@code path} with each id the id of its record in {@code records} (keyed by the path up to that id). */
    private static String onRecords(String path, Map<String, String> records) {
        String on = path;
        Matcher id = Pattern.compile("\\{[^}]+}").matcher(path);
        while (id.find()) {
            String record = records.get(path.substring(0, id.end()));
            on = on.replace(id.group(), record == null ? "no-such-record" : record);
        }
        return on;
    }

    /** A body after {@code schema}: each object with its objects, each text field {@code text} (left out when null). */
    private static ObjectNode probe(JsonNode api, JsonNode schema, String text) {
        ObjectNode body = JSON.createObjectNode();
        RecordSchemas.resolve(api, schema).path("properties").properties().forEach(property -> {
            JsonNode field = RecordSchemas.resolve(api, property.getValue());
            if (field.has("properties")) {
                body.set(property.getKey(), probe(api, field, text));
            } else if ("string".equals(field.path("type").asText()) && text != null) {
                body.put(property.getKey(), text);
            }
        });
        return body;
    }

    /**
     * Swagger UI shows the groups of operations in the order the description lists them: the journey an integrator
     * drives first (inquiries, orders), the analysts' tables last; every group an operation names is among them.
     */
    @Test
    void theOperationGroupsShouldBeListedJourneyFirst() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "shop").body());
        List<String> listed = new ArrayList<>();
        api.path("tags").forEach(tag -> {
            listed.add(tag.path("name").asText());
            assertThat(tag.path("description").asText()).as(tag.path("name").asText()).isNotBlank();
        });
        assertThat(listed).startsWith("Inquiries", "Orders").endsWith("Rule tables", "Message templates").doesNotHaveDuplicates();
        Set<String> used = new TreeSet<>();
        api.path("paths").forEach(path -> path.forEach(operation -> operation.path("tags").forEach(t -> used.add(t.asText()))));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(used);
    }

    /**
     * Within a group, Swagger UI lists the operations in the order the description writes them: the order a user walks the
     * journey (a record's start, its list, the record, its events as they come), where springdoc's order put the list
     * before the start, an inquiry's messages before the client's answer and an order's events before the order; every
     * path is placed, none left to that order.
     */
    @Test
    void theOperationsOfAGroupShouldBeListedInJourneyOrder() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "shop").body());
        Map<String, List<String>> groups = new HashMap<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
            groups.computeIfAbsent(operation.getValue().path("tags").path(0).asText(), g -> new ArrayList<>())
                .add(operation.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(groups.get("Inquiries")).containsExactly("POST /api/inquiries", "GET /api/inquiries", "GET /api/inquiries/{id}",
            "POST /api/inquiries/{id}/client-response", "GET /api/inquiries/{id}/messages");
        assertThat(groups.get("Orders")).containsExactly("GET /api/orders", "GET /api/orders/{id}", "POST /api/orders/{id}/payment",
            "POST /api/orders/{id}/stock-forecast", "POST /api/orders/{id}/shipment", "POST /api/orders/{id}/delivery",
            "POST /api/orders/{id}/exceptions", "GET /api/orders/{id}/messages");
        assertThat(groups.get("Complaints")).containsExactly("POST /api/complaints", "GET /api/complaints",
            "GET /api/complaints/{id}", "POST /api/complaints/{id}/client-confirmation", "GET /api/complaints/{id}/messages");
        assertThat(groups.get("Negotiation meetings")).containsExactly("POST /api/inquiries/{id}/meetings",
            "GET /api/inquiries/{id}/meetings", "POST /api/inquiries/{id}/meetings/{meetingId}/minutes");
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).as("every path placed in the journey").containsExactly(
            "/api/inquiries", "/api/inquiries/{id}", "/api/inquiries/{id}/client-response", "/api/inquiries/{id}/messages",
            "/api/inquiries/{id}/meetings", "/api/inquiries/{id}/meetings/{meetingId}/minutes",
            "/api/orders", "/api/orders/{id}", "/api/orders/{id}/payment", "/api/orders/{id}/stock-forecast",
            "/api/orders/{id}/shipment", "/api/orders/{id}/delivery", "/api/orders/{id}/exceptions", "/api/orders/{id}/messages",
            "/api/orders/{id}/milestones", "/api/orders/{id}/milestones/{milestoneId}/confirmation",
            "/api/complaints", "/api/complaints/{id}", "/api/complaints/{id}/client-confirmation", "/api/complaints/{id}/messages",
            "/api/clients/{id}", "/api/clients/{id}/surveys",
            "/api/decisions/etiquette", "/api/decisions/contact-window", "/api/decisions/complaint", "/api/decisions/escalation",
            "/api/rules", "/api/rules/{table}", "/api/rules/{table}/validate", "/api/rules/{table}/versions",
            "/api/rules/{table}/versions/{version}/activate",
            "/api/message-templates", "/api/message-templates/{folder}/{language}",
            "/api/message-templates/{folder}/{language}/validate", "/api/message-templates/{folder}/{language}/versions",
            "/api/message-templates/{folder}/{language}/versions/{version}/activate");
    }

    /**
     * A field required only with another's value says so, as the 400 does: a declined quote's objection, and the client
     * of a complaint named by its record or by its order or inquiry.
     */
    @Test
    void aFieldRequiredOnlyWithAnothersValueShouldSaySo() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "shop").body());
        assertThat(api.at("/components/schemas/ClientResponseRequest/properties/objection/description").asText())
            .contains("required with DECLINED");
        assertThat(api.at("/components/schemas/ComplaintRequest/description").asText())
            .contains("`client`, `orderId` or `inquiryId` is required");
        Answer declined = postJson("/api/inquiries/no-such-inquiry/client-response", "shop", "{\"decision\": \"DECLINED\"}");
        assertThat(declined.status()).isEqualTo(400);
        assertThat(declined.body()).contains("\"field\":\"objection\"");
    }

    /**
     * The etiquette's tone, channel and meeting values are the workbook's, which an analyst may add to: each column's
     * description names the values the server answers (Japan's INDIRECT directness, the US's DIRECT), with what each
     * asks of the team, where it said nothing of the values DESIGN names.
     */
    @Test
    void theEtiquettesValuesShouldBeNamedInItsDescription() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "shop").body());
        JsonNode described = api.at("/components/schemas/Etiquette/properties");
        assertThat(described.at("/directness/description").asText()).contains("DIRECT (direct", "INDIRECT (indirect");
        for (String country : List.of("JP", "US", "DE", "BR", "SA", "CN")) {
            JsonNode etiquette = JSON.readTree(postJson("/api/decisions/etiquette", "shop", "{\"country\": \"" + country + "\"}").body());
            for (String column : List.of("directness", "context", "opening", "time", "hierarchy", "feedback", "persuasion",
                "channelStyle", "pace", "formality", "quickChannel", "confirmationChannel", "meeting")) {
                assertThat(described.path(column).path("description").asText()).as("%s of %s", column, country)
                    .containsPattern("(: |; )" + Pattern.quote(etiquette.path(column).asText()) + "( |;|$)");
            }
        }
    }

    /** A 201 names the new record's path in Location, and the description says so; a start repeated is a 200. */
    @Test
    void aCreatedRecordsLocationShouldBeDescribed() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());

        for (String path : List.of("/api/inquiries", "/api/complaints")) {
            JsonNode created = api.path("paths").path(path).path("post").path("responses").path("201");
            assertThat(created.at("/headers/Location/schema/format").asText()).as(path).isEqualTo("uri-reference");
            assertThat(created.path("content").elements().next().at("/schema/$ref").asText()).as(path).isNotBlank();
        }
        assertThat(api.at("/paths/~1api~1inquiries/post/responses/200/description").asText())
            .isEqualTo("The record this request created before (nothing new)");
    }

    @Test
    void listEndpointsShouldNameTheirFilters() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        List<String> names = new ArrayList<>();
        api.at("/paths/~1api~1inquiries/get/parameters").forEach(p -> names.add(p.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("status", "country", "client", "from", "to", "page", "size", "orderStatus");
        // the inquiries' filter on their order's status takes each status an order has, as the list does
        List<String> orderStatuses = new ArrayList<>();
        api.at("/paths/~1api~1inquiries/get/parameters").forEach(p -> {
            if (p.path("name").asText().equals("orderStatus")) {
                p.at("/schema/items/enum").forEach(v -> orderStatuses.add(v.asText()));
            }
        });
        assertThat(orderStatuses).containsExactly(Arrays.stream(OrderRecord.Status.values()).map(Enum::name).toArray(String[]::new));
        for (String status : orderStatuses) {
            assertThat(get("/api/inquiries?orderStatus=" + status, "shop").status()).as(status).isEqualTo(200);
        }
        // each list's own statuses, and the page size the server takes (a size of 500 is a 400)
        Map.of("inquiries", InquiryRecord.Status.class, "orders", OrderRecord.Status.class,
            "complaints", ComplaintRecord.Status.class).forEach((list, statuses) -> {
                Map<String, JsonNode> parameters = new HashMap<>();
                api.at("/paths/~1api~1" + list + "/get/parameters").forEach(p -> parameters.put(p.path("name").asText(), p));
                List<String> described = new ArrayList<>();
                parameters.get("status").at("/schema/items/enum").forEach(v -> described.add(v.asText()));
                assertThat(described).as(list).containsExactly(Arrays.stream(statuses.getEnumConstants()).map(Enum::name).toArray(String[]::new));
                assertThat(parameters.get("size").at("/schema/maximum").asInt()).as(list).isEqualTo(ListQuery.MAX_SIZE);
                assertThat(parameters.get("size").at("/schema/minimum").asInt()).as(list).isEqualTo(1);
                assertThat(parameters.get("page").at("/schema/minimum").asInt()).as(list).isZero();
            });
        assertThat(get("/api/orders?size=" + (ListQuery.MAX_SIZE + 1), "shop").status()).isEqualTo(400);
    }

    @Test
    void eachOperationShouldSayWhichGroupsMayCallIt() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        assertThat(api.at("/paths/~1api~1rules~1{table}/put/description").asText()).contains("Open to the groups analysts");
        assertThat(api.at("/paths/~1api~1inquiries/post/description").asText()).contains("Open to the groups integrations");
        assertThat(api.at("/paths/~1api~1inquiries~1{id}~1meetings/post/description").asText())
            .contains("Open to the groups sales, managers, integrations (and camunda-admin), and to a desk's members (e.g. sales-apac)"
                + " for their own desk's clients: another desk's client is a 403.");
        assertThat(api.at("/paths/~1api~1orders/get/description").asText()).contains("integrations", "sales", "order-desk");
        assertThat(api.at("/paths/~1api~1decisions~1etiquette/post/description").asText()).contains("every signed-in user");
    }

    @Test
    void theDescriptionAndSwaggerUiShouldNeedSignIn() {
        assertThat(get("/api/openapi", null).status()).isEqualTo(401);
        assertThat(get("/api/swagger-ui/index.html", null).status()).isEqualTo(401);
        assertThat(get("/webjars/swagger-ui/index.html", null).status()).isEqualTo(401);
        Answer ui = get("/api/swagger-ui/index.html", "sam");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        Answer config = get("/api/openapi/swagger-config", "sam");
        assertThat(config.status()).as(config.body()).isEqualTo(200);
        assertThat(config.body()).contains("/api/openapi");
        Answer entry = get("/api/docs", "sam");
        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.raw().headers().firstValue("Location").orElse("")).endsWith("/api/swagger-ui/index.html");
    }

    /**
     * An integrator who knows springdoc's usual addresses finds the description and Swagger UI there: each is a redirect
     * to where they are, where it was a 404 that said nothing of /api/openapi.
     */
    @Test
    void springdocsUsualAddressesShouldLeadToTheDescriptionAndSwaggerUi() {
        Map.of("/v3/api-docs", "/api/openapi", "/swagger-ui.html", "/api/docs", "/swagger-ui", "/api/docs",
            "/swagger-ui/index.html", "/api/docs").forEach((usual, actual) -> {
                Answer answer = get(usual, null);
                assertThat(answer.status()).as(usual).isEqualTo(301);
                assertThat(answer.raw().headers().firstValue("Location")).as(usual).hasValue(actual);
            });
        assertThat(get("/v3/api-docs", "shop").status()).as("signed in too").isEqualTo(301);
    }

    /**
     * Every POST the Idempotency-Key filter serves declares the header, its 2xx answers the replay header and a 422 for
     * a reused key; no other operation declares them. Read off the server's mappings, so a new event endpoint is held.
     */
    @Test
    void theEventEndpointsShouldDeclareTheirIdempotencyKeyAndNoOtherShould() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        List<String> declared = new ArrayList<>();
        List<String> served = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    if (path.startsWith("/api/") && IdempotentRequests.takesKey(method.name(), path)) {
                        served.add(method + " " + path);
                    }
                }
            }
        }
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode key = null;
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                if (parameter.path("name").asText().equals("Idempotency-Key")) {
                    key = parameter;
                }
            }
            String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
            if (key == null) {
                return;
            }
            declared.add(endpoint);
            assertThat(key.path("in").asText()).as(endpoint).isEqualTo("header");
            assertThat(key.path("required").asBoolean()).as(endpoint).isFalse();
            assertThat(key.at("/schema/maxLength").asInt()).as(endpoint).isEqualTo(200);
            assertThat(key.at("/schema/minLength").asInt()).as(endpoint).isEqualTo(1);
            assertThat(key.at("/schema/pattern").asText()).as(endpoint).isEqualTo("^[\\x21-\\x7E]{1,200}$");
            // Swagger UI sends a parameter's example with every try: one key for two requests, the second a 422
            assertThat(key.has("example") || key.path("schema").has("example") || key.path("schema").has("examples"))
                .as("%s: Idempotency-Key has no example Swagger UI would send", endpoint).isFalse();
            JsonNode responses = operation.getValue().path("responses");
            responses.properties().stream().filter(r -> r.getKey().startsWith("2")).forEach(r ->
                assertThat(r.getValue().at("/headers/Idempotency-Replayed/schema/enum/0").asText())
                    .as("%s answers %s", endpoint, r.getKey()).isEqualTo("true"));
            assertThat(responses.at("/422/description").asText()).as(endpoint).startsWith("Idempotency-Key reused");
            assertThat(responses.at("/422/content/application~1problem+json/schema/$ref").asText()).as(endpoint)
                .isEqualTo("#/components/schemas/Problem");
        }));
        assertThat(served).contains("POST /api/inquiries", "POST /api/orders/{id}/payment", "POST /api/complaints");
        assertThat(declared).containsExactlyInAnyOrderElementsOf(served);
    }

    /** A refused workbook is a 422 with the table and every problem placed; the raw upload takes the workbook's bytes. */
    @Test
    void theRuleTablesShouldDescribeTheirRefusalAndTheWorkbooksBytes() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        for (String pointer : List.of("/paths/~1api~1rules~1{table}/put", "/paths/~1api~1rules~1{table}~1validate/post",
            "/paths/~1api~1rules~1{table}~1versions~1{version}~1activate/post")) {
            JsonNode refused = api.at(pointer + "/responses/422");
            assertThat(refused.path("description").asText()).as(pointer).startsWith("Workbook refused: `problems` names every problem");
            assertThat(refused.at("/content/application~1problem+json/schema/$ref").asText()).as(pointer)
                .isEqualTo("#/components/schemas/Problem");
            assertThat(api.at(pointer + "/responses/200/content").size()).as("the answer of " + pointer).isPositive();
        }
        for (String pointer : List.of("/paths/~1api~1rules~1{table}/put", "/paths/~1api~1rules~1{table}~1validate/post")) {
            JsonNode body = api.at(pointer + "/requestBody/content");
            List<String> types = new ArrayList<>();
            body.fieldNames().forEachRemaining(types::add);
            assertThat(types).as(pointer).containsExactlyInAnyOrder("application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "multipart/form-data");
            assertThat(body.at("/application~1octet-stream/schema/format").asText()).as(pointer).isEqualTo("binary");
            assertThat(body.at("/multipart~1form-data/schema/properties/file/format").asText()).as(pointer).isEqualTo("binary");
        }
        JsonNode problem = api.at("/components/schemas/Problem/properties");
        assertThat(problem.at("/table/type").asText()).isEqualTo("string");
        assertThat(problem.at("/problems/type").asText()).isEqualTo("array");
        List<String> placed = new ArrayList<>();
        problem.at("/problems/items/properties").fieldNames().forEachRemaining(placed::add);
        assertThat(placed).contains("sheet", "row", "column", "cell", "message", "expected", "actual");

        // what the server answers a refused workbook has no field the description leaves out
        Answer refused = send("PUT", "/api/rules/etiquette", "ana", "application/octet-stream",
            "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode answer = JSON.readTree(refused.body());
        answer.fieldNames().forEachRemaining(field -> assertThat(problem.has(field)).as("Problem has %s", field).isTrue());
        assertThat(answer.path("problems").size()).isPositive();
        answer.path("problems").forEach(p -> p.fieldNames().forEachRemaining(field ->
            assertThat(placed).as("a problem's %s", field).contains(field)));
    }

    /**
     * Opening a complaint about an order or inquiry that does not exist is a 404, and the description says so, where it
     * listed no 404 for a path without an id.
     */
    @Test
    void openingAComplaintShouldDescribeThe404OfAnUnknownOrderOrInquiry() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        JsonNode responses = api.at("/paths/~1api~1complaints/post/responses");
        assertThat(responses.at("/404/description").asText()).startsWith("No order or inquiry with the `orderId` or `inquiryId` given");
        assertThat(responses.at("/404/content/application~1problem+json/schema/$ref").asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(responses.at("/201/content").size()).as("the answer's schema stays").isPositive();
        Answer unknown = postJson("/api/complaints", "shop",
            "{\"orderId\": \"no-such-order\", \"category\": \"QUALITY\", \"description\": \"Scratched.\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    }

    /** The message templates' upload, check and roll-back declare the 422 they answer, whose fields the Problem schema has. */
    @Test
    void theMessageTemplatesShouldDescribeTheirRefusal() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi", "sam").body());
        for (String pointer : List.of("/paths/~1api~1message-templates~1{folder}~1{language}/put",
            "/paths/~1api~1message-templates~1{folder}~1{language}~1validate/post",
            "/paths/~1api~1message-templates~1{folder}~1{language}~1versions~1{version}~1activate/post")) {
            JsonNode refused = api.at(pointer + "/responses/422");
            assertThat(refused.path("description").asText()).as(pointer).startsWith("Template refused: `problems` names every problem");
            assertThat(refused.at("/content/application~1problem+json/schema/$ref").asText()).as(pointer)
                .isEqualTo("#/components/schemas/Problem");
            assertThat(api.at(pointer + "/responses/200/content").size()).as("the answer of " + pointer).isPositive();
        }
        JsonNode problem = api.at("/components/schemas/Problem/properties");
        Answer refused = send("POST", "/api/message-templates/quote/en/validate", "ana", "text/plain",
            "--- subject ---\n{{nothing}}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JSON.readTree(refused.body()).fieldNames().forEachRemaining(field -> assertThat(problem.has(field)).as("Problem has %s", field).isTrue());
    }
}
