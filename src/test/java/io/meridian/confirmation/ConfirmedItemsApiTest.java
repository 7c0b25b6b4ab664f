package io.meridian.confirmation;

import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.ReceivedMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Content agreed on an instant channel is kept and mirrored by an email marked "Confirmed items", per inquiry and per order. */
@MeridianTest
class ConfirmedItemsApiTest {

    /** Tuesday 10:00 in Berlin: the client is open, the email goes at once. */
    static final Instant NOW = Instant.parse("2027-01-12T09:00:00Z");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldMirrorWhatWasAgreedOnAnInquiryByAConfirmedItemsEmail() {
        String inquiry = api.post("/api/inquiries", inquiry("confirm-inquiry@acme.example", "SHOP-CI-1"), "shop").getBody().path("id").asText();
        ResponseEntity<JsonNode> r = api.post("/api/inquiries/" + inquiry + "/messages", """
            {"channel": "WHATSAPP", "text": "Sample of 2 panels by air, at our cost.", "agreedAt": "2027-01-12T08:30:00Z",
             "agreedBy": "Sam Lee"}""", "sam");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getBody().path("recordKind").asText()).isEqualTo("INQUIRY");
        assertThat(r.getBody().path("agreedBy").asText()).isEqualTo("Sam Lee");
        assertThat(r.getBody().path("recordedBy").asText()).isEqualTo("sam");
        assertThat(r.getBody().path("subject").asText()).isEqualTo("Bestätigte Punkte: SHOP-CI-1 / Confirmed items: SHOP-CI-1");

