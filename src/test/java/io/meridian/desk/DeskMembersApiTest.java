package io.meridian.desk;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.benchmark.SqlStatementCounter;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.system.CallerAddressHeader;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk's member does their own desk's clients' account work over the API, as {@code sales} does for every client:
 * lists and reads their inquiries, records a talk and its minutes, confirms by email what was agreed on an instant
 * channel. Another desk's client is a 403 that names its desk; {@code sales} keeps seeing and working every desk's.
 * The context of {@link DesksTest} (the default run's desks: {@code mei} on APAC, {@code emil} on EMEA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DefaultDesks.class)
@Import({CallerAddressHeader.class, SqlStatementCounter.class})
class DeskMembersApiTest {

    /** A Tuesday, 09:00 in Shanghai and Tokyo's morning; no public holiday in CN, DE, US. */
    static final Instant NOW = DesksTest.NOW;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void controlledClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    record Started(String inquiryId, String clientId) {
    }

    @Test
    void shouldListTheInquiriesOfTheDesksOwnClientsOnlyWhileSalesSeesEveryDesks() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-list@example.jp");
        Started berlin = start("DE", "Europe/Berlin", "members-list@example.de");
        assertThat(desk(tokyo)).isEqualTo("apac");
        assertThat(desk(berlin)).isEqualTo("emea");

        ResponseEntity<JsonNode> mine = get("/api/inquiries?size=100", "mei");
        assertThat(mine.getStatusCode()).as(String.valueOf(mine.getBody())).isEqualTo(HttpStatus.OK);
        List<String> listed = inquiryIds(mine);
        assertThat(listed).as("mei (APAC) lists the Tokyo client's inquiry, not the Berlin one's").contains(tokyo.inquiryId())
            .doesNotContain(berlin.inquiryId());
        for (JsonNode item : mine.getBody().path("items")) {
            assertThat(get("/api/clients/" + item.path("client").path("id").asText(), "sam").getBody().path("desk").asText())
                .as("every inquiry mei lists is an APAC client's").isEqualTo("apac");
        }
        assertThat(mine.getBody().path("total").asLong()).isEqualTo(listed.size());
        assertThat(get("/api/inquiries?size=100&client=" + berlin.clientId(), "mei").getBody().path("total").asLong())
            .as("asking for the other desk's client by name finds nothing").isZero();
        assertThat(inquiryIds(get("/api/inquiries?size=100", "emil")))
            .contains(berlin.inquiryId()).doesNotContain(tokyo.inquiryId());
        assertThat(inquiryIds(get("/api/inquiries?size=100", "sam")))
            .as("sales lists every desk's").contains(tokyo.inquiryId(), berlin.inquiryId());

        assertThat(get("/api/inquiries/" + tokyo.inquiryId(), "mei").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/inquiries/" + tokyo.inquiryId() + "/messages", "mei").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/clients/" + tokyo.clientId(), "mei").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> other = get("/api/inquiries/" + berlin.inquiryId(), "mei");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().path("detail").asText()).isEqualTo("inquiry '" + berlin.inquiryId() + "' is for client "
            + berlin.clientId() + ", worked by desk 'emea' (sales-emea): you work the clients of desk 'apac' only; sales and managers"
            + " work every desk's clients");
        assertThat(get("/api/inquiries/" + berlin.inquiryId() + "/messages", "mei").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> otherClient = get("/api/clients/" + berlin.clientId(), "mei");
        assertThat(otherClient.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherClient.getBody().path("detail").asText()).startsWith("client " + berlin.clientId() + " is worked by desk 'emea' (sales-emea)");
        assertThat(get("/api/inquiries/no-such-inquiry", "mei").getStatusCode()).as("an unknown inquiry is still a 404").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRecordATalkAndItsMinutesForTheDesksOwnClientAndRefuseAnotherDesksNamingIt() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-talk@example.jp");
        Started berlin = start("DE", "Europe/Berlin", "members-talk@example.de");

        ResponseEntity<JsonNode> talk = post("/api/inquiries/" + tokyo.inquiryId() + "/meetings",
            "{\"kind\": \"CALL\", \"participants\": \"Mr Sato\"}", "mei");
        assertThat(talk.getStatusCode()).as(String.valueOf(talk.getBody())).isEqualTo(HttpStatus.CREATED);
        String minutesPath = "/api/inquiries/" + tokyo.inquiryId() + "/meetings/" + talk.getBody().path("id").asText() + "/minutes";
        ResponseEntity<JsonNode> minutes = post(minutesPath, """
            {"needs": "500 panels", "points": "Price", "actions": [{"dueOn": "2027-03-11", "text": "Send the samples"}]}""", "mei");
        assertThat(minutes.getStatusCode()).as(String.valueOf(minutes.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        ResponseEntity<JsonNode> talks = get("/api/inquiries/" + tokyo.inquiryId() + "/meetings", "mei");
        assertThat(talks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(talks.getBody().findValuesAsText("recordedBy")).containsExactly("mei");

        ResponseEntity<JsonNode> refused = post("/api/inquiries/" + berlin.inquiryId() + "/meetings", "{\"kind\": \"CALL\"}", "mei");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("detail").asText()).isEqualTo("inquiry '" + berlin.inquiryId() + "' is for client "
            + berlin.clientId() + ", worked by desk 'emea' (sales-emea): you work the clients of desk 'apac' only; sales and managers"
            + " work every desk's clients");
        assertThat(get("/api/inquiries/" + berlin.inquiryId() + "/meetings", "mei").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/inquiries/" + berlin.inquiryId() + "/meetings", "sam").getBody()).as("nothing was recorded").isEmpty();
        assertThat(post("/api/inquiries/" + berlin.inquiryId() + "/meetings", "{\"kind\": \"CALL\"}", "sam").getStatusCode())
            .as("sales records talks with every desk's clients").isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/inquiries/" + berlin.inquiryId() + "/meetings", "{\"kind\": \"CALL\"}", "emil").getStatusCode())
            .as("and EMEA's member with EMEA's").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldConfirmWhatWasAgreedWithTheDesksOwnClientAndRefuseAnotherDesksNamingIt() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-confirm@example.jp");
        Started berlin = start("DE", "Europe/Berlin", "members-confirm@example.de");
        String body = "{\"channel\": \"WECHAT\", \"text\": \"Sample of 2 panels by air, at our cost.\"}";

        ResponseEntity<JsonNode> confirmed = post("/api/inquiries/" + tokyo.inquiryId() + "/messages", body, "mei");
        assertThat(confirmed.getStatusCode()).as(String.valueOf(confirmed.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(confirmed.getBody().path("recordedBy").asText()).isEqualTo("mei");
        assertThat(confirmed.getBody().path("subject").asText()).contains("Confirmed items");

        ResponseEntity<JsonNode> refused = post("/api/inquiries/" + berlin.inquiryId() + "/messages", body, "mei");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("detail").asText()).contains("worked by desk 'emea' (sales-emea)");
        assertThat(get("/api/inquiries/" + berlin.inquiryId() + "/messages", "sam").getBody().findValuesAsText("messageKind"))
            .as("nothing planned for the other desk's client").doesNotContain("CONFIRMED_ITEMS");
        assertThat(post("/api/inquiries/" + berlin.inquiryId() + "/messages", body, "sam").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldConfirmWhatWasAgreedOnTheDesksOwnClientsOrderAndRefuseAnotherDesksMember() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-order@example.jp");
        String order = order(tokyo);
        String body = "{\"channel\": \"PHONE\", \"text\": \"Payment terms: 30% in advance, 70% against B/L copy.\"}";

        ResponseEntity<JsonNode> refused = post("/api/orders/" + order + "/messages", body, "emil");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("detail").asText()).isEqualTo("order '" + order + "' is for client " + tokyo.clientId()
            + ", worked by desk 'apac' (sales-apac): you work the clients of desk 'emea' only; sales and managers work every desk's clients");
        ResponseEntity<JsonNode> confirmed = post("/api/orders/" + order + "/messages", body, "mei");
        assertThat(confirmed.getStatusCode()).as(String.valueOf(confirmed.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(confirmed.getBody().path("recordKind").asText()).isEqualTo("ORDER");
        assertThat(confirmed.getBody().path("recordedBy").asText()).isEqualTo("mei");
    }

    @Test
    void shouldListAndReadTheOrdersAndComplaintsOfTheDesksOwnClientsOnlyWhileSalesSeesEveryDesks() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-records@example.jp");
        Started berlin = start("DE", "Europe/Berlin", "members-records@example.de");
        String tokyoOrder = order(tokyo);
        String berlinOrder = order(berlin);
        String tokyoComplaint = complaint(tokyo);
        String berlinComplaint = complaint(berlin);

        for (String[] kind : new String[][] {{"orders", "order", tokyoOrder, berlinOrder}, {"complaints", "complaint", tokyoComplaint, berlinComplaint}}) {
            String list = "/api/" + kind[0];
            ResponseEntity<JsonNode> mine = get(list + "?size=100", "mei");
            assertThat(mine.getStatusCode()).as(list + ": " + mine.getBody()).isEqualTo(HttpStatus.OK);
            List<String> listed = ids(mine, kind[1]);
            assertThat(listed).as("mei (APAC) lists the Tokyo client's " + kind[1] + ", not the Berlin one's").contains(kind[2])
                .doesNotContain(kind[3]);
            mine.getBody().path("items").forEach(item -> assertThat(desk(item.path("client").path("id").asText())).as("every " + kind[1] + " mei lists is an APAC client's").isEqualTo("apac"));
            assertThat(mine.getBody().path("total").asLong()).as(list + " total").isEqualTo(listed.size());
            assertThat(get(list + "?size=100&client=" + berlin.clientId(), "mei").getBody().path("total").asLong())
                .as("asking for the other desk's client by name finds nothing").isZero();
            assertThat(ids(get(list + "?size=100", "emil"), kind[1])).contains(kind[3]).doesNotContain(kind[2]);
            assertThat(ids(get(list + "?size=100", "sam"), kind[1])).as("sales lists every desk's").contains(kind[2], kind[3]);

            ResponseEntity<JsonNode> own = get(list + "/" + kind[2], "mei");
            assertThat(own.getStatusCode()).as(String.valueOf(own.getBody())).isEqualTo(HttpStatus.OK);
            assertThat(own.getBody().path(kind[1]).path("id").asText()).isEqualTo(kind[2]);
            assertThat(get(list + "/" + kind[2] + "/messages", "mei").getStatusCode()).isEqualTo(HttpStatus.OK);
            ResponseEntity<JsonNode> other = get(list + "/" + kind[3], "mei");
            assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(other.getBody().path("detail").asText()).isEqualTo(kind[1] + " '" + kind[3] + "' is for client "
                + berlin.clientId() + ", worked by desk 'emea' (sales-emea): you work the clients of desk 'apac' only; sales and managers"
                + " work every desk's clients");
            assertThat(get(list + "/" + kind[3] + "/messages", "mei").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(list + "/" + kind[3], "emil").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(get(list + "/" + kind[3], "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(get(list + "/no-such-record", "mei").getStatusCode()).as("an unknown record is still a 404")
                .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(get("/api/orders", "ana").getStatusCode()).as("who works no desk and may not read orders stays refused")
            .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * A desk's member keeps their own clients' records as sales does (the tier, a new address), where every PATCH was a 403
     * "only members of sales, managers"; another desk's client is a 403 naming its desk, and moving a client to another
     * desk stays with sales and managers. Payments and shipments stay with the systems that report them (integrations).
     */
    @Test
    void shouldChangeTheDesksOwnClientAndRefuseAnotherDesksNamingItAndLeaveMovesToSalesAndManagers() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-patch@example.jp");
        Started berlin = start("DE", "Europe/Berlin", "members-patch@example.de");

        ResponseEntity<JsonNode> changed = patch("/api/clients/" + tokyo.clientId(), "{\"tier\": \"B\"}", "mei");
        assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().path("tier").asText()).isEqualTo("B");
        assertThat(changed.getBody().path("history").findValuesAsText("changedBy")).contains("mei");

        ResponseEntity<JsonNode> other = patch("/api/clients/" + berlin.clientId(), "{\"tier\": \"C\"}", "mei");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().path("detail").asText()).isEqualTo("client " + berlin.clientId() + " is worked by desk 'emea'"
            + " (sales-emea): you work the clients of desk 'apac' only; sales and managers work every desk's clients");
        assertThat(get("/api/clients/" + berlin.clientId(), "sam").getBody().path("tier").asText()).as("nothing changed").isEqualTo("A");

        ResponseEntity<JsonNode> move = patch("/api/clients/" + tokyo.clientId(), "{\"desk\": \"emea\", \"tier\": \"A\"}", "mei");
        assertThat(move.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(move.getBody().path("detail").asText()).contains("from desk 'apac' to another desk is for sales and managers");
        JsonNode kept = get("/api/clients/" + tokyo.clientId(), "sam").getBody();
        assertThat(kept.path("desk").asText()).isEqualTo("apac");
        assertThat(kept.path("tier").asText()).as("nothing of a refused change is kept").isEqualTo("B");
        assertThat(patch("/api/clients/no-such-client", "{\"tier\": \"B\"}", "mei").getStatusCode())
            .as("an unknown client is still a 404").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(patch("/api/clients/" + tokyo.clientId(), "{\"desk\": \"emea\"}", "sam").getStatusCode())
            .as("sales moves clients").isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> payment = post("/api/orders/" + order(berlin) + "/payment", "{\"amount\": 1, \"currency\": \"USD\"}", "emil");
        assertThat(payment.getStatusCode()).as("a payment is the bank's or the shop's to report").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(payment.getBody().path("detail").asText()).isEqualTo("only members of integrations may do this");
    }

    /**
     * A desk's member opens a complaint for their own desk's client (by its inquiry or order, or the recorded client's
     * email), as sales does, where it was a 403; another desk's client, or a client not recorded yet, is a 403 and no
     * complaint starts.
     */
    @Test
    void shouldOpenAComplaintForTheDesksOwnClientAndRefuseAnotherDesksOrANewClient() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-complaint@example.jp");
        Started berlin = start("DE", "Europe/Berlin", "members-complaint@example.de");
        String about = "\"category\": \"QUALITY\", \"wording\": \"NEUTRAL\", \"description\": \"Two panels scratched.\"";

        ResponseEntity<JsonNode> opened = post("/api/complaints", "{\"inquiryId\": \"" + tokyo.inquiryId() + "\", " + about + "}", "mei");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().path("clientId").asText()).isEqualTo(tokyo.clientId());
        ResponseEntity<JsonNode> byEmail = post("/api/complaints", """
            {"client": {"company": "Desk Member JP", "contactName": "Pat Client", "email": "Members-Complaint@example.jp", "country": "JP"},
             %s}""".formatted(about), "mei");
        assertThat(byEmail.getStatusCode()).as(String.valueOf(byEmail.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(byEmail.getBody().path("clientId").asText()).isEqualTo(tokyo.clientId());

        ResponseEntity<JsonNode> other = post("/api/complaints", "{\"inquiryId\": \"" + berlin.inquiryId() + "\", " + about + "}", "mei");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().path("detail").asText()).isEqualTo("inquiry '" + berlin.inquiryId() + "' is for client "
            + berlin.clientId() + ", worked by desk 'emea' (sales-emea): you work the clients of desk 'apac' only; sales and managers"
            + " work every desk's clients");
        ResponseEntity<JsonNode> newClient = post("/api/complaints", """
            {"client": {"company": "Nobody Yet", "contactName": "Pat New", "email": "members-new@example.jp", "country": "JP"},
             %s}""".formatted(about), "mei");
        assertThat(newClient.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(newClient.getBody().path("detail").asText()).startsWith("client members-new@example.jp is not recorded yet");
        assertThat(get("/api/complaints?size=100&client=" + berlin.clientId(), "sam").getBody().path("total").asLong())
            .as("no complaint started for the other desk's client").isZero();
        assertThat(get("/api/complaints?size=100&client=members-new@example.jp", "sam").getBody().path("total").asLong())
            .as("nor for the new client").isZero();
        assertThat(post("/api/complaints", "{\"inquiryId\": \"" + berlin.inquiryId() + "\", " + about + "}", "emil").getStatusCode())
            .as("EMEA's member opens it").isEqualTo(HttpStatus.CREATED);
    }

    /**
     * A desk's member plans and reads their own desk's clients' order milestones and records their clients' scores, as the
     * order desk and sales do for every client, where both were a 403; another desk's client is a 403 naming its desk, and
     * nothing is recorded.
     */
    @Test
    void shouldPlanMilestonesAndRecordScoresForTheDesksOwnClientsAndRefuseAnotherDesksNamingIt() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-milestone@example.jp");
        Started berlin = start("DE", "Europe/Berlin", "members-milestone@example.de");
        String order = order(tokyo);
        String milestones = "/api/orders/" + order + "/milestones";
        String milestone = "{\"name\": \"Samples approved\", \"dueOn\": \"2027-03-24\", \"checklist\": [\"Samples approved in writing\"]}";

        ResponseEntity<JsonNode> planned = post(milestones, milestone, "mei");
        assertThat(planned.getStatusCode()).as(String.valueOf(planned.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(get(milestones, "mei").getBody()).hasSize(1);
        String otherDesk = "order '" + order + "' is for client " + tokyo.clientId() + ", worked by desk 'apac' (sales-apac): you work"
            + " the clients of desk 'emea' only; sales and managers work every desk's clients";
        ResponseEntity<JsonNode> refused = post(milestones, milestone, "emil");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("detail").asText()).isEqualTo(otherDesk);
        assertThat(get(milestones, "emil").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> confirmation = post(milestones + "/" + planned.getBody().path("id").asText() + "/confirmation", "{}", "emil");
        assertThat(confirmation.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(confirmation.getBody().path("detail").asText()).isEqualTo(otherDesk);
        assertThat(get(milestones, "sam").getBody()).as("nothing planned or confirmed by the other desk").hasSize(1)
            .allSatisfy(m -> assertThat(m.path("confirmedAt").isNull()).isTrue());

        String scores = "{\"nps\": 9, \"csat\": 5, \"ces\": 1}";
        ResponseEntity<JsonNode> recorded = post("/api/clients/" + tokyo.clientId() + "/surveys", scores, "mei");
        assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> otherScores = post("/api/clients/" + berlin.clientId() + "/surveys", scores, "mei");
        assertThat(otherScores.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherScores.getBody().path("detail").asText()).startsWith("client " + berlin.clientId() + " is worked by desk 'emea'");
        assertThat(get("/api/clients/" + berlin.clientId() + "/surveys", "mei").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/clients/" + berlin.clientId() + "/surveys", "sam").getBody()).as("nothing recorded").isEmpty();
        assertThat(get("/api/clients/no-such-client/surveys", "mei").getStatusCode()).as("an unknown client is still a 404")
            .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldKeepRefusingWhoWorksNoDeskAndNoTeam() {
        Started tokyo = start("JP", "Asia/Tokyo", "members-refused@example.jp");
        ResponseEntity<JsonNode> analyst = get("/api/inquiries", "ana");
        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(analyst.getBody().path("detail").asText()).contains("or of a desk (sales-apac, sales-emea, sales-americas) for its own clients");
        assertThat(post("/api/inquiries/" + tokyo.inquiryId() + "/meetings", "{\"kind\": \"CALL\"}", "ana").getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private Started start(String country, String zone, String email) {
        ResponseEntity<JsonNode> started = post("/api/inquiries", """
            {"client": {"company": "Desk Member %s", "contactName": "Pat Client", "email": "%s", "country": "%s", "timeZone": "%s",
                        "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""".formatted(country, email, country, zone),
            "shop");
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);
        return new Started(started.getBody().path("id").asText(), started.getBody().path("clientId").asText());
    }

    private static List<String> inquiryIds(ResponseEntity<JsonNode> list) {
        List<String> ids = new java.util.ArrayList<>();
        list.getBody().path("items").forEach(item -> ids.add(item.path("inquiry").path("id").asText()));
        return ids;
    }

    /** The client accepts the quote of their inquiry: the order's id. */
    private String order(Started s) {
        String journey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(s.inquiryId())
            .singleResult().getId();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(journey).singleResult().getId(),
            io.meridian.inquiry.JourneyFixture.quote());
        AsyncContinuations.runAll(engine);
        ResponseEntity<JsonNode> accepted = post("/api/inquiries/" + s.inquiryId() + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop");
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.OK);
        return accepted.getBody().path("orderId").asText();
    }

    /** A complaint about the client's inquiry: its id. */
    private String complaint(Started s) {
        ResponseEntity<JsonNode> opened = post("/api/complaints", """
            {"inquiryId": "%s", "category": "BILLING", "wording": "NEUTRAL", "description": "Invoice twice."}""".formatted(s.inquiryId()),
            "shop");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);
        return opened.getBody().path("id").asText();
    }

    private static List<String> ids(ResponseEntity<JsonNode> list, String kind) {
        assertThat(list.getStatusCode()).as(String.valueOf(list.getBody())).isEqualTo(HttpStatus.OK);
        List<String> ids = new java.util.ArrayList<>();
        list.getBody().path("items").forEach(item -> ids.add(item.path(kind).path("id").asText()));
        return ids;
    }

    private String desk(String clientId) {
        return get("/api/clients/" + clientId, "sam").getBody().path("desk").asText();
    }

    private String desk(Started s) {
        return get("/api/clients/" + s.clientId(), "sam").getBody().path("desk").asText();
    }

    private ResponseEntity<JsonNode> post(String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> patch(String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("application/merge-patch+json"));
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.PATCH, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String user) {
        return http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }
}
