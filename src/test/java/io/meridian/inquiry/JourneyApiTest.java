package io.meridian.inquiry;

import io.meridian.jobs.AsyncContinuations;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.order.OrderFulfilment;
import io.meridian.testsupport.ClientWorkingDays;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey's REST contract over HTTP, with the authentication of a real client. */
@MeridianTest
class JourneyApiTest {

    @Autowired
    org.camunda.bpm.engine.ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }

    /** This test runs on the real clock: order dates may not lie in the past. */
    static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

    @Autowired
    TestRestTemplate http;
    @Autowired
    io.meridian.etiquette.EtiquetteService etiquette;
    @Autowired
    ApiCalls api;
    @Autowired
    InquiryLedger inquiries;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;

    static String inquiry(String email, String externalRef) {
        return """
            {"client": {"company": "Acme GmbH", "contactName": "Jana Weber", "email": "%s", "country": "DE",
                        "tier": "A", "preferredChannel": "LINKEDIN", "mainCategory": "Lighting", "purchaseCycle": "QUARTERLY"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 500, "message": "Please quote FOB.",
                         "channel": "EMAIL"%s}}""".formatted(email, externalRef == null ? "" : ", \"externalRef\": \"" + externalRef + "\"");
    }

    ResponseEntity<JsonNode> post(String path, String body) {
        return api.post(path, body, "shop");
    }

    ResponseEntity<JsonNode> get(String path) {
        return http.withBasicAuth("shop", "demo").getForEntity(path, JsonNode.class);
    }

    @Test
    void shouldStartAnInquiryAndAnswerEtiquetteReplyDueAndContactWindow() {
        ResponseEntity<JsonNode> r = post("/api/inquiries", inquiry("jana@acme.example", null));
        runContinuations();
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = r.getBody();
        assertThat(body.path("id").asText()).isNotBlank();
        assertThat(body.path("etiquette").path("country").asText()).isEqualTo("DE");
        assertThat(body.path("etiquette").path("firedRules").isArray()).isTrue();
        assertThat(body.path("replyDueAt").asText()).isNotBlank();
        assertThat(body.path("nextContactWindow").path("start").asText()).isNotBlank();
        String id = body.path("id").asText();

        JsonNode view = get("/api/inquiries/" + id).getBody();
        assertThat(view.path("inquiry").path("status").asText()).isEqualTo("NEW");
        assertThat(view.path("client").path("mainCategory").asText()).isEqualTo("Lighting");
        assertThat(view.path("client").path("purchaseCycle").asText()).isEqualTo("QUARTERLY");
        assertThat(view.path("client").path("preferredChannel").asText()).isEqualTo("LINKEDIN");
        assertThat(view.path("currentSteps").get(0).path("activityId").asText()).isEqualTo("replyToInquiry");
        assertThat(view.path("currentSteps").get(0).path("due").asText()).isEqualTo(body.path("replyDueAt").asText());
    }

    /**
     * A 201 says where the new inquiry is (RFC 9110, Location), where the caller had to build the path from its id; a
     * repeated externalRef creates nothing and answers 200 without one.
     */
    @Test
    void shouldAnswerTheNewInquirysPathInLocation() {
        ResponseEntity<JsonNode> first = post("/api/inquiries", inquiry("location@acme.example", "SHOP-LOCATION"));
        runContinuations();

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = first.getBody().path("id").asText();
        assertThat(first.getHeaders().getLocation()).hasToString("/api/inquiries/" + id);
        ResponseEntity<JsonNode> there = http.withBasicAuth("shop", "demo").getForEntity(first.getHeaders().getLocation(), JsonNode.class);
        assertThat(there.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(there.getBody().path("inquiry").path("id").asText()).isEqualTo(id);

        ResponseEntity<JsonNode> repeat = post("/api/inquiries", inquiry("location@acme.example", "SHOP-LOCATION"));
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.getHeaders().getLocation()).isNull();
    }

    @Test
    void shouldReturnTheFirstInquiryForARepeatedExternalRef() {
        ResponseEntity<JsonNode> first = post("/api/inquiries", inquiry("twice@acme.example", "SHOP-42"));
        runContinuations();
        ResponseEntity<JsonNode> second = post("/api/inquiries", inquiry("twice@acme.example", "SHOP-42"));
        runContinuations();
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().path("id").asText()).isEqualTo(first.getBody().path("id").asText());
        assertThat(second.getBody().path("etiquette").path("country").asText()).isEqualTo("DE");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.getBody().path("id").asText()).count()).isEqualTo(1);
        assertThat(inquiries.byExternalRef("SHOP-42")).map(InquiryRecord::id).contains(first.getBody().path("id").asText());
        assertThat(second.getBody().path("nextContactWindow").path("kind").asText()).isEqualTo("CALL");
    }

    /**
     * The same externalRef from another client is the caller's mistake: answering the first client's inquiry dropped the
     * new one unseen (an API tour got Nakamura's inquiry back for other@...). A 409 says so, and nothing is created.
     */
    @Test
    void shouldRefuseAnExternalRefThatAnotherClientsInquiryHasAndCreateNothing() {
        ResponseEntity<JsonNode> first = post("/api/inquiries", inquiry("owner@acme.example", "SHOP-77"));
        runContinuations();
        long before = runtime.createProcessInstanceQuery().count();

        ResponseEntity<JsonNode> other = post("/api/inquiries", inquiry("other@acme.example", "SHOP-77"));

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody().path("detail").asText()).isEqualTo("externalRef 'SHOP-77' already names inquiry "
            + first.getBody().path("id").asText() + " of another client; this inquiry is from other@acme.example: give it a"
            + " reference of its own (nothing was created)");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from client where email = 'other@acme.example'").query(Integer.class).single()).isZero();
        // the owner's own repeat, in another case, is still the first inquiry
        assertThat(post("/api/inquiries", inquiry("Owner@Acme.example", "SHOP-77")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldStartOneJourneyForAnExternalRefPostedSeveralTimesAtOnce() throws Exception {
        String ref = "SHOP-RACE-" + java.util.UUID.randomUUID();
        int clients = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ResponseEntity<JsonNode>>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return post("/api/inquiries", inquiry("race@acme.example", ref));
                }));
            }
            go.countDown();
            List<ResponseEntity<JsonNode>> got = new java.util.ArrayList<>();
            for (var answer : answers) {
                got.add(answer.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            runContinuations();
            assertThat(got).extracting(ResponseEntity::getStatusCode).as(got.toString())
                .containsOnly(HttpStatus.CREATED, HttpStatus.OK).containsOnlyOnce(HttpStatus.CREATED);
            String id = inquiries.byExternalRef(ref).orElseThrow().id();
            assertThat(got).allSatisfy(r -> assertThat(r.getBody().path("id").asText()).isEqualTo(id));
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldAnswerARepeatedExternalRefOfAnInquiryStartedBeforeTheLedgerKeptItsEtiquette() {
        ResponseEntity<JsonNode> first = post("/api/inquiries", inquiry("before@acme.example", "SHOP-OLD"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = first.getBody().path("id").asText();
        // as such an inquiry was: the etiquette in its process's variable (and history), none in the ledger
        runtime.setVariable(first.getBody().path("processInstanceId").asText(), Var.ETIQUETTE,
            org.camunda.spin.plugin.variable.SpinValues.jsonValue(first.getBody().path("etiquette").toString()).create());
        assertThat(jdbc.sql("update inquiry set etiquette = null where id = :id").param("id", id).update()).isEqualTo(1);
        assertThat(inquiries.etiquette(id)).isEmpty();

        ResponseEntity<JsonNode> second = post("/api/inquiries", inquiry("before@acme.example", "SHOP-OLD"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().path("id").asText()).isEqualTo(id);
        assertThat(second.getBody().path("etiquette")).as("read from the process's history").isEqualTo(first.getBody().path("etiquette"));
    }

    @Test
    void shouldRefuseBadInquiriesNamingEveryFieldAndStartNothing() {
        long before = runtime.createProcessInstanceQuery().count();
        ResponseEntity<JsonNode> r = post("/api/inquiries", """
            {"client": {"company": "", "contactName": "X", "email": "not-an-email", "country": "XX", "timeZone": "Mars/Base",
                        "tier": "Z", "preferredChannel": "PIGEON"},
             "inquiry": {"product": "P", "quantity": 0, "receivedAt": "yesterday"}}""");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        runContinuations();
        assertThat(r.getHeaders().getContentType().toString()).contains("application/problem+json");
        List<String> fields = r.getBody().path("errors").findValuesAsText("field");
        assertThat(fields).contains("client.company", "client.email", "client.country", "client.timeZone", "client.tier",
            "client.preferredChannel", "inquiry.quantity", "inquiry.receivedAt");
        assertThat(post("/api/inquiries", "{\"client\": {}}").getBody().path("errors").findValuesAsText("field")).contains("inquiry");
        runContinuations();
        assertThat(post("/api/inquiries", "{\"client\": {}, \"inquiry\": {\"quantity\": \"many\"}}").getBody()
            .path("errors").findValuesAsText("field")).contains("inquiry.quantity");
        runContinuations();
        assertThat(post("/api/inquiries", "{\"unknown\": 1}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        runContinuations();
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseWithoutCredentials() {
        assertThat(http.postForEntity("/api/inquiries", null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        runContinuations();
    }

    @Test
    void shouldDriveAJourneyThroughEveryOrderEvent() {
        String id = post("/api/inquiries", inquiry("events@acme.example", null)).getBody().path("id").asText();
        runContinuations();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();

        // nothing to answer before the quote went out
        assertThat(post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runContinuations();
        Task reply = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        tasks.complete(reply.getId(), JourneyFixture.quote());
        runContinuations();
        assertThat(get("/api/inquiries/" + id).getBody().path("inquiry").path("quote").asText())
            .as("the quote the inquiry keeps, its amounts as the quote email writes them")
            .contains("Unit price: 12.50 USD", "Total for the quantity asked: 6,250.00 USD");

        ResponseEntity<JsonNode> bad = post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"DECLINED\"}");
        runContinuations();
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactly("objection");
        assertThat(post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"MAYBE\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        runContinuations();
        assertThat(post("/api/inquiries/unknown/client-response", "{\"decision\": \"ACCEPTED\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        runContinuations();
        assertThat(get("/api/inquiries/unknown").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> accepted = post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\", \"note\": \"Go\"}");
        runContinuations();
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        String orderId = accepted.getBody().path("orderId").asText();
        assertThat(orderId).isNotBlank();
        assertThat(post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"ACCEPTED\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runContinuations();

        String order = "/api/orders/" + orderId;
        JsonNode view = get(order).getBody();
        assertThat(view.path("order").path("amount").decimalValue()).isEqualByComparingTo("6250.00");
        assertThat(view.path("order").path("paymentStatus").asText()).isEqualTo("UNPAID");
        assertThat(view.path("currentSteps").findValuesAsText("message")).contains("PaymentReceived");
        assertThat(view.path("currentSteps").findValuesAsText("name")).as("the diagram's names of the events the journey waits at")
            .contains("No payment yet", "Payment received (amount due covered)", "Partial payment received");
        assertThat(post("/api/orders/nope/payment", "{\"amount\": 1, \"currency\": \"USD\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // the order's number, as the emails and the team's messages give it, is not its id: the 404 says which id it is
        String number = view.path("order").path("orderNumber").asText();
        ResponseEntity<JsonNode> byNumber = get("/api/orders/" + number);
        assertThat(byNumber.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(byNumber.getBody().path("detail").asText()).isEqualTo("no order with id '" + number + "': " + number
            + " is the number of order " + orderId + ", and the API names an order by its id (/api/orders/" + orderId + ")");
        assertThat(post("/api/orders/" + number.toLowerCase() + "/payment", "{\"amount\": 1, \"currency\": \"USD\"}").getBody()
            .path("detail").asText()).contains("/api/orders/" + orderId);
        runContinuations();
        assertThat(post(order + "/payment", "{\"currency\": \"USD\"}").getBody().path("errors").findValuesAsText("field")).contains("amount");
        runContinuations();
        assertThat(post(order + "/payment", "{\"amount\": 6250, \"currency\": \"EUR\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        runContinuations();
        assertThat(post(order + "/shipment", "{\"carrier\": \"DHL\", \"trackingNumber\": \"X1\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runContinuations();
        assertThat(post(order + "/exceptions", "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"late\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runContinuations();
        assertThat(post(order + "/payment", "{\"amount\": 6250, \"currency\": \"usd\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(post(order + "/payment", "{\"amount\": 6250, \"currency\": \"USD\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runContinuations();
        assertThat(get(order).getBody().path("order").path("paymentStatus").asText()).isEqualTo("PAID");

        Task confirm = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(confirm.getTaskDefinitionKey()).isEqualTo("confirmOrder");
        tasks.complete(confirm.getId(), Map.of(OrderFulfilment.Var.DELIVERY_DATE, ClientWorkingDays.onOrAfter(etiquette, "DE", TODAY.plusDays(90)).toString(),
            OrderFulfilment.Var.SHIPPING_METHOD, "SEA"));
        runContinuations();
        assertThat(get(order).getBody().path("order").path("shippingMethod").asText()).isEqualTo("SEA");

        assertThat(post(order + "/stock-forecast", "{}").getBody().path("errors").findValuesAsText("field")).contains("stockReadyOn");
        runContinuations();
        assertThat(post(order + "/stock-forecast", "{\"stockReadyOn\": \"soon\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        runContinuations();
        assertThat(post(order + "/stock-forecast", "{\"stockReadyOn\": \"" + TODAY.plusDays(60) + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(post(order + "/stock-forecast", "{\"stockReadyOn\": \"" + TODAY.plusDays(62) + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        ResponseEntity<JsonNode> badException = post(order + "/exceptions", "{\"kind\": \"FIRE\"}");
        runContinuations();
        assertThat(badException.getBody().path("errors").findValuesAsText("field")).contains("kind", "description");
        assertThat(post(order + "/exceptions", "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \"Port closed\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(get(order).getBody().path("currentSteps").findValuesAsText("activityId")).contains("sendExceptionNotice", "notifyStockReady");

        String fulfilment = runtime.createProcessInstanceQuery().processDefinitionKey(OrderFulfilment.KEY)
            .processInstanceBusinessKey(orderId).singleResult().getId();
        // the exception's emergency plan (a called process with the order id as business key) has three roles
        String plan = runtime.createProcessInstanceQuery().superProcessInstanceId(fulfilment).singleResult().getId();
        for (Task t : tasks.createTaskQuery().processInstanceIdIn(fulfilment, plan).list()) {
            switch (t.getTaskDefinitionKey()) {
                case "updateProductionProgress" -> tasks.complete(t.getId(), Map.of("progressPercent", 100, "stockComplete", true));
                case "notifyStockReady" -> tasks.complete(t.getId());
                case "sendExceptionNotice" -> tasks.complete(t.getId(), Map.of("exceptionCause", "Strike at the port",
                    "exceptionSolution", "Rerouted via Shanghai", "expectedRecovery", TODAY.plusDays(20) + "T08:00Z"));
                case "talkToSupplier" -> tasks.complete(t.getId(), Map.of("supplierAnswer", "The forwarder rebooks"));
                case "designFix" -> tasks.complete(t.getId(), Map.of("fixPlan", "Second port", "fixEffectiveBy", TODAY.plusDays(30).toString()));
                default -> { }
            }
        }
        tasks.complete(tasks.createTaskQuery().processInstanceId(fulfilment).taskDefinitionKey("clearCustoms").singleResult().getId(),
            Map.of(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, "26DE123456789012A3"));
        runContinuations();
        ResponseEntity<JsonNode> noTracking = post(order + "/shipment", "{}");
        runContinuations();
        assertThat(noTracking.getBody().path("errors").findValuesAsText("field")).containsExactly("trackingNumber");
        assertThat(post(order + "/delivery", "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runContinuations();
        assertThat(post(order + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU1\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        ResponseEntity<JsonNode> again = post(order + "/shipment", "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU2\"}");
        runContinuations();
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText()).contains("shipped already");
        assertThat(get(order).getBody().path("order").path("trackingNumber").asText()).isEqualTo("MAEU1");
        assertThat(post(order + "/delivery", "{\"deliveredAt\": \"next week\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        runContinuations();
        assertThat(post(order + "/delivery", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();
        assertThat(post(order + "/delivery", "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runContinuations();
        JsonNode done = get(order).getBody();
        assertThat(done.path("order").path("status").asText()).isEqualTo("DELIVERED");
        assertThat(done.path("currentSteps").findValuesAsText("activityId")).contains("afterSalesCheckIn");
    }

    @Test
    void shouldDeclineWithAnObjection() {
        String id = post("/api/inquiries", inquiry("declines@acme.example", null)).getBody().path("id").asText();
        runContinuations();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), JourneyFixture.quote());
        runContinuations();
        ResponseEntity<JsonNode> r = post("/api/inquiries/" + id + "/client-response", "{\"decision\": \"DECLINED\", \"objection\": \"PRICE\"}");
        runContinuations();
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = get("/api/inquiries/" + id).getBody();
        assertThat(view.path("inquiry").path("status").asText()).isEqualTo("DECLINED");
        assertThat(view.path("currentSteps").get(0).path("activityId").asText()).isEqualTo("handleObjection");
    }

    @Test
    void shouldStartThroughEngineRestWithTheDocumentedVariables() {
        String ok = """
            {"variables": {"company": {"value": "Rest Co"}, "contactName": {"value": "Ken"}, "email": {"value": "ken@rest.example"},
                           "country": {"value": "JP"}, "product": {"value": "Valve"}, "quantity": {"value": 10, "type": "Integer"}}}""";
        ResponseEntity<JsonNode> started = post("/engine-rest/process-definition/key/clientJourney/start", ok);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String pi = started.getBody().path("id").asText();
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
        assertThat(get("/api/inquiries/" + businessKey).getStatusCode()).isEqualTo(HttpStatus.OK);

        long before = runtime.createProcessInstanceQuery().count();
        ResponseEntity<JsonNode> refused = post("/engine-rest/process-definition/key/clientJourney/start",
            "{\"variables\": {\"company\": {\"value\": \"Rest Co\"}, \"country\": {\"value\": \"XX\"}}}");
        runContinuations();
        assertThat(refused.getStatusCode().is4xxClientError() || refused.getStatusCode().is5xxServerError()).isTrue();
        assertThat(refused.getBody().path("message").asText()).contains("contactName is required", "email is required", "country");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
        ResponseEntity<JsonNode> jp = post("/engine-rest/process-definition/key/clientJourney/start",
            ok.replace("\"country\": {\"value\": \"JP\"}", "\"country\": {\"value\": \"JP\"}, \"language\": {\"value\": \"jp\"}"));
        runContinuations();
        assertThat(jp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jp.getBody().path("message").asText()).contains("language 'jp' is not a known language (JP is the country code of Japan");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
        assertThat(api.post("/engine-rest/process-definition/key/clientJourney/start", ok, "nobody").getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        runContinuations();
    }
}
