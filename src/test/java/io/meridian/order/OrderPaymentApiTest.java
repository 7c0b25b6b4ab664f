package io.meridian.order;

import io.meridian.jobs.AsyncContinuations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.testsupport.ClientWorkingDays;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: payments add up, and the dates and quote inputs of a journey make sense (over HTTP). */
@MeridianTest
class OrderPaymentApiTest {

    @Autowired
    org.camunda.bpm.engine.ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    EtiquetteService etiquette;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCountAPartialPaymentAsPartialAndWaitForTheRest() {
        Order o = acceptedOrder("partial@acme.example");
        ResponseEntity<JsonNode> first = post(o.path() + "/payment", "{\"amount\": 100, \"currency\": \"USD\"}");
        runContinuations();
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("status").asText()).isEqualTo("PARTIAL");
        assertThat(first.getBody().path("paid").decimalValue()).isEqualByComparingTo("100");
        assertThat(first.getBody().path("open").decimalValue()).isEqualByComparingTo("6150");
        // the journey does not move on to "Confirm order": the order desk reviews the partial payment
        assertThat(taskKeys(o.journey())).containsExactly("reviewPartialPayment");
        assertThat(tasks.createTaskQuery().processInstanceId(o.journey()).taskCandidateGroup("order-desk").count()).isEqualTo(1);