        mail.deliverDue();
        ReceivedMail m = mail.receivedBy("confirm-inquiry@acme.example").stream()
            .filter(x -> x.subject().contains("Confirmed items")).findFirst().orElseThrow();
        assertThat(m.multipart()).isTrue();
        assertThat(m.body()).startsWith("Sehr geehrte Frau Weber,").contains("Vereinbart über: WhatsApp", "Agreed on: WhatsApp",
            "Bestätigte Punkte: Sample of 2 panels by air, at our cost.", "Agreed at: Tuesday, 12 January 2027, 09:30 (Central European Time)",
            "Agreed with: Sam Lee", "Confirmed items: Sample of 2 panels by air, at our cost.");
        assertThat(get("/api/inquiries/" + inquiry + "/messages").getBody().findValuesAsText("messageKind"))
            .contains(MessageKind.CONFIRMED_ITEMS.name());
    }

    /**
     * The agreed text goes into each language part word for word, in whatever language it was agreed (often copied from the
     * client's chat): each part says so before it, and the answer names the parts' languages, where a German part showed an
     * English sentence, or the English part a German one, without a word.
     */
    @Test
    void shouldSayInEachLanguagePartThatTheAgreedTextIsRepeatedUntranslatedAndAnswerTheLanguages() {
        String inquiry = api.post("/api/inquiries", inquiry("confirm-words@acme.example", "SHOP-CI-W"), "shop").getBody().path("id").asText();
        ResponseEntity<JsonNode> r = api.post("/api/inquiries/" + inquiry + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Muster von 2 Paneelen per Luftfracht, auf unsere Kosten.\"}", "sam");
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getBody().path("languages")).extracting(JsonNode::asText).containsExactly("de", "en");

        mail.deliverDue();
        String body = mail.receivedBy("confirm-words@acme.example").stream()
            .filter(x -> x.subject().contains("Confirmed items")).findFirst().orElseThrow().body();
        String german = "(Das Vereinbarte geben wir wörtlich und unübersetzt wieder.)";
        String english = "(We repeat what was agreed word for word, untranslated.)";
        assertThat(body.indexOf(german)).isNotNegative().isLessThan(body.indexOf("Bestätigte Punkte: Muster"));
        assertThat(body.indexOf(english)).isGreaterThan(body.indexOf("Bestätigte Punkte: Muster"))
            .isLessThan(body.indexOf("Confirmed items: Muster"));
    }

    /** The client reads who agreed by the person's name, as the quote signs ("Sam Demo"); the record keeps the login. */
    @Test
    void shouldNameTheTeamMemberWhoAgreedByTheirNameNotTheirLogin() {
        String inquiry = api.post("/api/inquiries", inquiry("confirm-name@acme.example", "SHOP-CI-4"), "shop").getBody().path("id").asText();
        ResponseEntity<JsonNode> r = api.post("/api/inquiries/" + inquiry + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Lead time 25 days confirmed.\", \"agreedAt\": \"2027-01-12T08:30:00Z\"}", "sam");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getBody().path("agreedBy").asText()).as("the record keeps the login").isEqualTo("sam");

        mail.deliverDue();
        ReceivedMail m = mail.receivedBy("confirm-name@acme.example").stream()
            .filter(x -> x.subject().contains("Confirmed items")).findFirst().orElseThrow();
        assertThat(m.body()).contains("Vereinbart mit: Sam Demo", "Agreed with: Sam Demo")
            .doesNotContain("Vereinbart mit: sam", "Agreed with: sam");
    }

    /**
     * What an integration recorded (the shop, whose demo user is named "Shop Demo") and what a user without a name recorded
     * name the team that signs the email as who agreed, in each part's language; before, the client read "Agreed with: Shop
     * Demo" and a nameless user's login.
     */
    @Test
    void shouldNameTheSigningTeamNotAnIntegrationOrALoginAsWhoAgreed() {
        String nameless = "nameless" + Long.toString(System.nanoTime(), 36);
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(nameless);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(nameless, "sales");
        String order = acceptedOrder("confirm-team@acme.example");
        for (String[] by : new String[][] {{"shop", "Sea freight."}, {nameless, "Samples by air."}}) {
            ResponseEntity<JsonNode> r = api.post("/api/orders/" + order + "/messages", "{\"channel\": \"PHONE\", \"text\": \"" + by[1] + "\"}",
                by[0]);
            assertThat(r.getStatusCode()).as(by[0]).isEqualTo(HttpStatus.CREATED);
            assertThat(r.getBody().path("agreedBy").asText()).as("the record keeps the login").isEqualTo(by[0]);
        }

        mail.deliverDue();
        List<ReceivedMail> items = mail.receivedBy("confirm-team@acme.example").stream()
            .filter(m -> m.subject().contains("Confirmed items")).toList();
        for (String text : List.of("Sea freight.", "Samples by air.")) {
            String body = items.stream().map(ReceivedMail::body).filter(b -> b.contains(text)).findFirst().orElseThrow();
            assertThat(body).as(text).contains("Vereinbart mit: Exportvertrieb", "Agreed with: Export sales")
                .doesNotContain("Shop Demo", "Vereinbart mit: shop", "Agreed with: shop", nameless);
        }
    }

    @Test
    void shouldMirrorAChangeOfPaymentTermsOnAnOrder() {
        String order = acceptedOrder("confirm-order@acme.example");
        ResponseEntity<JsonNode> r = api.post("/api/orders/" + order + "/messages",
            "{\"channel\": \"PHONE\", \"text\": \"Payment terms change to 50% in advance, 50% against B/L copy.\"}", "olivia");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getBody().path("agreedBy").asText()).as("the caller when not said").isEqualTo("olivia");
        List<OutboxMessage> mails = outbox.about(order);
        assertThat(mails).filteredOn(o -> MessageKind.CONFIRMED_ITEMS.name().equals(o.content().messageKind())).singleElement()
            .satisfies(o -> {
                assertThat(o.subject()).endsWith("Confirmed items: " + r.getBody().path("subject").asText().replaceAll(".* / Confirmed items: ", ""));
                assertThat(o.body()).contains("Payment terms change to 50% in advance", "Agreed on: Phone call").doesNotContain("PHONE");
                assertThat(o.content().html()).contains("Payment terms change to 50% in advance");
            });
    }

    /**
     * The client sees the signature of the team that wrote to them: what the order desk recorded is signed "Order desk"
     * (German "Auftragsabwicklung"), what sales recorded "Export sales", and an integration's keeps the kind's team, sales.
     * Before, every "Confirmed items" email was signed "Export sales", whoever had agreed it with the client.
     */
    @Test
    void shouldSignConfirmedItemsWithTheTeamOfWhoRecordedThem() {
        String order = acceptedOrder("confirm-signed@acme.example");
        for (String[] by : new String[][] {{"olivia", "Payment terms 30 days net."}, {"sam", "Samples by air."}, {"shop", "Sea freight."}}) {
            assertThat(api.post("/api/orders/" + order + "/messages", "{\"channel\": \"PHONE\", \"text\": \"" + by[1] + "\"}", by[0])
                .getStatusCode()).as(by[0]).isEqualTo(HttpStatus.CREATED);
        }

        mail.deliverDue();
        List<ReceivedMail> items = mail.receivedBy("confirm-signed@acme.example").stream()
            .filter(m -> m.subject().contains("Confirmed items")).toList();
        assertThat(signature(items, "Payment terms 30 days net.")).contains("Auftragsabwicklung", "Order desk")
            .doesNotContain("Exportvertrieb", "Export sales");
        assertThat(signature(items, "Samples by air.")).contains("Exportvertrieb", "Export sales").doesNotContain("Order desk");
        assertThat(signature(items, "Sea freight.")).contains("Exportvertrieb", "Export sales").doesNotContain("Order desk");
    }

    /** The lines after the agreed text in the email that repeats {@code text}: its closings and signatures. */
    private static String signature(List<ReceivedMail> mails, String text) {
        String body = mails.stream().map(ReceivedMail::body).filter(b -> b.contains(text)).findFirst().orElseThrow();
        return body.substring(body.indexOf(text));
    }

    @Test
    void shouldAnswer404ForAnUnknownRecordAnd400ForAnEmptyTextWithoutPlanningAnything() {
        ResponseEntity<JsonNode> unknownInquiry = api.post("/api/inquiries/no-such-inquiry/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"x\"}", "sam");
        assertThat(unknownInquiry.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> unknownOrder = api.post("/api/orders/no-such-order/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"x\"}", "olivia");
        assertThat(unknownOrder.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String inquiry = api.post("/api/inquiries", inquiry("confirm-bad@acme.example", "SHOP-CI-3"), "shop").getBody().path("id").asText();
        int before = outbox.about(inquiry).size();
        ResponseEntity<JsonNode> empty = api.post("/api/inquiries/" + inquiry + "/messages", "{\"channel\": \"WHATSAPP\", \"text\": \"  \"}", "sam");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().path("errors").findValuesAsText("field")).containsExactly("text");
        ResponseEntity<JsonNode> noChannel = api.post("/api/inquiries/" + inquiry + "/messages", "{\"text\": \"Price 12.00 USD\"}", "sam");
        assertThat(noChannel.getBody().path("errors").findValuesAsText("field")).containsExactly("channel");
        ResponseEntity<JsonNode> future = api.post("/api/inquiries/" + inquiry + "/messages",
            "{\"channel\": \"WECHAT\", \"text\": \"x\", \"agreedAt\": \"2027-02-01T00:00:00Z\"}", "sam");
        assertThat(future.getBody().path("errors").findValuesAsText("field")).containsExactly("agreedAt");
        String order = acceptedOrder("confirm-bad-order@acme.example");
        ResponseEntity<JsonNode> emptyOrder = api.post("/api/orders/" + order + "/messages", "{\"channel\": \"PHONE\", \"text\": \"\"}", "olivia");
        assertThat(emptyOrder.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(emptyOrder.getBody().path("errors").findValuesAsText("field")).containsExactly("text");
        assertThat(outbox.about(inquiry)).hasSize(before);
        assertThat(outbox.about(order)).noneMatch(o -> MessageKind.CONFIRMED_ITEMS.name().equals(o.content().messageKind()));
    }

    /**
     * Items agreed in 1900 (a slip of the year) are refused naming agreedAt and from when it is taken, where the client got
     * "Agreed at: Monday, 1 January 1900"; what was chatted before the inquiry was entered stays fine.
     */
    @Test
    void shouldRefuseItemsAgreedMoreThan90DaysBackWithoutPlanningAnything() {
        String inquiry = api.post("/api/inquiries", inquiry("confirm-1900@acme.example", "SHOP-CI-1900"), "shop").getBody().path("id").asText();
        int before = outbox.about(inquiry).size();
        ResponseEntity<JsonNode> old = api.post("/api/inquiries/" + inquiry + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Sample by air.\", \"agreedAt\": \"1900-01-01T10:00:00Z\"}", "sam");
        assertThat(old.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(old.getBody().path("errors").findValuesAsText("field")).containsExactly("agreedAt");
        assertThat(old.getBody().path("detail").asText()).isEqualTo("agreedAt 1900-01-01T10:00:00Z lies more than 90 days back (now is "
            + NOW + "): the client gets what was agreed by email when it is agreed; give the moment from 2026-10-14T09:00:00Z on");
        assertThat(outbox.about(inquiry)).hasSize(before);
        assertThat(api.post("/api/inquiries/" + inquiry + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Sample by air.\", \"agreedAt\": \"2027-01-11T16:00:00Z\"}", "sam")
            .getStatusCode()).as("agreed in yesterday's chat, before the inquiry was entered").isEqualTo(HttpStatus.CREATED);
    }

    /**
     * An order whose journey was cancelled takes no confirmed items: a 409 naming the cancellation (when, why), nothing
     * kept and no email planned, where it was a 201 and the client got "Confirmed items" about an order that is off.
     */
    @Test
    void shouldRefuseConfirmedItemsForACancelledOrderNamingWhenAndWhyWithoutRecordingAnything() {
        String order = acceptedOrder("confirm-cancelled@acme.example");
        String inquiry = api.get("/api/orders/" + order, "olivia").getBody().path("order").path("inquiryId").asText();
        runtime.deleteProcessInstance(journey(inquiry), "Client cancelled the order");
        assertThat(api.get("/api/orders/" + order, "olivia").getBody().path("order").path("status").asText()).isEqualTo("CANCELLED");

        ResponseEntity<JsonNode> onOrder = api.post("/api/orders/" + order + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Delivery moves to March.\"}", "olivia");
        assertThat(onOrder.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(onOrder.getBody().path("detail").asText()).contains("was cancelled at " + NOW, "Client cancelled the order",
            "status CANCELLED", "nothing was recorded");
        ResponseEntity<JsonNode> onInquiry = api.post("/api/inquiries/" + inquiry + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Delivery moves to March.\"}", "sam");
        assertThat(onInquiry.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(onInquiry.getBody().path("detail").asText()).contains("was cancelled at " + NOW, "Client cancelled the order");
        assertThat(confirmedItems(order) + confirmedItems(inquiry)).isZero();
        assertThat(outbox.about(order)).noneMatch(o -> MessageKind.CONFIRMED_ITEMS.name().equals(o.content().messageKind()));
    }

    /** An order whose journey was deleted behind the server's back (without its listeners) is noticed and refused alike. */
    @Test
    void shouldRefuseConfirmedItemsForAnOrderWhoseJourneyWasDeletedWithoutItsListeners() {
        String order = acceptedOrder("confirm-skipped@acme.example");
        String inquiry = api.get("/api/orders/" + order, "olivia").getBody().path("order").path("inquiryId").asText();
        runtime.deleteProcessInstance(journey(inquiry), "Client went to another supplier", true);

        ResponseEntity<JsonNode> r = api.post("/api/orders/" + order + "/messages",
            "{\"channel\": \"PHONE\", \"text\": \"Payment terms 30 days.\"}", "olivia");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody().path("detail").asText()).contains("was cancelled at", "Client went to another supplier");
        assertThat(confirmedItems(order)).isZero();
    }

    /**
     * A LOST inquiry takes no confirmed items: a 409 saying when and how it was lost (given up after the client's
     * objection; its journey deleted before any order), nothing kept, no email planned.
     */
    @Test
    void shouldRefuseConfirmedItemsForALostInquiryNamingWhenAndHowItWasLost() {
        String givenUp = quotedInquiry("confirm-lost@acme.example");
        api.post("/api/inquiries/" + givenUp + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}", "shop");
        String pi = journey(givenUp);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
            Map.of(ClientJourney.Var.OBJECTION_OUTCOME, "LOST"));
        assertThat(api.get("/api/inquiries/" + givenUp, "sam").getBody().path("inquiry").path("status").asText()).isEqualTo("LOST");
        ResponseEntity<JsonNode> r = api.post("/api/inquiries/" + givenUp + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Price 11.50 USD per panel.\"}", "sam");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody().path("detail").asText()).contains("inquiry " + givenUp + " was closed as lost at " + NOW,
            "given up after the client's objection (PRICE)", "status LOST", "nothing was recorded");

        String deleted = api.post("/api/inquiries", inquiry("confirm-deleted@acme.example", "SHOP-CI-D"), "shop").getBody().path("id").asText();
        runtime.deleteProcessInstance(journey(deleted), "Duplicate of SHOP-CI-1", true);
        ResponseEntity<JsonNode> d = api.post("/api/inquiries/" + deleted + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Sample by air.\"}", "sam");
        assertThat(d.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(d.getBody().path("detail").asText()).contains("was deleted", "(Duplicate of SHOP-CI-1) before any order",
            "status LOST");
        assertThat(confirmedItems(givenUp) + confirmedItems(deleted)).isZero();
        assertThat(outbox.about(givenUp)).noneMatch(o -> MessageKind.CONFIRMED_ITEMS.name().equals(o.content().messageKind()));
    }

    private int confirmedItems(String recordId) {
        return jdbc.sql("select count(*) from confirmed_item where record_id = :id").param("id", recordId).query(Integer.class).single();
    }

    private String journey(String inquiryId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(inquiryId)
            .processDefinitionKey(ClientJourney.KEY).singleResult().getId();
    }

    private String quotedInquiry(String email) {
        String id = api.post("/api/inquiries", inquiry(email, null), "shop").getBody().path("id").asText();
        String pi = journey(id);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), JourneyFixture.quote());
        AsyncContinuations.run(engine, pi); // the quote goes out after the reply (the job executor's work)
        return id;
    }

    private String acceptedOrder(String email) {
        String id = api.post("/api/inquiries", inquiry(email, null), "shop").getBody().path("id").asText();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), JourneyFixture.quote());
        AsyncContinuations.run(engine, pi); // the quote goes out after the reply (the job executor's work)
        return api.post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop").getBody().path("orderId").asText();
    }

    private static String inquiry(String email, String externalRef) {
        return """
            {"client": {"company": "Acme GmbH", "contactName": "Jana Weber", "email": "%s", "country": "DE", "tier": "A",
                        "familyName": "Weber", "givenName": "Jana", "salutation": "MS", "language": "de"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"%s}}"""
            .formatted(email, externalRef == null ? "" : ", \"externalRef\": \"" + externalRef + "\"");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.withBasicAuth("sam", "demo").getForEntity(path, JsonNode.class);
    }
}
