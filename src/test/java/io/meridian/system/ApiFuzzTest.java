package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.meridian.client.ClientField;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends several hundred malformed and hostile bodies to every {@code /api} endpoint Spring knows
 * at run time that reads a body (new endpoints are picked up without a change here), and every
 * hostile path value with a few bodies to those that read none (a {@code GET} or {@code DELETE}
 * without a body parameter: Spring never binds its body, and Tomcat parses form bodies of a
 * {@code POST} only, so 254 bodies ran the same request 254 times: 4,572 of 16,992 requests, now
 * 864 of 13,284). None may answer 500, every refusal is problem+json, and nothing is
 * created in the database or the rules folder.
 */
class ApiFuzzTest extends ServerTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiFuzzTest.class);
    /** Callers sending at the same time. */
    private static final int CALLERS = 4;
    /** Methods whose body Spring binds only to a parameter that asks for it. */
    private static final Set<String> BODILESS_METHODS = Set.of("GET", "DELETE");
    private static final Set<Integer> ACCEPTABLE = Set.of(200, 201, 202, 204, 400, 403, 404, 405, 409, 413, 415, 422);
    // background bookkeeping that changes without any request
    private static final Set<String> UNWATCHED_TABLES = Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG", "ACT_GE_PROPERTY");

    private static final List<String> HOSTILE_VALUES = List.of(
        "null", "true", "false", "0", "-1", "1.5", "1e309", "-1e309", "2147483648", "-9223372036854775809",
        "123456789012345678901234567890", "\"\"", "\" \"", "\"\\u0000\"", "\"" + "A".repeat(10_000) + "\"",
        "\"${7*7}\"", "\"#{7*7}\"", "\"${''.getClass().forName('java.lang.Runtime')}\"", "\"<script>alert(1)</script>\"",
        "\"' OR '1'='1\"", "\"'; DROP TABLE ACT_RU_TASK; --\"", "\"../../../../etc/passwd\"", "\"%s%n%x\"",
        "\"JP\\u202e\"", "\"\uD83D\uDE00\"", "\"\\uD800\"", "[]", "{}", "[[[[[]]]]]", "{\"$ne\":null}", "[\"java.lang.ProcessBuilder\",{}]",
        "\"1970-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"2027-02-30T10:00:00Z\"",
        "\"NaN\"", "\"Infinity\"", "\"ZZ\"", "\"jp\"", "\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0\"", "\"P1000000000Y\"",
        "\"PT-1H\"", "\"-0\"", "\"Europe/../../etc\"", "\"A\"", "\"DIRECT\"", "\"9\"");

    private static final List<String> PATH_VALUES = List.of(
        "no-such-id", "0", "-1", "99999999999999999999", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%00", "'%20OR%201=1",
        "%24%7B7*7%7D", "A".repeat(300), "%F0%9F%98%80", "etiquette", "1");

    /** Endpoints that read their body as a JSON tree (a merge patch), with the fields they know. */
    private static final Map<String, List<String>> TREE_BODY_FIELDS = Map.of(
        "/api/clients/{id}", Arrays.stream(ClientField.values()).map(ClientField::apiName).toList());

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    @Value("${meridian.rules.folder}")
    Path rulesFolder;

    /** One endpoint as Spring maps it. */
    record Endpoint(String method, String pattern, HandlerMethod handler) {
    }

    /** One request to send. */
    record Attempt(String contentType, byte[] body) {
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            if (!entry.getValue().getBeanType().getPackageName().startsWith("io.meridian")) {
                continue; // springdoc's description and Swagger UI redirect live under /api as well
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("POST", pattern, entry.getValue()));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern, entry.getValue())));
            }
        }
        return endpoints;
    }

    static List<String> bodyFields(HandlerMethod handler) {
        for (Parameter parameter : handler.getMethod().getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                Class<?> type = parameter.getType();
                if (type.isRecord()) {
                    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
                }
                return Arrays.stream(type.getDeclaredFields()).filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                    .map(java.lang.reflect.Field::getName).toList();
            }
        }
        return List.of();
    }

    /**
     * Whether Spring or Tomcat may read the endpoint's body: a {@code POST}, {@code PUT} or {@code PATCH}
     * (form bodies become parameters), or any method with a body, file or request parameter of its own.
     */
    static boolean readsBody(Endpoint endpoint) {
        if (!BODILESS_METHODS.contains(endpoint.method()) || TREE_BODY_FIELDS.containsKey(endpoint.pattern())) {
            return true;
        }
        for (Parameter parameter : endpoint.handler().getMethod().getParameters()) {
            Class<?> type = parameter.getType();
            if (parameter.isAnnotationPresent(RequestBody.class) || parameter.isAnnotationPresent(RequestPart.class)
                || MultipartFile.class.isAssignableFrom(type) || jakarta.servlet.ServletRequest.class.isAssignableFrom(type)
                || java.io.InputStream.class.isAssignableFrom(type) || java.io.Reader.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /** For an endpoint that reads no body: each of these with every path value (the values rotate per request). */
    static List<Attempt> bodilessAttempts() {
        List<Attempt> kinds = List.of(new Attempt(null, null), json("{\"country\":\"JP\"}"),
            new Attempt("application/json", ("{\"country\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8)),
            new Attempt("application/octet-stream", new byte[] {'P', 'K', 3, 4, (byte) 0xC3, (byte) 0x28}));
        List<Attempt> attempts = new ArrayList<>();
        for (Attempt kind : kinds) {
            for (int i = 0; i < PATH_VALUES.size(); i++) {
                attempts.add(kind);
            }
        }
        return attempts;
    }

    static List<Attempt> attempts(List<String> fields) {
        List<Attempt> attempts = new ArrayList<>();
        Stream.of("", " ", "null", "true", "1", "\"text\"", "[]", "[{}]", "{", "}", "{\"a\":", "{'country':'JP'}",
                "{country: JP}", "{\"country\":\"JP\",}", "{\"country\":\"JP\"}{}", "\uFEFF{}", "{\"\":\"\"}",
                "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]}", "{\"__proto__\":{\"admin\":true}}",
                "[".repeat(5_000), "{\"a\":".repeat(2_000), "1" + "0".repeat(5_000), "\"" + "\\u0041".repeat(20_000) + "\"",
                "{\"country\":\"JP\",\"country\":\"US\"}", "{\"unknownField\":1}",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
            .forEach(body -> attempts.add(json(body)));
        attempts.add(new Attempt("application/json", new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'}));
        attempts.add(new Attempt("application/json", "{\"country\":\"JP\"}".getBytes(StandardCharsets.UTF_16)));
        attempts.add(new Attempt("application/json; charset=no-such-charset", "{}".getBytes(StandardCharsets.UTF_8)));
        attempts.add(new Attempt("application/json", ("{\"country\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream",
            "multipart/form-data; boundary=XyZ", "multipart/form-data", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/json;charset=UTF-32", "*/*", "application/json-patch+json")) {
            attempts.add(new Attempt(type, "{\"country\":\"JP\"}".getBytes(StandardCharsets.UTF_8)));
            attempts.add(new Attempt(type, "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.xlsx\"\r\n\r\nPK\u0003\u0004garbage\r\n--XyZ--\r\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
        }
        Random random = new Random(6);
        for (int i = 0; i < 60; i++) {
            byte[] noise = new byte[1 + random.nextInt(2_000)];
            random.nextBytes(noise);
            if (i % 3 == 0) {
                noise[0] = 'P';
                noise[Math.min(1, noise.length - 1)] = 'K';
            }
            attempts.add(new Attempt(i % 2 == 0 ? "application/json" : "application/octet-stream", noise));
        }
        // the endpoint's own fields, and names it does not have (bodies with unknown or misplaced fields)
        Set<String> targets = new java.util.LinkedHashSet<>(fields);
        targets.addAll(List.of("country", "id", "table"));
        for (String field : targets) {
            for (String value : HOSTILE_VALUES) {
                attempts.add(json("{\"" + field + "\":" + value + "}"));
            }
            Map<String, String> all = new LinkedHashMap<>();
            for (String other : fields) {
                all.put(other, HOSTILE_VALUES.get(Math.floorMod(other.hashCode(), HOSTILE_VALUES.size())));
            }
            all.put(field, "[" + "1,".repeat(1000) + "1]");
            attempts.add(json(toJson(all)));
        }
        return attempts;
    }

    private static Attempt json(String body) {
        return new Attempt("application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String toJson(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value));
        return json.append('}').toString();
    }

    private static String path(String pattern, int round) {
        return pattern.replaceAll("\\{[^}/]+}", PATH_VALUES.get(round % PATH_VALUES.size()));
    }

    @Test
    void shouldAnswerEveryHostileRequestWithoutAServerErrorAndCreateNothing() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::pattern).contains("/api/decisions/etiquette", "/api/decisions/contact-window",
            "/api/inquiries", "/api/orders", "/api/complaints", "/api/inquiries/{id}/messages", "/api/orders/{id}/messages",
            "/api/complaints/{id}/messages");
        assertThat(endpoints).extracting(e -> e.method() + " " + e.pattern()).contains("PATCH /api/clients/{id}", "GET /api/clients/{id}");
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean jobsWereRunning = jobs.isActive();
        jobs.shutdown();
        try {
            Map<String, Long> tablesBefore = rowCounts();
            Map<String, String> rulesBefore = files(rulesFolder);
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger expected = new AtomicInteger();
            int bodiless = 0;
            // the endpoints side by side, as several callers would send them: the server's work spreads over the cores
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (Endpoint endpoint : endpoints) {
                    boolean readsBody = readsBody(endpoint);
                    bodiless += readsBody ? 0 : 1;
                    List<Attempt> attempts = readsBody
                        ? attempts(TREE_BODY_FIELDS.getOrDefault(endpoint.pattern(), bodyFields(endpoint.handler())))
                        : bodilessAttempts();
                    assertThat(attempts).as(endpoint.pattern()).hasSizeGreaterThanOrEqualTo(readsBody ? 200 : PATH_VALUES.size());
                    expected.addAndGet(attempts.size());
                    done.add(callers.submit(() -> {
                        for (int i = 0; i < attempts.size(); i++) {
                            Attempt attempt = attempts.get(i);
                            String path = path(endpoint.pattern(), i);
                            Answer answer = send(endpoint.method(), path, "demo", attempt.contentType(), attempt.body());
                            sent.incrementAndGet();
                            boolean problemWhenRefused = answer.status() < 400 || answer.isProblem();
                            if (!ACCEPTABLE.contains(answer.status()) || !problemWhenRefused) {
                                String shown = attempt.body() == null ? "(no body)" : new String(attempt.body(), StandardCharsets.UTF_8);
                                failures.add(endpoint.method() + " " + path + " [" + attempt.contentType() + "] "
                                    + shown.substring(0, Math.min(120, shown.length())) + " -> " + answer.status() + " "
                                    + answer.contentType() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
                            }
                        }
                    }));
                }
                for (Future<?> endpoint : done) {
                    endpoint.get(10, TimeUnit.MINUTES);
                }
            } finally {
                callers.shutdownNow();
            }
            log.info("{} hostile requests to {} endpoints, {} of which read no body", sent.get(), endpoints.size(), bodiless);
            assertThat(sent.get()).as("requests sent").isEqualTo(expected.get());
            assertThat(endpoints.size() - bodiless).as("endpoints that read a body").isGreaterThanOrEqualTo(20);
            assertThat(failures).as("answers out of %d hostile requests", sent.get()).isEmpty();
            assertThat(rowCounts()).as("rows per table").isEqualTo(tablesBefore);
            assertThat(files(rulesFolder)).as("rules folder").isEqualTo(rulesBefore);
        } finally {
            if (jobsWereRunning) {
                jobs.start();
            }
        }
    }

    /** Values for each query parameter of the lists: none may answer 500; a refusal names its parameter. */
    private static final List<String> QUERY_VALUES = List.of(
        "", " ", "%", "_", "*", "0", "-1", "1.5", "2147483648", "-9223372036854775809", "1e3", "NaN", "null", "true",
        "' OR '1'='1", "1; DROP TABLE client; --", "\\", "\u0000", "${7*7}", "#{7*7}", "<script>alert(1)</script>",
        "../../etc/passwd", "\uD83D\uDE00", "\uD800", "A".repeat(2_000), "NEW,,", ",", "new", "JP\u202e", "jp", "ZZ",
        "2027-02-30", "2027-13-01", "+999999999-12-31", "-999999999-01-01", "2026-12-01T10:00:00+25:00",
        "2026-12-01T10:00:00", "2026-12-01T10:00:00Z", "9999-12-31T23:59:59Z", "P1D", "yesterday", "someone@example.com");

    @Test
    void shouldAnswerHostileQueryParametersOfTheListsWithoutAServerError() {
        List<String> lists = endpoints().stream().filter(e -> e.method().equals("GET"))
            .map(Endpoint::pattern).filter(p -> p.matches("/api/(inquiries|orders|complaints)")).distinct().toList();
        assertThat(lists).containsExactlyInAnyOrder("/api/inquiries", "/api/orders", "/api/complaints");
        List<String> parameters = new ArrayList<>(ListQuery.PARAMETERS);
        parameters.add("orderStatus"); // the inquiries' own filter; unknown to the other lists
        parameters.add("unknown");
        List<String> failures = new ArrayList<>();
        for (String list : lists) {
            for (String parameter : parameters) {
                for (String value : QUERY_VALUES) {
                    String path = list + "?" + parameter + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
                    Answer answer = send("GET", path, "demo", null, null);
                    boolean named = answer.status() == 200
                        || (answer.status() == 400 && answer.isProblem() && answer.body().contains("\"field\":\"" + parameter + "\""));
                    if (!named) {
                        failures.add(path.substring(0, Math.min(120, path.length())) + " -> " + answer.status() + " "
                            + answer.body().substring(0, Math.min(200, answer.body().length())));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class)) {
            if (!UNWATCHED_TABLES.contains(table)) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
            }
        }
        return counts;
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(folder.relativize(file).toString(), Files.size(file) + "@" + Files.getLastModifiedTime(file));
                }
            }
        }
        return files;
    }
}
