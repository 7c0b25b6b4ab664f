package io.meridian.inquiry;

import io.meridian.jobs.AsyncContinuations;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Message;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.order.OrderFulfilment;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

/** The journey's client messages arrive as real email: the quote in the client's window, the tracking number at once. */
@MeridianTest
class JourneyMailTest {

    @Autowired
    org.camunda.bpm.engine.ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }

    /** A Tuesday morning in Shanghai, the middle of Monday night in Germany. */
    static final Instant START = Instant.parse("2027-01-12T02:00:00Z");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    ApiCalls api;
    @Value("${meridian.mail.from}")
    String from;

    @BeforeEach
    void startOfTheDay() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldMailTheQuoteInTheClientsNextContactWindow() {
        ProcessInstance journey = startAndQuote("quote-mail@acme.example");
        OutboxMessage planned = outbox.about(journey.getBusinessKey()).get(0);
        assertThat(planned.plannedAt()).isAfter(START);

        mail.deliverDue();
        assertThat(mail.receivedBy("quote-mail@acme.example")).as("not before the client's contact window").isEmpty();

        ClockUtil.setCurrentTime(Date.from(planned.plannedAt()));
        mail.deliverDue();
        assertThat(mail.receivedBy("quote-mail@acme.example")).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(from);
            assertThat(m.to()).containsExactly("quote-mail@acme.example");
            assertThat(m.subject()).isEqualTo("Quotation for LED panel 60x60");
            assertThat(m.multipart()).as("plain text and HTML").isTrue();
            assertThat(m.body()).startsWith("Dear Pat Client,\n\nThank you for your inquiry. We are pleased to make you the following offer:\n\n")
                .contains("Product: LED panel 60x60", "Quantity: 500", "Port of loading: Ningbo", "Unit price: 12.50 USD",
                    "Total for the quantity asked: 6,250.00 USD",
                    "Valid until: Wednesday, 31 March 2027", "We look forward to your answer.")
                .endsWith("Yours sincerely,\n\nMeridian Demo Trading Co., Ltd.\nExport sales");
            assertThat(m.html()).contains("<p>Dear Pat Client,</p>", "<td>Ningbo</td>", "lang=\"en\"",
                "<p class=\"signature\" dir=\"auto\">Meridian Demo Trading Co., Ltd.<br/>Export sales</p>");
            assertThat(m.outboxId()).isEqualTo(planned.id());
        });
        assertThat(outbox.about(journey.getBusinessKey())).singleElement()
            .satisfies(m -> assertThat(m.status()).isEqualTo(OutboxMessage.Status.SENT));
    }

    /**
     * An inquiry that came with the shop's reference (externalRef, the number the client saw when they asked) gets a quote
     * whose subject names it, so that the client finds the answer to that inquiry among their emails; the subject had named
     * the product alone ("Quotation for LED panel 60x60"), where the minutes and confirmed items of the same inquiry named it.
     */
    @Test
    void shouldNameTheShopsReferenceInTheQuotesSubject() {
        Map<String, Object> start = new java.util.HashMap<>(englishReader("quote-ref@acme.example"));
        start.put(Var.EXTERNAL_REF, "SHOP-Q-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        ProcessInstance journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, start);
        complete(journey, Activity.REPLY_TO_INQUIRY, quote());
        runContinuations();

        OutboxMessage planned = outbox.about(journey.getBusinessKey()).get(0);
        assertThat(planned.subject()).isEqualTo("Quotation for LED panel 60x60 (your inquiry " + start.get(Var.EXTERNAL_REF) + ")");
    }

    @Test
    void shouldMailTheTrackingNumberAtOnceWhenTheOrderShips() {
        ProcessInstance journey = startAndQuote("tracking-mail@acme.example");
        correlate(journey, Message.CLIENT_RESPONSE, Map.of(Var.CLIENT_DECISION, "ACCEPTED"));
        runContinuations();
        correlate(journey, Message.PAYMENT_RECEIVED, Map.of(Var.PAYMENT_AMOUNT, 6250.0, Var.PAYMENT_RECEIVED_AT, Date.from(START)));
        runContinuations();
        complete(journey, Activity.CONFIRM_ORDER,
            Map.of(OrderFulfilment.Var.DELIVERY_DATE, "2027-02-22", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();
        ProcessInstance fulfilment = runtime.createProcessInstanceQuery().superProcessInstanceId(journey.getId()).singleResult();
        complete(fulfilment, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS,
            Map.of(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();
        correlate(fulfilment, OrderFulfilment.Message.STOCK_FORECAST, Map.of(OrderFulfilment.Var.STOCK_READY_ON, "2027-01-14"));
        runContinuations();
        complete(fulfilment, OrderFulfilment.Activity.NOTIFY_STOCK_READY, Map.of());
        runContinuations();
        complete(fulfilment, OrderFulfilment.Activity.CLEAR_CUSTOMS, Map.of(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, "26DE123456789012A3"));
        runContinuations();
        String orderNumber = (String) runtime.getVariable(fulfilment.getId(), "orderNumber");

        // shipped at 10:00 in Germany, while the client is open: the tracking number goes at once
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-12T09:00:00Z")));
        correlate(fulfilment, OrderFulfilment.Message.SHIPPED,
            Map.of(OrderFulfilment.Var.CARRIER, "Maersk", OrderFulfilment.Var.TRACKING_NUMBER, "MAEU7654321"));
        runContinuations();
        mail.deliverDue();

        assertThat(mail.receivedBy("tracking-mail@acme.example"))
            .filteredOn(m -> m.subject().contains("tracking number"))
            .singleElement().satisfies(m -> {
                assertThat(m.from()).isEqualTo(from);
                assertThat(m.subject()).isEqualTo("Order " + orderNumber + " shipped: tracking number MAEU7654321");
                assertThat(m.body()).startsWith("Dear Pat Client,\n\nYour order has been shipped.")
                    .contains("Order number: " + orderNumber, "Carrier: Maersk", "Tracking number: MAEU7654321");
                assertThat(m.html()).contains("<td>MAEU7654321</td>");
            });
        String orderId = (String) runtime.getVariable(journey.getId(), Var.ORDER_ID);
        assertThat(outbox.about(orderId)).filteredOn(m -> "ORDER_CONFIRMATION".equals(m.content().messageKind())).singleElement()
            .satisfies(m -> assertThat(m.body()).as("the amount due as English writes it, the shipping method in words")
                .contains("Amount: 6,250.00 USD", "Shipping method: Sea freight")
                .doesNotContain("SEA"));
    }

    /**
     * The client accepts through the shop on a Monday morning in Tokyo, their business hours open, before the outbox's next
     * round sent the quote: the answer says the quote email is due and goes with that round, where it said the email still
     * waited for the client's business hours, which were open.
     */
    @Test
    void shouldSayTheQuoteEmailIsDueNotWaitingForBusinessHoursWhenTheClientIsOpen() {
        Instant mondayMorning = Instant.parse("2026-12-07T01:00:00Z"); // 10:00 in Tokyo
        ClockUtil.setCurrentTime(Date.from(mondayMorning));
        String id = api.post("/api/inquiries", """
            {"client": {"company": "Nakamura Shoji", "contactName": "Kenji Nakamura", "email": "quote-due@acme.example",
                        "country": "JP", "timeZone": "Asia/Tokyo", "tier": "A", "preferredChannel": "EMAIL"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""",
            "shop").getBody().path("id").asText();
        runContinuations();
        ProcessInstance journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        complete(journey, Activity.REPLY_TO_INQUIRY, quote());

        ResponseEntity<JsonNode> accepted = api.post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop");
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody().path("quoteEmail").asText()).isEqualTo("the quote email has not gone out yet: it is due since"
            + " Mon 7 Dec 2026 10:00 in the client's time zone Asia/Tokyo (2026-12-07T01:00:00Z) and goes with the outbox's next"
            + " round; the emails about the order go after it");
    }

    /**
     * The user tour's Sunday evening: a Japanese client's quote waits for their Monday 09:00 (00:00 UTC); the shop reports
     * the client's acceptance and a full payment at once and the order desk confirms the order. The confirmation, planned
     * for the same opening, goes a minute after the quote: the client reads the quote first.
     */
    @Test
    void shouldMailTheOrderConfirmationAfterTheQuoteItConfirmsWhenBothWaitForTheSameOpening() {
        Instant sundayEvening = Instant.parse("2026-12-06T19:40:00Z");
        ClockUtil.setCurrentTime(Date.from(sundayEvening));
        String id = api.post("/api/inquiries", """
            {"client": {"company": "Nakamura Shoji", "contactName": "Kenji Nakamura", "email": "order-after-quote@acme.example",
                        "country": "JP", "timeZone": "Asia/Tokyo", "tier": "A", "preferredChannel": "EMAIL",
                        "purchaseCycle": "QUARTERLY"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "message": "Please quote FOB.", "channel": "EMAIL"}}""",
            "shop").getBody().path("id").asText();
        runContinuations();
        ProcessInstance journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        complete(journey, Activity.REPLY_TO_INQUIRY, quote());
        // the client answered through the shop: taken, and the answer says the quote email still waits
        ResponseEntity<JsonNode> accepted = api.post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}", "shop");
        runContinuations();
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody().path("quoteEmail").asText()).isEqualTo("the quote email still waits for the client's business"
            + " hours: it goes out Mon 7 Dec 2026 09:00 in the client's time zone Asia/Tokyo (2026-12-07T00:00:00Z);"
            + " the emails about the order go after it");
        correlate(journey, Message.PAYMENT_RECEIVED, Map.of(Var.PAYMENT_AMOUNT, 6250.0, Var.PAYMENT_RECEIVED_AT, Date.from(sundayEvening)));
        complete(journey, Activity.CONFIRM_ORDER,
            Map.of(OrderFulfilment.Var.DELIVERY_DATE, "2027-01-20", OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        String orderId = (String) runtime.getVariable(journey.getId(), Var.ORDER_ID);
        OutboxMessage quote = outbox.about(journey.getBusinessKey()).stream()
            .filter(m -> "QUOTE".equals(m.content().messageKind())).findFirst().orElseThrow();
        OutboxMessage confirmation = outbox.about(orderId).stream()
            .filter(m -> "ORDER_CONFIRMATION".equals(m.content().messageKind())).findFirst().orElseThrow();
        Instant mondayOpening = Instant.parse("2026-12-07T00:00:00Z");
        assertThat(quote.plannedAt()).as("the quote: Monday 09:00 in Tokyo").isEqualTo(mondayOpening);
        assertThat(confirmation.plannedAt()).as("the confirmation: a minute after the quote it confirms")
            .isEqualTo(mondayOpening.plusSeconds(60));
        assertThat(confirmation.delivery().follows()).as("and held while the quote is still to go out, a retry of it included")
            .isEqualTo(quote.id());

        ClockUtil.setCurrentTime(Date.from(mondayOpening));
        mail.deliverDue();
        assertThat(mail.receivedBy("order-after-quote@acme.example")).as("at 09:00 the quote, after the inquiry's receipt sent at once")
            .extracting(m -> m.outboxId()).endsWith(quote.id()).doesNotContain(confirmation.id());

        ClockUtil.setCurrentTime(Date.from(mondayOpening.plusSeconds(60)));
        mail.deliverDue();
        assertThat(mail.receivedBy("order-after-quote@acme.example")).as("then the confirmation")
            .extracting(m -> m.outboxId()).endsWith(quote.id(), confirmation.id());
    }

    /**
     * What sales agreed with the client on WhatsApp while the quote still waits for the client's opening reaches the client
     * after the quote, a minute later, where both were planned for the same instant.
     */
    @Test
    void shouldMailConfirmedItemsAfterTheQuoteThatStillWaits() {
        Instant sundayEvening = Instant.parse("2026-12-06T19:40:00Z");
        ClockUtil.setCurrentTime(Date.from(sundayEvening));
        String id = api.post("/api/inquiries", """
            {"client": {"company": "Nakamura Shoji", "contactName": "Kenji Nakamura", "email": "items-after-quote@acme.example",
                        "country": "JP", "timeZone": "Asia/Tokyo", "tier": "A", "preferredChannel": "WHATSAPP"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "WHATSAPP"}}""", "shop").getBody().path("id").asText();
        runContinuations();
        ProcessInstance journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        complete(journey, Activity.REPLY_TO_INQUIRY, quote());

        ResponseEntity<JsonNode> confirmed = api.post("/api/inquiries/" + id + "/messages",
            "{\"channel\": \"WHATSAPP\", \"text\": \"Lead time 25 days confirmed.\", \"agreedAt\": \"2026-12-06T19:35:00Z\"}", "sam");

        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Instant mondayOpening = Instant.parse("2026-12-07T00:00:00Z");
        OutboxMessage quote = outbox.about(id).stream().filter(m -> "QUOTE".equals(m.content().messageKind())).findFirst().orElseThrow();
        OutboxMessage items = outbox.about(id).stream().filter(m -> "CONFIRMED_ITEMS".equals(m.content().messageKind())).findFirst()
            .orElseThrow();
        assertThat(quote.plannedAt()).as("the quote: Monday 09:00 in Tokyo").isEqualTo(mondayOpening);
        assertThat(items.plannedAt()).as("what was agreed: a minute after the quote").isEqualTo(mondayOpening.plusSeconds(60));
    }

    /** A client in Germany who asked for English: the emails read English only (without, German comes first). */
    private static Map<String, Object> englishReader(String email) {
        Map<String, Object> start = new java.util.HashMap<>(startVariables("DE", email));
        start.put(Var.LANGUAGE, "en");
        return start;
    }

    private ProcessInstance startAndQuote(String email) {
        ProcessInstance journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, englishReader(email));
        complete(journey, Activity.REPLY_TO_INQUIRY, quote());
        runContinuations();
        return journey;
    }

    private void complete(ProcessInstance instance, String activity, Map<String, Object> variables) {
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult().getId();
        tasks.complete(task, variables);
        runContinuations();
    }

    private void correlate(ProcessInstance instance, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceId(instance.getId()).setVariables(variables).correlate();
        runContinuations();
    }
}
