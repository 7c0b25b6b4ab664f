package io.meridian.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Money to pay has its currency's decimals (ISO 4217): a payment over {@code /api} of 1250.5 JPY or 100.1255 BHD is
 * refused naming the field, the value and the currency's decimals, and nothing is written; a quote's unit price may be
 * finer (a price, not an amount to pay), its total is rounded to the currency's decimals.
 */
@MeridianTest
class AmountsInCurrencyApiTest {

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
    InquiryLedger inquiries;

    /**
     * A unit price finer than the currency is a price (12.5 JPY a piece for a small part), not an amount to pay: the quote
     * keeps it and its total for the quantity is in whole yen, rounded half up as an invoice total is.
     */
    @Test
    void shouldKeepAUnitPriceFinerThanTheCurrencyAndRoundTheTotalToIt() {
        Journey j = inquiry("yen-decimals@acme.example");
        assertThat(reply(j, "12.5005", "JPY").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        AsyncContinuations.runAll(engine);
        assertThat(quotes(j.id())).hasSize(1);
        // 500 × 12.5005 JPY = 6,250.25 JPY, payable as 6,250 JPY
        assertThat(inquiries.byId(j.id()).orElseThrow().quote()).contains("Unit price: 12.5005 JPY", "Total for the quantity asked: 6,250 JPY");
    }

    @Test
    void shouldRefuseAPaymentInYenWithDecimalsAndRecordNothing() {
        String order = acceptedOrder("yen-payment@acme.example", "1250", "JPY");
        ResponseEntity<JsonNode> refused = post("/api/orders/" + order + "/payment", "{\"amount\": 1250.5, \"currency\": \"JPY\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(refused.getBody().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("field").asText()).isEqualTo("amount");
            assertThat(e.path("message").asText()).isEqualTo("amount 1250.5 has 1 decimal, JPY has none (ISO 4217)");
        });
        JsonNode view = get("/api/orders/" + order).getBody();
        assertThat(view.path("payments")).as("nothing recorded").isEmpty();
        assertThat(view.path("order").path("paymentStatus").asText()).isEqualTo("UNPAID");

        ResponseEntity<JsonNode> paid = post("/api/orders/" + order + "/payment", "{\"amount\": 625000.00, \"currency\": \"JPY\"}");
        assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(paid.getBody().path("status").asText()).isEqualTo("PAID");
        assertThat(paid.getBody().path("amountDue").toString()).as("yen without decimals").isEqualTo("625000");
        assertThat(raw("/api/orders/" + order)).contains("\"amount\":625000,", "\"paid\":625000,", "\"open\":0,");
        AsyncContinuations.runAll(engine);
    }