        // the rest can be recorded, in two parts, while the desk's task is open
        ResponseEntity<JsonNode> second = post(o.path() + "/payment", "{\"amount\": 150, \"currency\": \"USD\"}");
        runContinuations();
        assertThat(second.getBody().path("status").asText()).isEqualTo("PARTIAL");
        assertThat(second.getBody().path("open").decimalValue()).isEqualByComparingTo("6000");
        assertThat(taskKeys(o.journey())).containsExactly("reviewPartialPayment");
        // more than is open is refused naming it, and nothing is recorded (a shop typed 100000 for 285.00)
        ResponseEntity<JsonNode> tooMuch = post(o.path() + "/payment", "{\"amount\": 60000, \"currency\": \"USD\"}");
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(tooMuch)).containsExactly("amount");
        assertThat(tooMuch.getBody().path("detail").asText()).contains("amount 60000 USD is more than the 6000.00 USD still open on order ",
            "(6250.00 due, 250.00 paid)", "nothing was recorded");
        assertThat(get(o.path()).getBody().path("payments")).hasSize(2);
        ResponseEntity<JsonNode> rest = post(o.path() + "/payment", "{\"amount\": 6000, \"currency\": \"USD\"}");
        runContinuations();
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getBody().path("status").asText()).isEqualTo("PAID");
        assertThat(rest.getBody().path("open").decimalValue()).isEqualByComparingTo("0");
        assertThat(taskKeys(o.journey())).containsExactly("confirmOrder");

        JsonNode view = get(o.path()).getBody();
        assertThat(view.path("payments")).hasSize(3);
        assertThat(view.path("payments").get(0).path("amount").decimalValue()).isEqualByComparingTo("100");
        assertThat(view.path("payments").get(0).path("currency").asText()).isEqualTo("USD");
        assertThat(view.path("payments").get(0).path("receivedAt").asText()).isNotBlank();
        assertThat(view.path("payments").get(0).path("recordedBy").asText()).isEqualTo("shop");
        assertThat(view.path("paid").decimalValue()).isEqualByComparingTo("6250");
        assertThat(view.path("open").decimalValue()).isEqualByComparingTo("0");
        assertThat(view.path("order").path("paymentStatus").asText()).isEqualTo("PAID");

        ResponseEntity<JsonNode> more = post(o.path() + "/payment", "{\"amount\": 1, \"currency\": \"USD\"}");
        runContinuations();
        assertThat(more.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(more.getBody().path("detail").asText()).contains("fully paid");
    }

    @Test
    void shouldGoOnWhenTheOrderDeskAcceptsAShortfallWithAReason() {
        Order o = acceptedOrder("shortfall@acme.example");
        post(o.path() + "/payment", "{\"amount\": 6200, \"currency\": \"USD\"}");
        runContinuations();
        Task review = tasks.createTaskQuery().processInstanceId(o.journey()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewPartialPayment");
        assertThat(review.getDueDate()).isNotNull();
        assertThat(review.getFollowUpDate()).isNotNull();

        ResponseEntity<JsonNode> noReason = api.post("/engine-rest/task/" + review.getId() + "/complete",
            "{\"variables\": {\"shortfallDecision\": {\"value\": \"ACCEPT\"}}}", "olivia");
        runContinuations();
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("message").asText()).contains("less than the amount due");
        ResponseEntity<JsonNode> accepted = api.post("/engine-rest/task/" + review.getId() + "/complete",
            "{\"variables\": {\"shortfallDecision\": {\"value\": \"ACCEPT\"}, \"shortfallReason\": {\"value\": \"Bank fees, agreed with Jana\"}}}",
            "olivia");
        runContinuations();
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskKeys(o.journey())).containsExactly("confirmOrder");
        JsonNode view = get(o.path()).getBody();
        assertThat(view.path("order").path("paymentStatus").asText()).isEqualTo("SHORTFALL_ACCEPTED");
        assertThat(view.path("open").decimalValue()).isEqualByComparingTo("50");
        assertThat(view.path("shortfall").path("reason").asText()).isEqualTo("Bank fees, agreed with Jana");
        assertThat(view.path("shortfall").path("acceptedBy").asText()).isEqualTo("olivia");
        // money that still comes in is recorded
        assertThat(post(o.path() + "/payment", "{\"amount\": 50, \"currency\": \"USD\"}").getBody().path("status").asText()).isEqualTo("PAID");
        runContinuations();
    }

    @Test
    void shouldRefuseAPaymentInAnotherCurrencyOrAtAnImpossibleDate() {
        Order o = acceptedOrder("dates@acme.example");
        ResponseEntity<JsonNode> euro = post(o.path() + "/payment", "{\"amount\": 100, \"currency\": \"EUR\"}");
        runContinuations();
        assertThat(euro.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(euro)).containsExactly("currency");
        assertThat(euro.getBody().path("detail").asText()).contains("EUR", "USD", "quote");
        String ahead = Instant.now().plus(90, ChronoUnit.DAYS).toString();
        ResponseEntity<JsonNode> future = post(o.path() + "/payment", "{\"amount\": 100, \"currency\": \"USD\", \"receivedAt\": \"" + ahead + "\"}");
        runContinuations();
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(future)).containsExactly("receivedAt");
        assertThat(future.getBody().path("detail").asText()).contains("future");
        ResponseEntity<JsonNode> past = post(o.path() + "/payment", "{\"amount\": 100, \"currency\": \"USD\", \"receivedAt\": \"2020-01-01T00:00:00Z\"}");
        runContinuations();
        assertThat(fields(past)).containsExactly("receivedAt");
        assertThat(past.getBody().path("detail").asText()).contains("before the inquiry of order MO-", "reached the company");
        // one answer names both, each with its own message, where the date came in an answer of its own once the currency was right
        ResponseEntity<JsonNode> both = post(o.path() + "/payment", "{\"amount\": 100, \"currency\": \"EUR\", \"receivedAt\": \"2020-01-01T00:00:00Z\"}");
        assertThat(fields(both)).containsExactly("currency", "receivedAt");
        assertThat(both.getBody().path("errors").get(0).path("message").asText()).isEqualTo(euro.getBody().path("errors").get(0).path("message").asText());
        assertThat(both.getBody().path("errors").get(1).path("message").asText()).isEqualTo(past.getBody().path("errors").get(0).path("message").asText());
        // the amount's decimals need the order, the future date does not: one answer names both, with the texts each gives alone
        ResponseEntity<JsonNode> decimalsAndFuture = post(o.path() + "/payment",
            "{\"amount\": 1875.001, \"currency\": \"USD\", \"receivedAt\": \"" + ahead + "\"}");
        assertThat(fields(decimalsAndFuture)).containsExactly("amount", "receivedAt");
        assertThat(decimalsAndFuture.getBody().path("errors").get(0).path("message").asText())
            .isEqualTo("amount 1875.001 has 3 decimals, USD has 2 (ISO 4217)");
        assertThat(decimalsAndFuture.getBody().path("errors").get(1).path("message").asText())
            .startsWith("receivedAt " + Instant.parse(ahead) + " lies in the future (now is ");
        // a request wrong in every field on its own names each, the order's checks adding nothing to a field already wrong
        ResponseEntity<JsonNode> allWrong = post(o.path() + "/payment", "{\"amount\": 0, \"currency\": \" \", \"receivedAt\": \"" + ahead + "\"}");
        assertThat(fields(allWrong)).containsExactly("amount", "currency", "receivedAt");
        assertThat(allWrong.getBody().path("errors").findValuesAsText("message")).startsWith(
            "amount must be greater than 0", "currency is required (ISO 4217, e.g. USD)");
        // a wrong request for no order is still the 400 it was (what is wrong with it needs no order)
        assertThat(fields(post("/api/orders/no-such-order/payment", "{\"amount\": 0, \"currency\": \"USD\"}"))).containsExactly("amount");
        assertThat(post("/api/orders/no-such-order/payment", "{\"amount\": 10, \"currency\": \"USD\"}").getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(o.path()).getBody().path("payments")).isEmpty();
        assertThat(taskKeys(o.journey())).isEmpty();
    }

    /**
     * A deposit paid against the quote (the proforma) before the client's acceptance opened the order is recorded with the
     * day the bank credited it, and "Confirm order" is due a working day after the order, not after that earlier day;
     * money dated before the inquiry is refused naming the inquiry's receipt.
     */
    @Test
    void shouldRecordADepositPaidAgainstTheQuoteBeforeTheOrderWasOpened() {
        Instant inquired = Instant.now().minus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Order o = acceptedOrder("deposit@acme.example", inquired);
        Instant opened = Instant.parse(get(o.path()).getBody().path("order").path("createdAt").asText());
        String deposit = inquired.plus(20, ChronoUnit.DAYS).toString();
        String rest = inquired.plus(30, ChronoUnit.DAYS).toString();

        ResponseEntity<JsonNode> first = post(o.path() + "/payment", "{\"amount\": 1875, \"currency\": \"USD\", \"receivedAt\": \"" + deposit + "\"}");
        runContinuations();
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("status").asText()).isEqualTo("PARTIAL");
        ResponseEntity<JsonNode> second = post(o.path() + "/payment", "{\"amount\": 4375, \"currency\": \"USD\", \"receivedAt\": \"" + rest + "\"}");
        runContinuations();
        assertThat(second.getBody().path("status").asText()).isEqualTo("PAID");
        assertThat(get(o.path()).getBody().path("payments").findValuesAsText("receivedAt")).containsExactly(deposit, rest);
        Task confirm = tasks.createTaskQuery().processInstanceId(o.journey()).taskDefinitionKey("confirmOrder").singleResult();
        assertThat(confirm.getDueDate().toInstant()).as("a working day after the order was opened, not overdue at once").isAfter(opened);

        Order other = acceptedOrder("deposit-too-early@acme.example", inquired);
        ResponseEntity<JsonNode> before = post(other.path() + "/payment",
            "{\"amount\": 1875, \"currency\": \"USD\", \"receivedAt\": \"" + inquired.minus(1, ChronoUnit.DAYS) + "\"}");
        assertThat(fields(before)).containsExactly("receivedAt");
        assertThat(before.getBody().path("detail").asText()).startsWith("receivedAt " + inquired.minus(1, ChronoUnit.DAYS)
            + " lies before the inquiry of order MO-").contains("reached the company (" + inquired + ")");
        assertThat(get(other.path()).getBody().path("payments")).isEmpty();
    }

    /**
     * "Confirm order" with a past delivery date, a "yes" for the rush order and a shipping method the form does not offer
     * is refused once, naming all three, over engine-rest by the variables' names and as a submitted form in its labels'
     * words, where each came back alone and the desk needed three tries.
     */
    @Test
    void shouldRefuseEveryWrongFieldOfConfirmOrderAtOnce() {
        Order o = acceptedOrder("confirm-all@acme.example");
        post(o.path() + "/payment", "{\"amount\": 6250, \"currency\": \"USD\"}");
        runContinuations();
        Task confirm = tasks.createTaskQuery().processInstanceId(o.journey()).singleResult();
        String wrong = "{\"deliveryDate\": {\"value\": \"2020-01-01\"}, \"rushOrder\": {\"value\": \"yes\"},"
            + " \"shippingMethod\": {\"value\": \"BOAT\"}}";

        ResponseEntity<JsonNode> completed = api.post("/engine-rest/task/" + confirm.getId() + "/complete",
            "{\"variables\": " + wrong + "}", "olivia");
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody().path("message").asText()).containsSubsequence("deliveryDate 2020-01-01 lies in the past",
            "; rushOrder 'yes' is not true or false", "; unknown shippingMethod 'BOAT'").doesNotContain("ENGINE-");
        ResponseEntity<JsonNode> submitted = api.post("/engine-rest/task/" + confirm.getId() + "/submit-form",
            "{\"variables\": " + wrong + "}", "olivia");
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(submitted.getBody().path("message").asText()).containsSubsequence("Delivery date 2020-01-01 lies in the past",
            "; Rush order 'yes' is not true or false", "BOAT", "Sea freight");
        assertThat(tasks.createTaskQuery().taskId(confirm.getId()).count()).as("still open").isEqualTo(1);
    }

    @Test
    void shouldRefuseAPastDeliveryDateAndWarnOfStockAfterThePromisedDelivery() {
        Order o = acceptedOrder("stock@acme.example");
        post(o.path() + "/payment", "{\"amount\": 6250, \"currency\": \"USD\"}");
        runContinuations();
        Task confirm = tasks.createTaskQuery().processInstanceId(o.journey()).singleResult();
        ResponseEntity<JsonNode> past = api.post("/engine-rest/task/" + confirm.getId() + "/complete",
            "{\"variables\": {\"deliveryDate\": {\"value\": \"2020-01-01\"}, \"shippingMethod\": {\"value\": \"SEA\"}}}", "olivia");
        runContinuations();
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // Meridian's own words, as Tasklist shows them, not under the engine's "Cannot submit task form …: ENGINE-03051 …"
        assertThat(past.getBody().path("message").asText()).startsWith("deliveryDate 2020-01-01 lies in the past")
            .doesNotContain("ENGINE-", "Cannot complete task", "TaskListener");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String promised = ClientWorkingDays.onOrAfter(etiquette, "DE", today.plusDays(30)).toString();
        tasks.complete(confirm.getId(), Map.of(OrderFulfilment.Var.DELIVERY_DATE, promised, OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();

        ResponseEntity<JsonNode> stockPast = post(o.path() + "/stock-forecast", "{\"stockReadyOn\": \"" + today.minusDays(1) + "\"}");
        runContinuations();
        assertThat(stockPast.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(stockPast)).containsExactly("stockReadyOn");
        String fulfilment = runtime.createProcessInstanceQuery().processInstanceBusinessKey(o.id()).singleResult().getId();
        assertThat(post(o.path() + "/stock-forecast", "{\"stockReadyOn\": \"" + today.plusDays(10) + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(taskKeys(fulfilment)).doesNotContain("reviewStockDate");
        assertThat(post(o.path() + "/stock-forecast", "{\"stockReadyOn\": \"" + today.plusDays(40) + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        Task warning = tasks.createTaskQuery().processInstanceId(fulfilment).taskDefinitionKey("reviewStockDate").singleResult();
        assertThat(warning).isNotNull();
        assertThat(warning.getName()).isEqualTo("Stock after promised delivery: tell the client or change the date — Acme GmbH (DE, A)");
        assertThat(tasks.createTaskQuery().taskId(warning.getId()).taskCandidateGroup("order-desk").count()).isEqualTo(1);
        assertThat(warning.getDueDate()).isNotNull();
        assertThat(warning.getFollowUpDate()).isNotNull();
        String newDate = ClientWorkingDays.onOrAfter(etiquette, "DE", today.plusDays(45)).toString();
        tasks.complete(warning.getId(), Map.of(OrderFulfilment.Var.STOCK_DATE_ACTION, "DATE_CHANGED", OrderFulfilment.Var.DELIVERY_DATE, newDate));
        runContinuations();
        assertThat(get(o.path()).getBody().path("order").path("deliveryDate").asText()).isEqualTo(newDate);

        // shipment and delivery dates: not ahead of the clock, not before the order
        String ahead = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        for (Task t : tasks.createTaskQuery().processInstanceId(fulfilment).list()) {
            switch (t.getTaskDefinitionKey()) {
                case "updateProductionProgress" -> tasks.complete(t.getId(), Map.of("progressPercent", 100, "stockComplete", true));
                case "notifyStockReady" -> tasks.complete(t.getId());
                default -> { }
            }
        }
        tasks.complete(tasks.createTaskQuery().processInstanceId(fulfilment).taskDefinitionKey("clearCustoms").singleResult().getId(),
            Map.of(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, "26DE123456789012A3"));
        runContinuations();
        ResponseEntity<JsonNode> shippedAhead = post(o.path() + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"M1\", \"shippedAt\": \"" + ahead + "\"}");
        runContinuations();
        assertThat(fields(shippedAhead)).containsExactly("shippedAt");
        ResponseEntity<JsonNode> shippedLongAgo = post(o.path() + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"M1\", \"shippedAt\": \"2020-01-01T00:00:00Z\"}");
        runContinuations();
        assertThat(fields(shippedLongAgo)).containsExactly("shippedAt");
        // the tracking email is planned for the client's next send window (SendTrackingNumberDelegate), as README says
        ResponseEntity<JsonNode> noTracking = post(o.path() + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"\"}");
        assertThat(fields(noTracking)).containsExactly("trackingNumber");
        assertThat(noTracking.getBody().path("errors").get(0).path("message").asText())
            .isEqualTo("trackingNumber is required: it goes to the client in their next send window (at once while one is open)");
        assertThat(post(o.path() + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"M1\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(fields(post(o.path() + "/delivery", "{\"deliveredAt\": \"" + ahead + "\"}"))).containsExactly("deliveredAt");
        runContinuations();
        assertThat(fields(post(o.path() + "/delivery", "{\"deliveredAt\": \"2020-01-01T00:00:00Z\"}"))).containsExactly("deliveredAt");
        runContinuations();
        // deliveredAt is optional (DESIGN.md), so the request may come without a body at all
        assertThat(post(o.path() + "/delivery", "").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
    }

    @Test
    void shouldRefuseANonsenseQuoteNamingEachField() {
        String id = post("/api/inquiries", inquiry("quote@acme.example")).getBody().path("id").asText();
        runContinuations();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Task reply = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        ResponseEntity<JsonNode> refused = api.post("/engine-rest/task/" + reply.getId() + "/complete", """
            {"variables": {"quoteProductParameters": {"value": "40 W"}, "quoteMoq": {"value": 200}, "quoteLeadTimeDays": {"value": 25},
              "quotePaymentTerms": {"value": "T/T"}, "quotePortOfLoading": {"value": "Ningbo"}, "quoteUnitPrice": {"value": -1},
              "quoteCurrency": {"value": "XYZ"}, "quoteValidUntil": {"value": "2025-01-01"}}}""", "sam");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        runContinuations();
        assertThat(refused.getBody().path("message").asText()).contains("quoteCurrency 'XYZ' is not a known ISO 4217",
            "quoteValidUntil 2025-01-01 is not in the future", "quoteUnitPrice must be greater than 0");
        assertThat(tasks.createTaskQuery().taskId(reply.getId()).count()).as("still open").isEqualTo(1);
    }

    @Test
    void shouldRefuseAnAcceptanceAfterTheQuoteExpired() {
        String id = post("/api/inquiries", inquiry("expired@acme.example")).getBody().path("id").asText();
        runContinuations();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Map<String, Object> quote = JourneyFixture.quote();
        // the quote ends on a working day of the (German) client
        LocalDate validUntil = ClientWorkingDays.onOrAfter(etiquette, "DE", LocalDate.now(ZoneOffset.UTC).plusDays(2));
        quote.put("quoteValidUntil", validUntil.toString());
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), quote);
        runContinuations();
        ClockUtil.setCurrentTime(Date.from(validUntil.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()));
        ResponseEntity<JsonNode> late = post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}");
        runContinuations();
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).contains("valid until " + validUntil);
        ClockUtil.reset();
        assertThat(post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
    }

    @Test
    void shouldKeepAQuoteValidUntilTheEndOfItsLastDayInTheClientsClock() {
        // a working day of both clients, as the quote's last day must be
        LocalDate validUntil = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        while (!validUntil.equals(ClientWorkingDays.onOrAfter(etiquette, "US", validUntil))
            || !validUntil.equals(ClientWorkingDays.onOrAfter(etiquette, "JP", validUntil))) {
            validUntil = ClientWorkingDays.onOrAfter(etiquette, "JP", ClientWorkingDays.onOrAfter(etiquette, "US", validUntil.plusDays(1)));
        }
        String losAngeles = quoted("valid-la@acme.example", "US", "America/Los_Angeles", validUntil);
        String tokyo = quoted("valid-tokyo@acme.example", "JP", "Asia/Tokyo", validUntil);
        try {
            // 21:00 on the last day in Los Angeles, already the next day in UTC: still valid for the client
            ClockUtil.setCurrentTime(Date.from(validUntil.atTime(21, 0).atZone(java.time.ZoneId.of("America/Los_Angeles")).toInstant()));
            ResponseEntity<JsonNode> evening = post("/api/inquiries/" + losAngeles + "/client-response", "{\"decision\": \"ACCEPTED\"}");
            runContinuations();
            assertThat(evening.getStatusCode()).as(String.valueOf(evening.getBody())).isEqualTo(HttpStatus.OK);
            // 01:00 the day after in Tokyo, still the last day in UTC: expired for the client
            ClockUtil.setCurrentTime(Date.from(validUntil.plusDays(1).atTime(1, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant()));
            ResponseEntity<JsonNode> late = post("/api/inquiries/" + tokyo + "/client-response", "{\"decision\": \"ACCEPTED\"}");
            runContinuations();
            assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(late.getBody().path("detail").asText()).contains("valid until " + validUntil,
                "today is " + io.meridian.moments.TeamMoments.day(validUntil.plusDays(1)) + " in the client's time zone Asia/Tokyo");
        } finally {
            ClockUtil.reset();
        }
    }

    /** An inquiry of a client in {@code zone} whose quote is valid until {@code validUntil}; its id. */
    private String quoted(String email, String country, String zone, LocalDate validUntil) {
        String id = post("/api/inquiries", """
            {"client": {"company": "Acme %s", "contactName": "Pat Client", "email": "%s", "country": "%s", "timeZone": "%s", "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""".formatted(country, email, country, zone))
            .getBody().path("id").asText();
        runContinuations();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Map<String, Object> quote = JourneyFixture.quote();
        quote.put("quoteValidUntil", validUntil.toString());
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), quote);
        runContinuations();
        return id;
    }

    record Order(String id, String journey) {
        String path() {
            return "/api/orders/" + id;
        }
    }

    /** An inquiry quoted at 500 × 12.50 USD and accepted: an order of 6,250.00 USD waiting for payment. */
    private Order acceptedOrder(String email) {
        return acceptedOrder(email, null);
    }

    /** An order of an inquiry received at {@code inquired} (null: now). */
    private Order acceptedOrder(String email, Instant inquired) {
        String body = inquired == null ? inquiry(email)
            : inquiry(email).replace("\"channel\": \"EMAIL\"", "\"channel\": \"EMAIL\", \"receivedAt\": \"" + inquired + "\"");
        String id = post("/api/inquiries", body).getBody().path("id").asText();
        runContinuations();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), JourneyFixture.quote());
        runContinuations();
        String orderId = post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}").getBody().path("orderId").asText();
        runContinuations();
        return new Order(orderId, pi);
    }

    private static String inquiry(String email) {
        return """
            {"client": {"company": "Acme GmbH", "contactName": "Jana Weber", "email": "%s", "country": "DE", "tier": "A"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "channel": "EMAIL"}}""".formatted(email);
    }

    private List<String> taskKeys(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private static List<String> fields(ResponseEntity<JsonNode> r) {
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return r.getBody().path("errors").findValuesAsText("field");
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return api.post(path, body, "shop");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.withBasicAuth("shop", "demo").getForEntity(path, JsonNode.class);
    }
}
