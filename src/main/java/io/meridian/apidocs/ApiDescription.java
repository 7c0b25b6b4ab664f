package io.meridian.apidocs;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.meridian.etiquette.EtiquetteWords;
import io.meridian.idempotency.IdempotentRequests;
import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.ListQuery;
import io.meridian.system.OpenToDesks;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What every {@code /api} operation shares in the OpenAPI description: HTTP Basic with a Meridian user, and the
 * RFC 9457 problem details it answers when the caller made a mistake (see {@code system.ProblemAdvice}).
 */
@Configuration
class ApiDescription {

    static final String SECURITY_SCHEME = "meridianUser";

    static {
        // a local date and time (a window's start in the client's clock) has no offset: not RFC 3339's date-time
        SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, new StringSchema()
            .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$").example("2027-01-12T09:00:00"));
    }
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";

    @Bean
    OpenAPI meridianOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Meridian API").version("1")
                .description("Starts and drives client journeys, orders and complaints, answers etiquette and escalation "
                    + "decisions and manages the analysts' rule tables. Errors are RFC 9457 problem details that name "
                    + "every offending field. Engine-level access (tasks, processes) is Camunda's engine-rest under "
                    + "/engine-rest, not described here."))
            .components(new Components()
                .addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A Meridian (Camunda) user; each endpoint names the groups it is open to.")))
            .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME))
            .tags(TAGS);
    }

    /** The groups of operations in the order a shop's connector meets them: the journey first, the analysts' tables last. */
    static final List<Tag> TAGS = List.of(
        tag("Inquiries", "A client's inquiry starts the journey: quote, the client's answer, the order"),
        tag("Orders", "An accepted quote's order: payments, stock forecast, shipment, delivery, fulfilment problems"),
        tag("Confirmed items", "What was agreed on an instant channel, confirmed to the client by email"),
        tag("Complaints", "A client's complaint and their verdict on its fix"),
        tag("Clients", "The client records the inquiries and complaints keep"),
        tag("Satisfaction surveys", "A client's scores (NPS, CSAT, CES)"),
        tag("Negotiation meetings", "Calls and meetings on a journey, and their minutes"),
        tag("Order milestones", "Key milestones of an order the client confirms"),
        tag("Decisions", "Etiquette, contact windows, complaint and escalation decisions, without starting anything"),
        tag("Rule tables", "The analysts' workbooks: download, check, upload, roll back"),
        tag("Message templates", "The client email templates: check, upload, roll back"));

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    /**
     * What the operations answer beyond what springdoc reads off the controllers, in this order (one customizer, as
     * springdoc runs several in no set order): the created record's {@code Location}, the {@code Idempotency-Key}
     * of the event endpoints, the fields every answer carries ({@link AnswerFields#required}), then the problems every
     * operation can meet.
     */
    @Bean
    OpenApiCustomizer answers() {
        return api -> {
            journeyOrder(api);
            etiquetteValues(api);
            createdLocations(api);
            bytesBodies(api);
            idempotencyKeys(api);
            AnswerFields.required(api);
            problemResponses(api);
        };
    }

    /**
     * The paths in the order a user walks them, group by group (Swagger UI lists a group's operations in the order of their
     * paths): a record's start and list, the record, then its events in the order they come; within a path, its
     * operations as {@link JourneyPathItem} orders them (the start before the list). A path not named here comes last, in
     * springdoc's order.
     */
    static final List<String> JOURNEY = List.of(
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

    private static void journeyOrder(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Paths ordered = new Paths();
        ordered.setExtensions(api.getPaths().getExtensions());
        JOURNEY.stream().filter(api.getPaths()::containsKey)
            .forEach(path -> ordered.addPathItem(path, JourneyPathItem.of(api.getPaths().get(path))));
        api.getPaths().forEach((path, item) -> {
            if (!ordered.containsKey(path)) {
                ordered.addPathItem(path, JourneyPathItem.of(item));
            }
        });
        api.setPaths(ordered);
    }

    /**
     * The etiquette's tone, channel and meeting columns hold the workbook's values, which an analyst may add to (so no
     * {@code enum}): each names the values the shipped workbook uses, with what each asks of the team.
     */
    @SuppressWarnings("rawtypes")
    private static void etiquetteValues(OpenAPI api) {
        Schema etiquette = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
            : api.getComponents().getSchemas().get("Etiquette");
        if (etiquette == null || etiquette.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = etiquette.getProperties();
        EtiquetteWords.TONE.forEach((column, values) -> values(properties.get(column), new TreeMap<>(values).entrySet().stream()
            .map(v -> v.getKey() + " (" + v.getValue().substring(v.getValue().indexOf(':') + 1).strip() + ")").toList()));
        List<String> channels = EtiquetteWords.CHANNELS.keySet().stream().sorted().toList();
        values(properties.get("quickChannel"), channels);
        values(properties.get("confirmationChannel"), channels);
        values(properties.get("meeting"), EtiquetteWords.MEETINGS.keySet().stream().sorted().toList());
    }

    @SuppressWarnings("rawtypes")
    private static void values(Schema property, List<String> values) {
        if (property != null) {
            property.setDescription("The etiquette workbook's value (an analyst may add another): " + String.join("; ", values));
        }
    }

    /**
     * A body of raw bytes ({@code byte[]}, a workbook) that its operation describes as binary is not also a JSON string:
     * springdoc adds {@code application/json} with a base64 string for a method without {@code consumes}, which no one
     * should send (the server takes the bytes as they come).
     */
    private static void bytesBodies(OpenAPI api) {
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            if (body == null || !body.containsKey(JSON)) {
                return;
            }
            Schema<?> json = body.get(JSON).getSchema();
            boolean binary = body.values().stream().anyMatch(m -> m.getSchema() != null && "binary".equals(m.getSchema().getFormat()));
            if (binary && json != null && "byte".equals(json.getFormat())) {
                body.remove(JSON);
            }
        }));
    }

    /** The client's mistakes each kind of operation can meet, as problem details; the 500 says nothing inside. */
    private static void problemResponses(OpenAPI api) {
        // the schema is added here, after springdoc has pruned those no generated operation refers to
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
            (method, operation) -> describeProblems(path, method, operation)));
    }

    /**
     * The event endpoints the Idempotency-Key filter serves ({@link IdempotentRequests#takesKey}) take the header, and a
     * repeat's answer carries {@code Idempotency-Replayed: true}; the same key with another request is a 422.
     */
    private static void idempotencyKeys(OpenAPI api) {
        api.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (post == null || !IdempotentRequests.takesKey("POST", path)) {
                return;
            }
            post.addParametersItem(new Parameter().in("header").name(IdempotentRequests.KEY).required(false)
                // no example: Swagger UI would send it with every try, and a second request with the key is a 422
                .schema(new StringSchema().minLength(1).maxLength(200).pattern("^" + IdempotentRequests.KEY_PATTERN + "$"))
                .description("Names this attempt (1 to 200 visible ASCII characters, e.g. a UUID such as "
                    + "3f2b9c1e-7d4a-4e8b-9a61-0c5d2e7f8a90): sent again with the same "
                    + "key, the request is answered as the first was and changes nothing. Kept for a day by default."));
            if (post.getResponses() != null) {
                post.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeaderObject(IdempotentRequests.REPLAYED, new Header()
                            .description("`true` on a repeat of an earlier request with the same Idempotency-Key: the first "
                                + "answer again (status, body and Location); absent on a first answer")
                            .schema(new StringSchema()._enum(List.of("true"))));
                    }
                });
            }
            respond(post, "400", "Invalid input; `errors` names every offending field (an invalid Idempotency-Key: its "
                + "problem's `detail` says so)");
            respond(post, "422", "Idempotency-Key reused: the key was used for another request (another path or body); "
                + "`detail` names it. Use a new key");
        });
    }

    private static void describeProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean changes = method != PathItem.HttpMethod.GET;
        boolean takesParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        respond(operation, "401", "No or wrong credentials (a `WWW-Authenticate: Basic` challenge)");
        respond(operation, "403", "The user is not in a group this endpoint is open to");
        if (changes || takesParameters) {
            respond(operation, "400", "Invalid input; `errors` names every offending field");
        }
        if (path.contains("{")) {
            respond(operation, "404", "No such record");
        }
        if (changes) {
            respond(operation, "409", "Conflicts with the record's current state or with a change made at the same time");
        }
        if (operation.getRequestBody() != null) {
            respond(operation, "413", "The body is larger than the server reads; `detail` names the limit");
            respond(operation, "415", "The body's Content-Type is not one this operation reads; `detail` names the one it takes");
        }
        respond(operation, "429", "Too many wrong passwords for this user from the caller's address: nothing was checked; try "
            + "again after the seconds `Retry-After` names");
        operation.getResponses().get("429").addHeaderObject("Retry-After", new Header()
            .description("seconds to wait before the next try").schema(new IntegerSchema().minimum(BigDecimal.ONE)));
        respond(operation, "500", "An internal fault; the log has the details");
        // a refusal a controller declares itself (the 422 of a refused workbook) is a problem as well
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") && !status.equals("400")) {
                respond(operation, status, response.getDescription());
            }
        });
    }

    /**
     * A POST to a collection that answers 201 names the new record's path in {@code Location} where the record has a GET
     * path of its own ({@code /api/inquiries} → {@code /api/inquiries/{id}}); a start that may answer the first record
     * again (200) is described with both answers.
     */
    private static void createdLocations(OpenAPI api) {
        api.getPaths().forEach((path, item) -> {
            PathItem record = api.getPaths().get(path + "/{id}");
            Operation post = item.getPost();
            if (post == null || post.getResponses() == null || record == null || record.getGet() == null) {
                return;
            }
            ApiResponses responses = post.getResponses();
            if (!responses.containsKey("201") && responses.containsKey("200")) {
                ApiResponse ok = responses.get("200");
                responses.addApiResponse("201", new ApiResponse().description("Created").content(ok.getContent()));
                ok.setDescription("The record this request created before (nothing new)");
            }
            ApiResponse created = responses.get("201");
            if (created != null) {
                created.addHeaderObject("Location", new Header().description("The new record's path, e.g. " + path + "/ID")
                    .schema(new StringSchema().format("uri-reference")));
            }
        });
    }

    /**
     * Who may call: the groups of {@link AllowedGroups} (on the method, else on the class), as the server checks them, and
     * the desks' members where {@link OpenToDesks} lets them in.
     */
    @Bean
    OperationCustomizer openTo() {
        return (operation, handler) -> {
            AllowedGroups allowed = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AllowedGroups.class);
            if (allowed == null) {
                allowed = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AllowedGroups.class);
            }
            boolean desks = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), OpenToDesks.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), OpenToDesks.class);
            String who = allowed == null ? "Open to every signed-in user."
                : "Open to the groups " + String.join(", ", allowed.value()) + " (and " + Groups.ADMIN + ")"
                + (desks ? ", and to a desk's members (e.g. sales-apac) for their own desk's clients: another desk's client is a 403." : ".");
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? who : description + "\n\n" + who);
            return operation;
        };
    }

    /**
     * The list endpoints read their filters from one map (so that an unknown filter can be refused by name); the
     * description names each filter instead of one opaque "query" object.
     */
    @Bean
    OperationCustomizer listFilters() {
        return (operation, handler) -> {
            boolean takesQueryMap = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> MultiValueMap.class.isAssignableFrom(p.getParameterType()) && p.hasParameterAnnotation(RequestParam.class));
            if (!takesQueryMap) {
                return operation;
            }
            List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
            parameters.removeIf(p -> "query".equals(p.getName()));
            StringSchema status = new StringSchema();
            Class<? extends Enum<?>> statuses = listedStatuses(handler.getMethod());
            if (statuses != null) {
                status.setEnum(Arrays.stream(statuses.getEnumConstants()).map(Enum::name).toList());
            }
            parameters.add(query("status", new ArraySchema().items(status),
                "one or more statuses (repeat the parameter, or separate them with commas)"));
            parameters.add(query("country", new StringSchema().example("JP"), "the client's country, ISO 3166-1 alpha-2"));
            parameters.add(query("client", new StringSchema(), "a client id or email"));
            parameters.add(query("from", new StringSchema().format("date-time"), "created at or after (ISO 8601 date or instant)"));
            parameters.add(query("to", new StringSchema().format("date-time"), "created at or before (ISO 8601 date or instant)"));
            parameters.add(query("page", new IntegerSchema()._default(0).minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(ListQuery.MAX_PAGE)), "page number, from 0"));
            parameters.add(query("size", new IntegerSchema()._default(ListQuery.DEFAULT_SIZE).minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(ListQuery.MAX_SIZE)), "rows per page"));
            operation.setParameters(parameters);
            return operation;
        };
    }

    /**
     * The statuses a list filters by: those of the record its rows carry ({@code Page<InquiryListItem>}: the inquiry's
     * {@code status}), null when its rows carry none.
     */
    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> listedStatuses(Method list) {
        Class<?> row = ResolvableType.forMethodReturnType(list).getGeneric(0).resolve();
        if (row == null || !row.isRecord()) {
            return null;
        }
        for (RecordComponent part : row.getRecordComponents()) {
            if (!part.getType().isRecord()) {
                continue;
            }
            for (RecordComponent field : part.getType().getRecordComponents()) {
                if (field.getName().equals("status") && field.getType().isEnum()) {
                    return (Class<? extends Enum<?>>) field.getType();
                }
            }
        }
        return null;
    }

    private static Parameter query(String name, Schema<?> schema, String description) {
        return new Parameter().in("query").name(name).required(false).schema(schema).description(description);
    }

    private static void respond(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (responses.containsKey(status)) {
            ApiResponse present = responses.get(status);
            present.setContent(problemContent());
            if (present.getDescription() == null || present.getDescription().isBlank()) {
                present.setDescription(description);
            }
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.setProperties(new LinkedHashMap<>(Map.of(
            "field", new StringSchema().description("the field, e.g. client.email"),
            "message", new StringSchema().description("what is wrong with it"))));
        ObjectSchema problem = new ObjectSchema();
        problem.setDescription("RFC 9457 problem details");
        LinkedHashMap<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().example("about:blank"));
        properties.put("title", new StringSchema().example("Invalid request"));
        properties.put("status", new IntegerSchema().example(400));
        properties.put("detail", new StringSchema().example("client.email: not an email address"));
        properties.put("instance", new StringSchema().example("/api/inquiries"));
        properties.put("errors", new ArraySchema().items(fieldError).description("every offending field (400 only)"));
        // a refused workbook (422 of /api/rules) or message template (422 of /api/messages): every problem, placed
        ObjectSchema placed = new ObjectSchema();
        LinkedHashMap<String, Schema> where = new LinkedHashMap<>();
        where.put("sheet", new StringSchema().description("a workbook's sheet, e.g. Countries"));
        where.put("row", new IntegerSchema().description("the sheet's row, from 1, as the spreadsheet shows it"));
        where.put("column", new StringSchema().description("the sheet's column letter, e.g. C"));
        where.put("cell", new StringSchema().description("the cell's text"));
        where.put("file", new StringSchema().description("a template's file, e.g. tracking-number/en.mustache"));
        where.put("line", new IntegerSchema().description("the template's line, from 1"));
        where.put("placeholder", new StringSchema().description("the template's placeholder at fault"));
        where.put("message", new StringSchema().description("what is wrong"));
        where.put("expected", new StringSchema().description("a failed scenario: the value expected"));
        where.put("actual", new StringSchema().description("a failed scenario: the value the rules gave"));
        placed.setProperties(where);
        placed.setDescription("where each problem lies, as exactly as it can be placed; a field that cannot be placed is left out");
        properties.put("table", new StringSchema().example("etiquette").description("the rule table of a refused workbook (422)"));
        properties.put("file", new StringSchema().example("tracking-number/en.mustache").description("the template of a refused upload (422)"));
        properties.put("problems", new ArraySchema().items(placed)
            .description("every problem of a refused workbook or template (422): the version in force keeps serving"));
        problem.setProperties(properties);
        problem.setRequired(List.of("title", "status"));
        return problem;
    }
}
