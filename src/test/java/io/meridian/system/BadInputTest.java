package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.client.ClientLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Client mistakes get a 4xx problem+json naming the problem, never a 500. */
class BadInputTest extends ServerTest {

    private static final String ETIQUETTE = "/api/decisions/etiquette";

    @Autowired
    ClientLedger clients;

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

    /**
     * A broken body is described in the caller's terms: where the JSON breaks, and that an endpoint takes an object, where the
     * detail carried the parser's internals ("[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)",
     * "Cannot deserialize value of type `io.meridian.inquiry.InquiryRequest` from Array value (token `JsonToken.START_ARRAY`)").
     */
    @Test
    void shouldDescribeABrokenBodyWithoutTheParsersInternals() {
        Answer unclosed = postJson(ETIQUETTE, "sam", "{\"country\": \"JP\"");
        assertProblem(unclosed, 400, "malformed JSON: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)");
        assertThat(unclosed.body()).doesNotContain("Source:", "REDACTED", "StreamReadFeature");
        for (String notAnObject : new String[] {"[]", "\"an inquiry\"", "42"}) {
            Answer answer = postJson("/api/inquiries", "shop", notAnObject);
            assertProblem(answer, 400, "the request body must be a JSON object ({...}) with the fields /api/openapi describes for /api/inquiries");
            assertThat(answer.body()).as(notAnObject).doesNotContain("io.meridian", "JsonToken", "deserialize");
        }
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

    /**
     * A value of another JSON type is refused, not converted: Jackson by default cut a quantity of 10.7 to 10 and read
     * "12" as 12, and 123 or true as text, and the inquiry was created with them.
     */
    @Test
    void shouldRefuseAValueOfAnotherJsonTypeRatherThanConvertIt() {
        String client = "\"client\": {\"company\": %s, \"contactName\": \"Kai Berg\", \"email\": \"%s@strict.example\", \"country\": \"DE\"}";
        String fractional = "{" + client.formatted("\"Berg AG\"", "fraction") + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 10.7}}";
        assertProblem(postJson("/api/inquiries", "shop", fractional), 400, "inquiry.quantity: 10.7 is not a whole number");
        String quoted = "{" + client.formatted("\"Berg AG\"", "quoted") + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": \"12\"}}";
        assertProblem(postJson("/api/inquiries", "shop", quoted), 400, "inquiry.quantity: expected whole number");
        String numberAsName = "{" + client.formatted("123", "number") + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5}}";
        assertProblem(postJson("/api/inquiries", "shop", numberAsName), 400, "client.company: expected text, not 123 without quotes");
        String booleanAsName = "{" + client.formatted("true", "boolean") + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5}}";
        assertProblem(postJson("/api/inquiries", "shop", booleanAsName), 400, "client.company: expected text, not true without quotes");
        // a part of the request given as text: named as the JSON it must be, not by the server's class for it (ClientPart)
        String clientAsText = "{\"client\": \"Berg AG\", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5}}";
        assertProblem(postJson("/api/inquiries", "shop", clientAsText), 400, "client: expected object ({...} with its fields)");
        for (String email : new String[]{"fraction", "quoted", "number", "boolean"}) {
            assertThat(clients.byEmail(email + "@strict.example")).as("no client created for " + email).isEmpty();
        }
        // the same request with the values as the contract has them is taken
        String right = "{" + client.formatted("\"Berg AG\"", "right") + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 12}}";
        assertThat(postJson("/api/inquiries", "shop", right).status()).isEqualTo(201);
        assertThat(clients.byEmail("right@strict.example")).isPresent();
    }

    /**
     * An inquiry or complaint said to have arrived in 1990 is a caller's mistake: the client's auto-reply said "Received:
     * Monday, 1 January 1990". Each is a 400 naming the field and the 90 days, and nothing is created.
     */
    @Test
    void shouldRefuseAnInquiryOrComplaintReceivedLongerAgoThanItCouldBeEntered() {
        String client = "\"client\": {\"company\": \"Old AG\", \"contactName\": \"Ute Alt\", \"email\": \"%s@old.example\", \"country\": \"DE\"}";
        Answer inquiry = postJson("/api/inquiries", "shop", "{" + client.formatted("inquiry")
            + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5, \"receivedAt\": \"1990-01-01T10:00:00Z\"}}");
        assertProblem(inquiry, 400, "inquiry.receivedAt 1990-01-01T10:00:00Z lies more than 90 days back (now is ");
        String longAgo = Instant.now().minus(Duration.ofDays(91)).truncatedTo(ChronoUnit.SECONDS).toString();
        Answer complaint = postJson("/api/complaints", "shop", "{" + client.formatted("complaint")
            + ", \"category\": \"QUALITY\", \"description\": \"Scratched.\", \"receivedAt\": \"" + longAgo + "\"}");
        assertProblem(complaint, 400, "receivedAt " + longAgo + " lies more than 90 days back");
        assertThat(clients.byEmail("inquiry@old.example")).isEmpty();
        assertThat(clients.byEmail("complaint@old.example")).isEmpty();
        // 89 days back is an inquiry entered late, taken
        String late = Instant.now().minus(Duration.ofDays(89)).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(postJson("/api/inquiries", "shop", "{" + client.formatted("late")
            + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5, \"receivedAt\": \"" + late + "\"}}").status()).isEqualTo(201);
    }

    /**
     * A request wrong in several fields names them all in one answer, each with its own message: a receipt 90 days back
     * came in an answer of its own once the other fields were right, as if it were the only mistake.
     */
    @Test
    void shouldNameAnOldReceiptWithTheRequestsOtherMistakesAtOnce() throws Exception {
        String client = "\"client\": {\"company\": \"\", \"contactName\": \"Ute Alt\", \"email\": \"%s@phases.example\", \"country\": \"XX\"}";
        Answer inquiry = postJson("/api/inquiries", "shop", "{" + client.formatted("inquiry")
            + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 0, \"receivedAt\": \"1990-01-01T10:00:00Z\"}}");

        assertProblem(inquiry, 400, "");
        ObjectMapper json = new ObjectMapper();
        JsonNode errors = json.readTree(inquiry.body()).path("errors");
        assertThat(errors.findValuesAsText("field"))
            .containsExactly("client.company", "client.country", "inquiry.quantity", "inquiry.receivedAt");
        assertThat(errors.get(3).path("message").asText())
            .startsWith("inquiry.receivedAt 1990-01-01T10:00:00Z lies more than 90 days back (now is ")
            .endsWith("): enter what a client sent when it arrives, at the latest within 90 days");

        Answer complaint = postJson("/api/complaints", "shop", "{" + client.formatted("complaint")
            + ", \"category\": \"QUALITY\", \"description\": \" \", \"receivedAt\": \"1990-01-01T10:00:00Z\"}");
        assertProblem(complaint, 400, "");
        assertThat(json.readTree(complaint.body()).path("errors").findValuesAsText("field"))
            .containsExactly("description", "receivedAt", "client.company", "client.country");
        assertThat(clients.byEmail("inquiry@phases.example")).isEmpty();
        assertThat(clients.byEmail("complaint@phases.example")).isEmpty();
    }

    /**
     * A value of the wrong type, or an unknown field, is named with the body's other mistakes in one answer (DESIGN: "naming
     * every offending field"): Jackson stops at the first, and the quantity "many" hid the empty company and the unknown
     * country.
     */
    @Test
    void shouldNameAValueOfTheWrongTypeWithTheBodysOtherMistakesAtOnce() throws Exception {
        Answer inquiry = postJson("/api/inquiries", "shop", "{\"client\": {\"company\": \"\", \"contactName\": \"Ute Alt\","
            + " \"email\": \"types@phases.example\", \"country\": \"XX\", \"teir\": \"A\"}, \"inquiry\": {\"product\": [\"Valves\"],"
            + " \"quantity\": \"many\"}}");

        assertProblem(inquiry, 400, "");
        JsonNode errors = new ObjectMapper().readTree(inquiry.body()).path("errors");
        assertThat(errors.findValuesAsText("field"))
            .containsExactly("client.company", "client.country", "client.teir", "inquiry.product", "inquiry.quantity");
        assertThat(errors.findValuesAsText("message")).as("each in its own words, not 'is required' for a value taken out")
            .anySatisfy(m -> assertThat(m).startsWith("unknown field 'client.teir': did you mean 'tier'?"))
            .anySatisfy(m -> assertThat(m).isEqualTo("inquiry.product: expected text"))
            .anySatisfy(m -> assertThat(m).isEqualTo("inquiry.quantity: expected whole number"))
            .contains("client.company is required")
            .noneSatisfy(m -> assertThat(m).startsWith("inquiry.").contains("required"));
        assertThat(clients.byEmail("types@phases.example")).isEmpty();
        // one wrong value alone is still one field, in the same words
        assertThat(postJson(ETIQUETTE, "sam", "{\"country\": \"JP\", \"tier\": 1}").body())
            .contains("\"errors\":[{\"field\":\"tier\"").doesNotContain("country");
    }

    /**
     * What JSON allows and no person typed is a 400 naming its field, and nothing is created: a NUL in a company's name was
     * taken (PostgreSQL cannot store it in text), a quantity too large for a whole number was "malformed JSON" naming only
     * the body, and a country given twice decided for the last one.
     */
    @Test
    void shouldNameWhatAnIntegratorsBugSendsAtTheFieldItIsIn() throws Exception {
        String client = "\"client\": {\"company\": \"%s\", \"contactName\": \"Ute Alt\", \"email\": \"%s@bug.example\", \"country\": \"%s\"}";
        Answer nul = postJson("/api/inquiries", "shop", "{" + client.formatted("Alt\\u0000AG", "nul", "DE")
            + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5}}");
        assertProblem(nul, 400, "client.company holds the control character U+0000 at character 4: send the text without it");

        Answer large = postJson("/api/inquiries", "shop", "{" + client.formatted("", "large", "XX")
            + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 99999999999999999999}}");
        assertProblem(large, 400, "");
        JsonNode errors = new ObjectMapper().readTree(large.body()).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("client.company", "client.country", "inquiry.quantity");
        assertThat(errors.get(2).path("message").asText())
            .isEqualTo("inquiry.quantity: 99999999999999999999 is out of range for a whole number (-2147483648 to 2147483647)");

        Answer twice = postJson(ETIQUETTE, "sam", "{\"country\": \"JP\", \"country\": \"US\"}");
        assertProblem(twice, 400, "\"errors\":[{\"field\":\"country\",\"message\":\"country: given twice in the same object: send each field once\"}]");
        assertProblem(postJson("/api/inquiries", "shop", "{" + client.formatted("Alt AG", "twice", "DE")
            + ", \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5, \"quantity\": 50}}"), 400, "\"field\":\"inquiry.quantity\"");

        for (String email : new String[]{"nul", "large", "twice"}) {
            assertThat(clients.byEmail(email + "@bug.example")).as("no client created for " + email).isEmpty();
        }
    }

    @Test
    void shouldAnswerAWrongMethodWith405() {
        assertProblem(get(ETIQUETTE, "sam"), 405, "GET");
    }

    /** A wrong method reads as Meridian's other errors do, naming the method, the path and what it allows. */
    @Test
    void shouldSayWhichMethodsAPathAllows() throws Exception {
        Answer answer = send("DELETE", ETIQUETTE, "sam", null, null);

        assertProblem(answer, 405, "");
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.path("title").asText()).isEqualTo("Method not allowed");
        assertThat(body.path("detail").asText()).isEqualTo("DELETE is not allowed on /api/decisions/etiquette; it allows POST");
        assertThat(answer.raw().headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void shouldAnswerAWrongMediaTypeWith415() {
        assertProblem(send("POST", ETIQUETTE, "sam", "text/xml", "<country>JP</country>".getBytes()), 415, "text/xml");
    }

    /** A 415 says which type the endpoint takes, where it named only the type refused. */
    @Test
    void shouldNameTheTypeAnEndpointTakesWhenItRefusesAnother() {
        assertProblem(send("POST", ETIQUETTE, "shop", "text/plain", "{\"country\": \"JP\"}".getBytes()), 415,
            "Content-Type 'text/plain' is not read by /api/decisions/etiquette; send the body as application/json\"");
        assertProblem(send("PATCH", "/api/clients/any", "sam", "text/plain", "{}".getBytes()), 415,
            "; send the body as application/json or application/merge-patch+json");
    }

    /**
     * A workbook sent as JSON is a 415 naming the types the upload and the dry run read, where it was a 422 "the file is a
     * text file ... not an Excel workbook", as if the analyst had saved the wrong file.
     */
    @Test
    void aRuleWorkbookSentAsJsonShouldBeA415NamingTheWorkbooksType() {
        for (String[] call : new String[][] {{"PUT", "/api/rules/etiquette"}, {"POST", "/api/rules/etiquette/validate"}}) {
            assertProblem(send(call[0], call[1], "ana", "application/json", "{\"sheet\": \"Countries\"}".getBytes()), 415,
                "Content-Type 'application/json' is not read by " + call[1] + "; send the body as ");
            assertThat(send(call[0], call[1], "ana", "application/json", "{}".getBytes()).body())
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream");
        }
    }

    /** A path that names no rule table is a 404 naming the tables there are, where an upload to it was a 422. */
    @Test
    void anUnknownRuleTableShouldBeA404NamingTheTables() {
        String tables = "'nosuch' is no rule table of this server, whose tables are complaint-handling, escalation, etiquette";
        byte[] workbook = resource("rules/escalation.drl.xlsx");
        assertProblem(send("PUT", "/api/rules/nosuch", "ana", "application/octet-stream", workbook), 404, tables);
        assertProblem(send("POST", "/api/rules/nosuch/validate", "ana", "application/octet-stream", workbook), 404, tables);
        assertProblem(get("/api/rules/nosuch", "ana"), 404, tables);
        assertProblem(get("/api/rules/nosuch/versions", "ana"), 404, tables);
        assertProblem(send("POST", "/api/rules/nosuch/versions/1/activate", "ana", null, null), 404, tables);
        assertProblem(get("/api/rules/etiquete", "ana"), 404, "(did you mean 'etiquette'?)");
    }

    @Test
    void shouldAnswerAnUnknownPathWith404() {
        assertProblem(get("/api/no-such-thing/42", "sam"), 404, "/api/no-such-thing/42");
    }

    /** An unknown path reads as Meridian's other errors do, where it said Spring's "No static resource api/…". */
    @Test
    void shouldNameTheMethodAndPathNoEndpointServes() throws Exception {
        Answer answer = get("/api/inquiries/x/y", "sam");

        assertProblem(answer, 404, "");
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.path("title").asText()).isEqualTo("Not found");
        assertThat(body.path("detail").asText())
            .isEqualTo("no endpoint GET /api/inquiries/x/y: the API's paths are described at /api/openapi");
    }
}
