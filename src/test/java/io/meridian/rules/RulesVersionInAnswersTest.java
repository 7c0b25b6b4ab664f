package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every answer that says which workbook version decided gives {@code rulesVersion} as one type, text (DESIGN.md names
 * the field without a type; text is what every answer gives), the same text as the number {@code GET /api/rules} gives
 * the table's version in force; the API description says so of every schema that has it.
 */
@MeridianTest
class RulesVersionInAnswersTest {

    @Autowired
    ApiCalls api;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    @Test
    void shouldGiveRulesVersionAsTheTableVersionsTextInEveryAnswer() {
        Map<String, String> inForce = new java.util.HashMap<>();
        http.withBasicAuth("sam", "demo").getForObject("/api/rules", JsonNode.class)
            .forEach(t -> inForce.put(t.path("table").asText(), String.valueOf(t.path("version").asInt())));
        String client = "\"client\": {\"company\": \"Version AG\", \"contactName\": \"Vera Sion\", \"email\": \"%s@version.example\", \"country\": \"DE\"}";

        JsonNode etiquette = ok(api.post("/api/decisions/etiquette", "{\"country\": \"JP\"}", "sam"));
        JsonNode complaint = ok(api.post("/api/decisions/complaint", "{\"category\": \"QUALITY\", \"country\": \"JP\"}", "sue"));
        JsonNode escalation = ok(api.post("/api/decisions/escalation", "{\"taskKind\": \"replyToInquiry\", \"elapsedShare\": 1.5}", "sue"));
        JsonNode inquiry = ok(api.post("/api/inquiries", "{" + client.formatted("inquiry")
            + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5}}", "shop"));
        AsyncContinuations.runAll(engine);
        JsonNode opened = ok(api.post("/api/complaints", "{" + client.formatted("complaint")
            + ", \"category\": \"QUALITY\", \"description\": \"Scratched.\"}", "shop"));
        AsyncContinuations.runAll(engine);

        assertThat(etiquette.path("rulesVersion").isTextual()).as(etiquette.toString()).isTrue();
        assertThat(etiquette.path("rulesVersion").asText()).isEqualTo(inForce.get("etiquette"));
        assertThat(complaint.path("rulesVersion").isTextual()).isTrue();
        assertThat(complaint.path("rulesVersion").asText()).isEqualTo(inForce.get("complaint-handling"));
        assertThat(escalation.path("rulesVersion").isTextual()).isTrue();
        assertThat(escalation.path("rulesVersion").asText()).isEqualTo(inForce.get("escalation"));
        assertThat(inquiry.path("etiquette").path("rulesVersion").isTextual()).as(inquiry.toString()).isTrue();
        assertThat(inquiry.path("etiquette").path("rulesVersion").asText()).isEqualTo(inForce.get("etiquette"));
        assertThat(opened.path("decision").path("rulesVersion").isTextual()).as(opened.toString()).isTrue();
        assertThat(opened.path("decision").path("rulesVersion").asText()).isEqualTo(inForce.get("complaint-handling"));
    }

    @Test
    void shouldDescribeRulesVersionAsTextInEverySchemaThatHasIt() {
        JsonNode schemas = http.withBasicAuth("sam", "demo").getForObject("/api/openapi", JsonNode.class).path("components").path("schemas");
        List<String> described = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> {
            JsonNode version = schema.getValue().path("properties").path("rulesVersion");
            if (!version.isMissingNode()) {
                described.add(schema.getKey() + ": " + version.path("type").asText());
            }
        });

        assertThat(described).as("the decisions, a complaint's and the etiquette a start answers with").hasSizeGreaterThanOrEqualTo(4)
            .allSatisfy(d -> assertThat(d).endsWith(": string"));
    }

    private static JsonNode ok(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(String.valueOf(answer.getBody())).isTrue();
        assertThat(answer.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.CREATED);
        return answer.getBody();
    }
}
