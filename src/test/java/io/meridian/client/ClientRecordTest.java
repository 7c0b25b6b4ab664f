package io.meridian.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 11: a later inquiry or complaint only fills blanks of a client record; two first inquiries make one client. */
@MeridianTest
class ClientRecordTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientLedger clients;
    @Autowired
    io.meridian.outbox.Outbox outbox;

    static String fullInquiry(String email) {
        return """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "%s", "country": "JP",
                        "timeZone": "Asia/Tokyo", "language": "ja", "tier": "A", "preferredChannel": "LINKEDIN",
                        "mainCategory": "Lighting", "purchaseCycle": "QUARTERLY"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500}}""".formatted(email);
    }

    /**
     * Every field that takes one of a list takes it in any case and the record keeps and answers it as the list writes it
     * (README "The API"): an inquiry, a PATCH and a complaint in lower case leave upper case in the client, the inquiry and
     * the complaint, never two spellings of one value; a value not in the list is a 400 naming the values.
     */
    @Test
    void shouldKeepAndAnswerEveryListValueAsTheListWritesItWhateverItsCase() {
        String clientId = start("""
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "lower-case@nakamura.example",
                        "country": "jp", "tier": "a", "preferredChannel": "linkedin", "purchaseCycle": "quarterly", "salutation": "mr"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "whatsapp"}}""");
        JsonNode client = client(clientId);
        assertThat(List.of(client.path("country").asText(), client.path("tier").asText(), client.path("preferredChannel").asText(),
            client.path("purchaseCycle").asText(), client.path("salutation").asText()))
            .containsExactly("JP", "A", "LINKEDIN", "QUARTERLY", "MR");
        JsonNode patched = patch(clientId, "{\"tier\": \"b\", \"preferredChannel\": \"WeChat\"}", "sam").getBody();
        assertThat(List.of(patched.path("tier").asText(), patched.path("preferredChannel").asText())).containsExactly("B", "WECHAT");
        ResponseEntity<JsonNode> complaint = post("/api/complaints", """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "lower-case@nakamura.example",
                        "country": "JP"},
             "category": "quality", "wording": "mild", "description": "Some panels were scratched."}""", "sue");
        assertThat(complaint.getStatusCode()).as(String.valueOf(complaint.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode opened = http.withBasicAuth("sue", "demo").getForEntity("/api/complaints/" + complaint.getBody().path("id").asText(),
            JsonNode.class).getBody().path("complaint");
        assertThat(List.of(opened.path("category").asText(), opened.path("wording").asText())).containsExactly("QUALITY", "MILD");

        ResponseEntity<JsonNode> gold = post("/api/inquiries", bareInquiry("gold@nakamura.example").replace("\"country\": \"JP\"",
            "\"country\": \"JP\", \"tier\": \"gold\""), "shop");
        assertThat(gold.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(gold.getBody().path("errors").get(0).path("message").asText()).isEqualTo("unknown client.tier 'gold' (one of A, B, C)");
    }

    static String bareInquiry(String email) {
        return """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "%s", "country": "JP"},
             "inquiry": {"product": "Cable", "quantity": 10}}""".formatted(email);
    }

    ResponseEntity<JsonNode> send(HttpMethod method, String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String path, String body, String user) {
        return send(HttpMethod.POST, path, body, user);
    }

    JsonNode client(String id) {
        return http.withBasicAuth("sam", "demo").getForEntity("/api/clients/" + id, JsonNode.class).getBody();
    }

    String start(String body) {
        ResponseEntity<JsonNode> started = post("/api/inquiries", body, "shop");
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
        return started.getBody().path("clientId").asText();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.TaskService taskService;

    Object variable(String inquiryId, String name) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(inquiryId).singleResult().getId();
        return runtime.getVariable(pi, name);
    }

    void assertUnchanged(String clientId) {
        Client client = clients.byId(clientId).orElseThrow();
        assertThat(client.tier()).hasToString("A");
        assertThat(client.timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(client.language()).isEqualTo("ja");
        assertThat(client.preferredChannel()).isEqualTo("LINKEDIN");
        assertThat(client.mainCategory()).isEqualTo("Lighting");
        assertThat(client.purchaseCycle()).isEqualTo("QUARTERLY");
        assertThat(client.company()).isEqualTo("Nakamura Trading");
    }

    @Test
    void shouldKeepTierAndEverythingElseWhenASecondInquirySendsOnlyTheRequiredFields() {
        String clientId = start(fullInquiry("keep-tier@nakamura.example"));
        ResponseEntity<JsonNode> second = post("/api/inquiries", bareInquiry("Keep-Tier@Nakamura.example "), "shop");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().path("clientId").asText()).isEqualTo(clientId);
        assertUnchanged(clientId);
        // the new journey works with the record, not with the defaults of the bare inquiry
        String inquiryId = second.getBody().path("id").asText();
        assertThat(variable(inquiryId, "tier")).isEqualTo("A");
        assertThat(variable(inquiryId, "timeZone")).isEqualTo("Asia/Tokyo");
        // the client's facts come from the record (the journey keeps no copy): the reply task's briefing shows them
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(inquiryId).singleResult().getId();
        assertThat(variable(inquiryId, "preferredChannel")).as("no copy of the record in the process").isNull();
        org.camunda.bpm.engine.task.Task reply = taskService.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(taskService.getVariableLocal(reply.getId(), "briefing")).asString()
            .contains("tier A, prefers LinkedIn, language ja");
    }

    @Test
    void shouldNeitherOverwriteNorDowngradeWhenALaterInquirySaysOtherwise() {
        String clientId = start(fullInquiry("no-downgrade@nakamura.example"));
        start("""
            {"client": {"company": "Other name", "contactName": "Somebody", "email": "no-downgrade@nakamura.example", "country": "JP",
                        "timeZone": "Asia/Seoul", "language": "en", "tier": "C", "preferredChannel": "PHONE",
                        "mainCategory": "Cables", "purchaseCycle": "ONE_OFF"},
             "inquiry": {"product": "Cable", "quantity": 10}}""");
        assertUnchanged(clientId);
    }

    @Test
    void shouldFillBlanksOnlyAndKeepWhoFilledThem() {
        String clientId = start(bareInquiry("fill-blanks@nakamura.example"));
        assertThat(clients.byId(clientId).orElseThrow().timeZone()).isNull();
        start(fullInquiry("fill-blanks@nakamura.example"));
        JsonNode client = client(clientId);
        assertThat(client.path("timeZone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(client.path("language").asText()).isEqualTo("ja");
        assertThat(client.path("purchaseCycle").asText()).isEqualTo("QUARTERLY");
        // set when the record was made (a bare inquiry: the defaults and the product), so not overwritten
        assertThat(client.path("tier").asText()).isEqualTo("B");
        assertThat(client.path("preferredChannel").asText()).isEqualTo("EMAIL");
        assertThat(client.path("mainCategory").asText()).isEqualTo("Cable");
        assertThat(client.path("history").findValuesAsText("field")).containsExactlyInAnyOrder("timeZone", "language", "purchaseCycle");
        assertThat(client.path("history").get(0).path("oldValue").isNull()).isTrue();
        assertThat(client.path("history").get(0).path("changedBy").asText()).isEqualTo("shop");
    }

    @Test
    void shouldKeepTimeZoneLanguageAndMainCategoryWhenAComplaintNamesAKnownClientByEmail() {
        String clientId = start(fullInquiry("complaint-keeps@nakamura.example"));
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "complaint-keeps@nakamura.example",
                        "country": "JP"},
             "category": "QUALITY", "wording": "MILD", "description": "Some panels were scratched."}""", "sue");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("clientId").asText()).isEqualTo(clientId);
        assertUnchanged(clientId);
        String pi = opened.getBody().path("processInstanceId").asText();
        assertThat(runtime.getVariable(pi, "timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(runtime.getVariable(pi, "tier")).isEqualTo("A");
        assertThat(clients.history(clientId)).isEmpty();

        // a misspelt field is refused, naming the one meant; then a complaint fills a blank the record has, and the history names who opened it
        ResponseEntity<JsonNode> misspelt = patch(clientId, "{\"langauge\": null}", "max");
        assertThat(misspelt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(misspelt.getBody().path("errors").findValuesAsText("message")).singleElement().asString()
            .startsWith("unknown field 'langauge': did you mean 'language'? (a client has ");
        assertThat(patch(clientId, "{\"language\": null}", "max").getStatusCode()).isEqualTo(HttpStatus.OK);
        String complaintId = post("/api/complaints", """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "complaint-keeps@nakamura.example",
                        "country": "JP", "language": "ja-JP", "tier": "C"},
             "category": "BILLING", "description": "Charged twice."}""", "sue").getBody().path("id").asText();
        Client filled = clients.byId(clientId).orElseThrow();
        assertThat(filled.language()).isEqualTo("ja-JP");
        assertThat(filled.tier()).hasToString("A");
        ClientChange last = clients.history(clientId).get(1);
        assertThat(last.field()).isEqualTo("language");
        assertThat(last.changedBy()).isEqualTo("sue");
        assertThat(last.source()).isEqualTo("complaint " + complaintId);
    }

    @Test
    void shouldKeepTheRecordWhenAJourneyStartsThroughEngineRest() {
        String clientId = start(fullInquiry("engine-rest@nakamura.example"));
        ResponseEntity<JsonNode> started = post("/engine-rest/process-definition/key/clientJourney/start", """
            {"variables": {"company": {"value": "Nakamura Trading"}, "contactName": {"value": "Kenji"},
                           "email": {"value": "engine-rest@nakamura.example"}, "country": {"value": "JP"},
                           "tier": {"value": "C"}, "product": {"value": "Valve"}, "quantity": {"value": 10, "type": "Integer"}}}""",
            "shop");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertUnchanged(clientId);
        assertThat(runtime.getVariable(started.getBody().path("id").asText(), "tier")).isEqualTo("A");
    }

    @Test
    void shouldMakeOneClientWhenTwoFirstInquiriesFromOneEmailArriveAtOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String email = "race-" + round + "-" + System.nanoTime() + "@nakamura.example";
            int threads = 4;
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    answers.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return post("/api/inquiries", fullInquiry(email), "shop");
                    }));
                }
                ready.await(10, TimeUnit.SECONDS);
                go.countDown();
                for (Future<ResponseEntity<JsonNode>> answer : answers) {
                    ResponseEntity<JsonNode> r = answer.get(60, TimeUnit.SECONDS);
                    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
                }
                assertThat(answers.stream().map(f -> {
                    try {
                        return f.get().getBody().path("clientId").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).distinct()).hasSize(1);
                assertThat(jdbc.sql("select count(*) from client where email = :email").param("email", email)
                    .query(Long.class).single()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    ResponseEntity<JsonNode> patch(String clientId, String body, String user) {
        return send(HttpMethod.PATCH, "/api/clients/" + clientId, body, user);
    }

    @Test
    void shouldChangeAClientOnPurposeAndKeepWhoChangedWhatAndWhen() {
        String clientId = start(fullInquiry("patch@nakamura.example"));
        ResponseEntity<JsonNode> changed = patch(clientId,
            "{\"tier\": \"b\", \"language\": null, \"preferredChannel\": \"PHONE\", \"timeZone\": \"Asia/Tokyo\"}", "sam");
        assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode client = changed.getBody();
        assertThat(client.path("id").asText()).isEqualTo(clientId);
        assertThat(client.path("tier").asText()).isEqualTo("B");
        assertThat(client.path("language").isNull()).isTrue();
        assertThat(client.path("preferredChannel").asText()).isEqualTo("PHONE");
        assertThat(client.path("timeZone").asText()).isEqualTo("Asia/Tokyo");
        // the time zone did not change, so it has no history row
        JsonNode history = client.path("history");
        assertThat(history.findValuesAsText("field")).containsExactly("tier", "language", "preferredChannel");
        assertThat(history.get(0).path("oldValue").asText()).isEqualTo("A");
        assertThat(history.get(0).path("newValue").asText()).isEqualTo("B");
        assertThat(history.get(1).path("oldValue").asText()).isEqualTo("ja");
        assertThat(history.get(1).path("newValue").isNull()).isTrue();
        assertThat(history.findValuesAsText("changedBy")).containsOnly("sam");
        assertThat(history.get(0).path("changedAt").asText()).isNotBlank();
        assertThat(client(clientId)).isEqualTo(client);

        // managers may too; a later inquiry fills the language removed, and changes nothing else
        HttpHeaders mergePatch = new HttpHeaders();
        mergePatch.setContentType(MediaType.valueOf("application/merge-patch+json"));
        assertThat(http.withBasicAuth("max", "demo").exchange("/api/clients/" + clientId, HttpMethod.PATCH,
            new HttpEntity<>("{\"tier\": \"A\"}", mergePatch), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        start(fullInquiry("patch@nakamura.example").replace("\"tier\": \"A\"", "\"tier\": \"C\""));
        JsonNode after = client(clientId);
        assertThat(after.path("tier").asText()).isEqualTo("A");
        assertThat(after.path("preferredChannel").asText()).isEqualTo("PHONE");
        assertThat(after.path("language").asText()).isEqualTo("ja");
        assertThat(after.path("history").findValuesAsText("changedBy")).containsExactly("sam", "sam", "sam", "max", "shop");
    }

    @Test
    void shouldSendTheEmailsStillPlannedToTheNewAddressWhenAPatchChangesIt() {
        ResponseEntity<JsonNode> started = post("/api/inquiries", fullInquiry("old-address@nakamura.example"), "shop");
        String clientId = started.getBody().path("clientId").asText();
        String inquiryId = started.getBody().path("id").asText();
        java.time.Instant later = org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant().plus(java.time.Duration.ofDays(1));
        String planned = outbox.planEmail("Old-Address@Nakamura.example", "Your quote", "Dear Mr Nakamura", later, inquiryId).id();
        String sent = outbox.planEmail("old-address@nakamura.example", "We received your inquiry", "Thank you", later, inquiryId).id();
        jdbc.sql("update outbox_message set status = 'SENT', sent_at = current_timestamp where id = :id").param("id", sent).update();
        String otherClients = outbox.planEmail("someone-else@nakamura.example", "Your quote", "Dear Ms Sato", later, inquiryId).id();

        ResponseEntity<JsonNode> changed = patch(clientId, "{\"email\": \"New-Address@Nakamura.example\"}", "sam");

        assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().path("email").asText()).isEqualTo("new-address@nakamura.example");
        JsonNode messages = http.withBasicAuth("sam", "demo").getForEntity("/api/inquiries/" + inquiryId + "/messages", JsonNode.class)
            .getBody();
        java.util.Map<String, String> recipients = new java.util.HashMap<>();
        messages.forEach(m -> recipients.put(m.path("id").asText(), m.path("recipient").asText()));
        assertThat(recipients).as("the planned quote goes to the new address; the sent email and another client's stay")
            .containsEntry(planned, "new-address@nakamura.example")
            .containsEntry(sent, "old-address@nakamura.example")
            .containsEntry(otherClients, "someone-else@nakamura.example");
    }

    /**
     * A running complaint keeps its own copy of the client's address for the emails it plans later (its diagnosis, its
     * fix); a PATCH of the address moves that copy too, as a bounce's correction does, where the complaint wrote on to the
     * old address.
     */
    @Test
    void shouldGiveARunningComplaintTheNewAddressWhenAPatchChangesIt() {
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "moving-complaint@nakamura.example",
                        "country": "JP", "tier": "B"},
             "category": "QUALITY", "wording": "NEUTRAL", "description": "Some panels were scratched."}""", "shop");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        String complaint = runtime.createProcessInstanceQuery().processInstanceBusinessKey(opened.getBody().path("id").asText())
            .singleResult().getId();
        assertThat(runtime.getVariable(complaint, "email")).isEqualTo("moving-complaint@nakamura.example");

        ResponseEntity<JsonNode> changed = patch(opened.getBody().path("clientId").asText(),
            "{\"email\": \"moved-complaint@nakamura.example\"}", "sam");

        assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(runtime.getVariable(complaint, "email")).isEqualTo("moved-complaint@nakamura.example");
    }

    /**
     * A process whose address was written over engine-rest (an integrator's start, an administrator's repair) keeps the
     * case it was given ("Moving-Case@..."), where
     * the record keeps it in lower case; a PATCH moves that copy too, where it matched the exact case only and the
     * complaint wrote on to the old address.
     */
    @Test
    void shouldGiveARunningProcessTheNewAddressWhateverTheCaseItHoldsTheOldOneIn() {
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"client": {"company": "Nakamura Trading", "contactName": "Kenji Nakamura", "email": "moving-case@nakamura.example",
                        "country": "JP", "tier": "B"},
             "category": "QUALITY", "wording": "NEUTRAL", "description": "Some panels were scratched."}""", "shop");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        String complaint = runtime.createProcessInstanceQuery().processInstanceBusinessKey(opened.getBody().path("id").asText())
            .singleResult().getId();
        ResponseEntity<JsonNode> written = post("/engine-rest/process-instance/" + complaint + "/variables",
            "{\"modifications\": {\"email\": {\"value\": \"Moving-Case@Nakamura.example\"}}}", "demo");
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> changed = patch(opened.getBody().path("clientId").asText(),
            "{\"email\": \"moved-case@nakamura.example\"}", "sam");

        assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(runtime.getVariable(complaint, "email")).isEqualTo("moved-case@nakamura.example");
    }

    @Test
    void shouldRefuseABadChangeNamingTheFieldAndChangeNothing() {
        String clientId = start(fullInquiry("bad-patch@nakamura.example"));
        start(fullInquiry("taken@nakamura.example"));
        ResponseEntity<JsonNode> bad = patch(clientId,
            "{\"country\": \"XX\", \"timeZone\": \"Mars/Base\", \"tier\": \"Z\", \"language\": \"not a tag\", \"company\": \"Fine\"}", "sam");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("country", "timeZone", "tier", "language");
        assertThat(fields(patch(clientId, "{\"nickname\": \"Ken\"}", "sam"))).containsExactly("nickname");
        assertThat(fields(patch(clientId, "{}", "sam"))).containsExactly("body");
        assertThat(fields(patch(clientId, "[]", "sam"))).containsExactly("body");
        assertThat(fields(patch(clientId, null, "sam"))).containsExactly("body");
        assertThat(fields(patch(clientId, "{\"company\": null, \"tier\": \"\"}", "sam"))).containsExactly("company", "tier");
        assertThat(fields(patch(clientId, "{\"purchaseCycle\": 3}", "sam"))).containsExactly("purchaseCycle");
        assertThat(patch("no-such-client", "{\"tier\": \"A\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(patch(clientId, "{\"email\": \" Taken@Nakamura.example\"}", "sam").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(patch(clientId, "{\"tier\": \"C\"}", "shop").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(patch(clientId, "{\"tier\": \"C\"}", "sue").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertUnchanged(clientId);
        assertThat(clients.history(clientId)).isEmpty();
    }

    @Test
    void shouldRefuseWhatPeopleWriteForALanguageACountryOrATimeZoneNamingWhatIsMeant() {
        // 'jp' is Japan's country code: a record with it would get every email in English only
        ResponseEntity<JsonNode> jp = post("/api/inquiries", fullInquiry("jp-language@nakamura.example").replace("\"ja\"", "\"jp\""), "shop");
        assertThat(fields(jp)).containsExactly("client.language");
        assertThat(jp.getBody().path("errors").get(0).path("message").asText()).isEqualTo("client.language 'jp' is not a known language"
            + " (JP is the country code of Japan, whose languages are ja (Japanese))");
        assertThat(clients.byEmail("jp-language@nakamura.example")).as("nothing kept").isEmpty();

        String clientId = start(fullInquiry("upper-language@nakamura.example").replace("\"ja\"", "\"JA\""));
        assertThat(clients.byId(clientId).orElseThrow().language()).as("the templates' name for it").isEqualTo("ja");
        ResponseEntity<JsonNode> cn = patch(clientId, "{\"language\": \"cn\"}", "sam");
        assertThat(fields(cn)).containsExactly("language");
        assertThat(cn.getBody().path("errors").get(0).path("message").asText()).contains("CN is the country code of China",
            "zh (Chinese)", "yue (Cantonese)");
        assertThat(patch(clientId, "{\"language\": \"pt-br\"}", "sam").getBody().path("language").asText()).isEqualTo("pt-BR");
        // a fixed offset would put a Berlin client's call windows an hour off in summer
        ResponseEntity<JsonNode> offset = patch(clientId, "{\"timeZone\": \"UTC+1\"}", "sam");
        assertThat(fields(offset)).containsExactly("timeZone");
        assertThat(offset.getBody().path("errors").get(0).path("message").asText()).contains("is a fixed offset");
        assertThat(patch(clientId, "{\"timeZone\": \"Tokyo\"}", "sam").getBody().path("errors").get(0).path("message").asText())
            .contains("the IANA id of Tokyo is Asia/Tokyo");
        // UK and EL: the EU's codes for the United Kingdom and Greece, reserved in ISO 3166-1 for GB and GR
        ResponseEntity<JsonNode> uk = patch(clientId, "{\"country\": \"uk\"}", "sam");
        assertThat(fields(uk)).containsExactly("country");
        assertThat(uk.getBody().path("errors").get(0).path("message").asText())
            .isEqualTo("unknown country code 'uk' (ISO 3166-1 alpha-2: GB for United Kingdom)");
        assertThat(patch(clientId, "{\"language\": \"fil\"}", "sam").getBody().path("language").asText()).as("a three-letter code")
            .isEqualTo("fil");
    }

    static List<String> fields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer.getBody().path("errors").findValuesAsText("field");
    }
}
