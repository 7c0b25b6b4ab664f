package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.rules.RuleBook;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/decisions/escalation} over HTTP, and the analysts' upload refused when a scenario fails. */
@MeridianTest
class EscalationDecisionApiTest {

    private static final String PATH = "/api/decisions/escalation";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuleBook ruleBook;
    @Autowired
    IdentityService identity;

    ResponseEntity<JsonNode> post(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange(PATH, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void shouldAnswerTheLevelTheActionsAndTheRowsThatDecided() {
        ResponseEntity<JsonNode> answer = post("sam",
            "{\"taskKind\": \"replyToInquiry\", \"tier\": \"A\", \"severity\": \"NORMAL\", \"elapsedShare\": 1.5}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = answer.getBody();
        assertThat(body.path("level").asInt()).isEqualTo(3);
        assertThat(body.path("actions").findValuesAsText("action")).containsExactly("REMIND", "ESCALATE", "NOTIFY");
        assertThat(body.path("actions").findValuesAsText("target")).containsExactly("assignee", "managers", "managers");
        assertThat(body.path("firedRules").findValuesAsText("sheet")).contains("Pace", "Steps");
        assertThat(body.path("firedRules").get(0).path("table").asText()).isEqualTo("escalation");
        assertThat(body.path("rulesVersion").asText())
            .isEqualTo(String.valueOf(ruleBook.active(EscalationDecisionService.TABLE).version()));
    }

    @Test
    void shouldTakeTierBAndSeverityNormalWhenTheyAreLeftOut() {
        JsonNode body = post("sue", "{\"taskKind\": \"confirmOrder\", \"elapsedShare\": 0.8}").getBody();

        assertThat(body.path("tier").asText()).isEqualTo("B");
        assertThat(body.path("severity").asText()).isEqualTo("NORMAL");
        assertThat(body.path("level").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "sam", "olivia", "leo", "sue", "max", "ana", "shop"})
    void shouldAnswerEverySignedInUser(String user) {
        assertThat(post(user, "{\"taskKind\": \"clearCustoms\", \"elapsedShare\": 0}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseAnAnonymousCaller() {
        assertThat(post(null, "{\"taskKind\": \"clearCustoms\", \"elapsedShare\": 0}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * A task kind no deployed process has is a 400 that names the user task meant, in the same answer as the other fields'
     * problems, where a typo got the table's rows for any task (level 3, "escalate to managers") as if it were a real kind.
     */
    @Test
    void shouldRefuseATaskKindNoProcessHasNamingTheOneMeant() {
        ResponseEntity<JsonNode> typo = post("shop", "{\"taskKind\": \"replyToinquiry\", \"tier\": \"D\", \"elapsedShare\": 1.5}");

        assertThat(typo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(typo.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("taskKind", "tier");
        String message = typo.getBody().path("errors").findValues("message").stream().map(JsonNode::asText)
            .filter(m -> m.contains("replyToinquiry")).findFirst().orElseThrow();
        assertThat(message).startsWith("unknown taskKind 'replyToinquiry': did you mean 'replyToInquiry'? (the user tasks: ")
            .contains("acknowledgeComplaint", "clearCustoms", "fixRootCause");
        assertThat(post("shop", "{\"taskKind\": \"fixRootCause\", \"elapsedShare\": 1.5}").getStatusCode())
            .as("every user task of the processes is a kind").isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"elapsedShare\": 1.0}                                              | taskKind",
        "{\"taskKind\": \"  \", \"elapsedShare\": 1.0}                         | taskKind",
        "{\"taskKind\": \"reply to inquiry\", \"elapsedShare\": 1.0}           | taskKind",
        "{\"taskKind\": \"replyToInquiry\"}                                    | elapsedShare",
        "{\"taskKind\": \"replyToInquiry\", \"elapsedShare\": -0.1}            | elapsedShare",
        "{\"taskKind\": \"replyToInquiry\", \"elapsedShare\": \"abc\"}         | elapsedShare",
        "{\"taskKind\": \"replyToInquiry\", \"elapsedShare\": \"NaN\"}         | elapsedShare",
        "{\"taskKind\": \"replyToInquiry\", \"elapsedShare\": 1e309}           | elapsedShare",
        "{\"taskKind\": \"replyToInquiry\", \"tier\": \"D\", \"elapsedShare\": 1}      | tier",
        "{\"taskKind\": \"replyToInquiry\", \"severity\": \"URGENT\", \"elapsedShare\": 1} | severity",
    })
    void shouldRefuseBadInputNamingTheField(String body, String field) {
        ResponseEntity<JsonNode> answer = post("sam", body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().path("errors").findValuesAsText("field")).containsExactly(field);
    }

    @Test
    void shouldNameEveryOffendingFieldAtOnce() {
        ResponseEntity<JsonNode> answer = post("sam", "{\"tier\": \"Z\", \"severity\": \"BAD\", \"elapsedShare\": -1}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors").findValuesAsText("field"))
            .containsExactly("taskKind", "tier", "severity", "elapsedShare");
    }

    @Test
    void shouldRefuseAnUploadWhoseScenarioFailsAndKeepDeciding() throws Exception {
        int before = ruleBook.active(EscalationDecisionService.TABLE).version();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        byte[] later = Workbooks.edit(EscalationScenariosTest.shipped(), "Steps!C7", "0.6");

        ResponseEntity<JsonNode> refused = http.withBasicAuth("ana", "demo").exchange("/api/rules/escalation", HttpMethod.PUT,
            new HttpEntity<>(later, headers), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> cells = refused.getBody().path("problems").findValues("row").stream()
            .map(JsonNode::asText).distinct().toList();
        assertThat(cells).containsExactlyInAnyOrder("11", "16");
        assertThat(ruleBook.active(EscalationDecisionService.TABLE).version()).isEqualTo(before);
        assertThat(post("sam", "{\"taskKind\": \"replyToInquiry\", \"tier\": \"A\", \"elapsedShare\": 0.5}").getBody()
            .path("level").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAGroupNobodyMadeUntilAdminMakesItAndAProcessTheEngineDeployed() throws Exception {
        String group = "regional-managers-" + Long.toString(System.nanoTime(), 36);
        byte[] workbook = Workbooks.edit(EscalationScenariosTest.shipped(), "Steps!G12", group, "Pace!D9", "acknowledgeComplaint, reachClient",
            "Scenarios!I10", "REMIND assignee, ESCALATE managers, NOTIFY " + group);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);

        ResponseEntity<JsonNode> refused = http.withBasicAuth("ana", "demo").exchange("/api/rules/escalation/validate", HttpMethod.POST,
            new HttpEntity<>(workbook, headers), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("sheet").asText() + "!" + p.path("column").asText() + p.path("row").asText()).isEqualTo("Steps!G12");
            assertThat(p.path("message").asText()).startsWith("'" + group + "' is no group").contains("managers, monitoring, order-desk");
        });

        identity.saveGroup(identity.newGroup(group));
        try {
            ResponseEntity<JsonNode> passed = http.withBasicAuth("ana", "demo").exchange("/api/rules/escalation/validate", HttpMethod.POST,
                new HttpEntity<>(workbook, headers), JsonNode.class);

            assertThat(passed.getStatusCode()).as("%s", passed.getBody()).isEqualTo(HttpStatus.OK);
        } finally {
            identity.deleteGroup(group);
        }
    }
}