    @Test
    void shouldKeepThreeDecimalsOfADinarAndRefuseAFourth() {
        String order = acceptedOrder("dinar@acme.example", "1.235", "BHD");
        assertThat(raw("/api/orders/" + order)).as("500 × 1.235 BHD, not rounded to 2 decimals").contains("\"amount\":617.500,");

        ResponseEntity<JsonNode> refused = post("/api/orders/" + order + "/payment", "{\"amount\": 100.1255, \"currency\": \"BHD\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("message"))
            .containsExactly("amount 100.1255 has 4 decimals, BHD has 3 (ISO 4217)");
        assertThat(get("/api/orders/" + order).getBody().path("payments")).isEmpty();

        ResponseEntity<JsonNode> deposit = post("/api/orders/" + order + "/payment", "{\"amount\": 100.125, \"currency\": \"BHD\"}");
        AsyncContinuations.runAll(engine);
        assertThat(deposit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deposit.getBody().path("paid").decimalValue()).isEqualByComparingTo("100.125");
        assertThat(deposit.getBody().path("open").decimalValue()).isEqualByComparingTo("517.375");
        assertThat(raw("/api/orders/" + order)).as("kept with three decimals, not as 100.13")
            .contains("\"amount\":100.125,", "\"paid\":100.125,", "\"open\":517.375,");
    }

    /**
     * The order desk's partial-payment review shows its figures as the briefing below writes amounts, "6,250 JPY", not
     * the engine's bare number "6250" beside the briefing's "6,250 JPY": one way to write an amount on one screen.
     */
    @Test
    void shouldShowAPartialPaymentsFiguresAsTheBriefingWritesAmounts() {
        String order = acceptedOrder("yen-partial@acme.example", "12.5", "JPY");
        assertThat(post("/api/orders/" + order + "/payment", "{\"amount\": 1250, \"currency\": \"JPY\"}").getStatusCode())
            .isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        Task review = tasks.createTaskQuery().taskDefinitionKey(ClientJourney.Activity.REVIEW_PARTIAL_PAYMENT)
            .processVariableValueEquals(ClientJourney.Var.ORDER_ID, order).singleResult();
        Map<String, Object> shown = tasks.getVariables(review.getId());
        assertThat(shown).containsEntry(ClientJourney.Var.AMOUNT_DUE, "6,250 JPY").containsEntry(ClientJourney.Var.AMOUNT_PAID, "1,250 JPY")
            .containsEntry(ClientJourney.Var.AMOUNT_OPEN, "5,000 JPY").containsEntry(ClientJourney.Var.PAYMENT_AMOUNT, "1,250 JPY");
        assertThat((String) shown.get(ClientJourney.Var.BRIEFING)).contains("amount 6,250 JPY, paid 1,250 JPY, open 5,000 JPY");
        assertThat((String) shown.get(ClientJourney.Var.QUOTE_PAYMENT_TERMS)).as("the quote's terms, which the form shows beside the amounts")
            .isNotBlank();
        // the form writes no currency after them: the figures carry theirs
        String form;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/review-partial-payment.form")) {
            form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(form).contains("**Due:** {{amountDue}}  \\n").doesNotContain("{{paymentCurrency}}");
    }

    record Journey(String id, String journey, Task reply) {
    }

    private Journey inquiry(String email) {
        String id = post("/api/inquiries", """
            {"client": {"company": "Acme Trading", "contactName": "Pat Client", "email": "%s", "country": "DE", "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""".formatted(email))
            .getBody().path("id").asText();
        AsyncContinuations.runAll(engine);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return new Journey(id, pi, tasks.createTaskQuery().processInstanceId(pi).singleResult());
    }

    /** Sales completes "Reply to inquiry" over engine-rest, as Tasklist does, with this unit price and currency. */
    private ResponseEntity<JsonNode> reply(Journey j, String unitPrice, String currency) {
        Map<String, Object> quote = JourneyFixture.quote();
        return api.post("/engine-rest/task/" + j.reply().getId() + "/complete", """
            {"variables": {"quoteProductParameters": {"value": "%s"}, "quoteMoq": {"value": 200, "type": "Long"},
              "quoteLeadTimeDays": {"value": 25, "type": "Long"}, "quotePaymentTerms": {"value": "T/T"},
              "quotePortOfLoading": {"value": "Ningbo"}, "quoteUnitPrice": {"value": %s, "type": "Double"},
              "quoteCurrency": {"value": "%s"}, "quoteValidUntil": {"value": "%s"}}}""".formatted(
            quote.get(ClientJourney.Var.QUOTE_PRODUCT_PARAMETERS), unitPrice, currency, quote.get(ClientJourney.Var.QUOTE_VALID_UNTIL)),
            "sam");
    }

    /** An inquiry of 500 pieces quoted at {@code unitPrice} {@code currency} and accepted; the order's id. */
    private String acceptedOrder(String email, String unitPrice, String currency) {
        Journey j = inquiry(email);
        assertThat(reply(j, unitPrice, currency).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        AsyncContinuations.runAll(engine);
        ResponseEntity<JsonNode> accepted = post("/api/inquiries/" + j.id() + "/client-response", "{\"decision\": \"ACCEPTED\"}");
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        return accepted.getBody().path("orderId").asText();
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return api.post(path, body, "shop");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.withBasicAuth("shop", "demo").getForEntity(path, JsonNode.class);
    }

    /** The answer as the server wrote it (a JsonNode reads 617.500 as the double 617.5). */
    private String raw(String path) {
        return http.withBasicAuth("shop", "demo").getForObject(path, String.class);
    }

    private List<OutboxMessage> quotes(String inquiryId) {
        return outbox.about(inquiryId).stream().filter(m -> "QUOTE".equals(m.content().messageKind())).toList();
    }
}
