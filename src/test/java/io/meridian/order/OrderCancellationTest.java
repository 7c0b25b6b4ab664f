package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.ReceivedMail;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An order called off: its fulfilment or journey cancelled (in the engine, or with {@code DELETE
 * /engine-rest/process-instance/{id}}). The client gets no order confirmation, report or tracking number about it (the
 * emails still planned are WITHDRAWN, those sent stay SENT), the order is CANCELLED with when and why in GET, in the list
 * and its status filter, and a later payment, forecast, shipment, delivery or milestone is a 409 naming the cancellation.
 * Before, the confirmation still went out and the order stayed CONFIRMED.
 */
@MeridianTest
class OrderCancellationTest {

    /** Monday 11 January 2027, 09:00 in Berlin: the German client's emails planned for their opening (after the quote) are due. */
    static final Instant BERLIN_MORNING = Instant.parse("2027-01-11T08:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    ApplicationContext context;

    @Test
    void shouldWithdrawTheOrderConfirmationAndRefuseTheShipmentOfAnOrderWhoseFulfilmentIsCancelled() {
        String email = "weber-called-off@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        assertThat(messages(order)).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText())
            .containsExactly("ORDER_CONFIRMATION: PLANNED");

        // the client calls the order off before their morning: an administrator cancels its fulfilment
        engine.getRuntimeService().deleteProcessInstance(OrderFixture.fulfilment(engine, journey).getId(), "Client cancelled the order");

        JsonNode cancelled = get("/api/orders/" + order).path("order");
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(Instant.parse(cancelled.path("cancelledAt").asText())).isEqualTo(OrderFixture.START);
        assertThat(cancelled.path("cancellationReason").asText()).isEqualTo("Order fulfilment cancelled: Client cancelled the order");
        assertThat(messages(order)).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText() + ": "
                + m.path("lastError").asText())
            .containsExactly("ORDER_CONFIRMATION: WITHDRAWN: withdrawn before it went out: order " + number + " ended without a delivery"
                + " on Mon 11 Jan 2027 in the client's time zone Europe/Berlin (Order fulfilment cancelled: Client cancelled the order)");
        String inquiry = (String) engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(journey.getId())
            .singleResult().getBusinessKey();
        assertThat(list("/api/inquiries/" + inquiry + "/messages")).extracting(m -> m.path("messageKind").asText() + ": "
                + m.path("status").asText())
            .as("the quote the client had not been sent yet goes with the order").contains("QUOTE: WITHDRAWN").doesNotContain("QUOTE: PLANNED");
        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING));
        mail.deliverDue();
        assertThat(mail.receivedBy(email)).isEmpty();

        String why = "order " + number + " was cancelled at " + OrderFixture.START
            + " (Order fulfilment cancelled: Client cancelled the order): it is not waiting for ";
        assertRefused(api.post("/api/orders/" + order + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU1234567\"}", "shop"), why + "a shipment");
        assertRefused(api.post("/api/orders/" + order + "/delivery", "{}", "shop"), why + "a delivery");
        assertRefused(api.post("/api/orders/" + order + "/stock-forecast", "{\"stockReadyOn\": \"2027-03-01\"}", "shop"),
            why + "a stock forecast");
        assertRefused(api.post("/api/orders/" + order + "/exceptions",
            "{\"kind\": \"PRODUCTION_DELAY\", \"description\": \"Moulds late\"}", "shop"), why + "a production delay or logistics hold");
        ResponseEntity<JsonNode> milestone = api.post("/api/orders/" + order + "/milestones",
            "{\"name\": \"Sample approval\", \"dueOn\": \"2027-01-20\", \"checklist\": [\"Golden sample signed\"]}", "shop");
        assertThat(milestone.getStatusCode()).as(String.valueOf(milestone.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(milestone.getBody().path("detail").asText()).startsWith("order " + number + " was cancelled at " + OrderFixture.START);
    }

    @Test
    void shouldShowAnOrderWhoseJourneyIsCancelledOverEngineRestAsCancelledAndRefuseItsPayment() {
        ProcessInstance journey = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY,
            startVariables("DE", "weber-unpaid-off@weber.example"));
        complete(task(journey), quote());
        AsyncContinuations.runAll(engine);
        JourneyFixture.clientAccepts(engine, journey);
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        assertThat(get("/api/orders/" + order).path("order").path("status").asText()).isEqualTo("AWAITING_PAYMENT");

        // cancelled in the engine's REST API, as an administrator does it (no reason given)
        ResponseEntity<String> deleted = http.withBasicAuth("demo", "demo")
            .exchange("/engine-rest/process-instance/" + journey.getId(), HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode cancelled = get("/api/orders/" + order).path("order");
        assertThat(cancelled.path("status").asText() + ": " + cancelled.path("cancellationReason").asText())
            .isEqualTo("CANCELLED: Client journey cancelled");
        assertThat(ids(get("/api/orders?status=CANCELLED&size=100"))).contains(order);
        assertThat(ids(get("/api/orders?status=AWAITING_PAYMENT&size=100"))).doesNotContain(order);
        assertRefused(api.post("/api/orders/" + order + "/payment",
                "{\"amount\": 1000.00, \"currency\": \"USD\"}", "shop"),
            "order " + number + " was cancelled at " + OrderFixture.START + " (Client journey cancelled): it is not waiting for a payment");
        assertThat(get("/api/orders/" + order).path("payments")).isEmpty();

        // the inquiry stays ORDERED (it became an order); its answer and the list say the order is off
        String inquiry = journey.getBusinessKey();
        JsonNode view = get("/api/inquiries/" + inquiry);
        assertThat(view.path("inquiry").path("status").asText() + ", order " + view.path("order").path("orderNumber").asText() + ": "
                + view.path("order").path("status").asText() + " at " + view.path("order").path("cancelledAt").asText() + " ("
                + view.path("order").path("cancellationReason").asText() + ")")
            .isEqualTo("ORDERED, order " + number + ": CANCELLED at " + OrderFixture.START + " (Client journey cancelled)");
        JsonNode listed = null;
        for (JsonNode item : get("/api/inquiries?status=ORDERED&size=100").path("items")) {
            if (inquiry.equals(item.path("inquiry").path("id").asText())) {
                listed = item;
            }
        }
        assertThat(listed).as("listed").isNotNull();
        assertThat(listed.path("order").path("id").asText() + ": " + listed.path("order").path("status").asText())
            .isEqualTo(order + ": CANCELLED");
        // the inquiries whose order was called off, by the order's status
        assertThat(inquiryIds(get("/api/inquiries?orderStatus=CANCELLED&size=100"))).contains(inquiry);
        assertThat(inquiryIds(get("/api/inquiries?orderStatus=awaiting_payment,PAID&orderStatus=CONFIRMED&size=100")))
            .doesNotContain(inquiry);
        JsonNode both = get("/api/inquiries?status=ORDERED&orderStatus=CANCELLED&size=100");
        assertThat(inquiryIds(both)).contains(inquiry).hasSize(both.path("total").asInt());
        ResponseEntity<JsonNode> unknown = http.withBasicAuth("olivia", "demo").getForEntity("/api/inquiries?orderStatus=GONE",
            JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().toString()).contains("unknown orderStatus 'GONE' (one or more of AWAITING_PAYMENT, PAID, CONFIRMED,"
            + " SHIPPED, DELIVERED, CANCELLED)");
    }

    @Test
    void shouldKeepTheEmailsSentBeforeTheCancellation() {
        String email = "weber-sent-then-off@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING));
        mail.deliverDue();
        int received = mail.receivedBy(email).size();
        assertThat(mail.receivedBy(email)).extracting(ReceivedMail::subject).anyMatch(s -> s.contains("Order confirmation"));

        engine.getRuntimeService().deleteProcessInstance(OrderFixture.fulfilment(engine, journey).getId(), null);

        assertThat(messages(order)).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText())
            .containsExactly("ORDER_CONFIRMATION: SENT");
        assertThat(mail.receivedBy(email)).hasSize(received);
        JsonNode cancelled = get("/api/orders/" + order).path("order");
        assertThat(cancelled.path("status").asText() + " at " + cancelled.path("cancelledAt").asText() + ": "
                + cancelled.path("cancellationReason").asText())
            .startsWith("CANCELLED at 2027-01-11T08:00").endsWith(": Order fulfilment cancelled");
    }

    @Test
    void shouldEndTheTasksToReachTheClientAboutTheUndeliveredEmailsOfACancelledOrder() throws Exception {
        String email = "weber-bounced-then-off@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING));
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(email, "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        String confirmation = messages(order).get(0).path("id").asText();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(confirmation).count())
            .as("the order desk is to reach the client about the order confirmation").isOne();

        // the client calls the order off before anyone reached them
        Instant off = BERLIN_MORNING.plusSeconds(3600);
        ClockUtil.setCurrentTime(Date.from(off));
        engine.getRuntimeService().deleteProcessInstance(OrderFixture.fulfilment(engine, journey).getId(), "Client cancelled the order");

        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(confirmation).count())
            .as("no order confirmation left to get to the client of an order that is off").isZero();
        JsonNode failed = messages(order).get(0);
        assertThat(failed.path("status").asText() + " settled by " + failed.path("settled").path("by").asText() + ": "
                + failed.path("settled").path("note").asText())
            .isEqualTo("FAILED settled by system: not needed any more: order " + number + " was cancelled at " + off
                + " (Order fulfilment cancelled: Client cancelled the order)");
        String inquiry = (String) engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(journey.getId())
            .singleResult().getBusinessKey();
        assertThat(list("/api/inquiries/" + inquiry + "/messages")).filteredOn(m -> "FAILED".equals(m.path("status").asText()))
            .as("the quote's task ended with it").isNotEmpty()
            .allSatisfy(m -> assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(m.path("id").asText())
                .count()).isZero());
    }

    @Test
    void shouldTellTheTeamAComplaintIsAboutACancelledOrder() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-complains-off@weber.example"), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        engine.getRuntimeService().deleteProcessInstance(OrderFixture.fulfilment(engine, journey).getId(), "Client cancelled the order");

        ResponseEntity<JsonNode> opened = api.post("/api/complaints", "{\"orderId\": \"" + order + "\", \"category\": \"DELIVERY_DELAY\","
            + " \"wording\": \"MILD\", \"description\": \"We cancelled because the goods were late.\"}", "shop");
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);

        ProcessInstance complaint = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("complaintHandling")
            .variableValueEquals("orderId", order).singleResult();
        Task first = engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId()).list().get(0);
        assertThat((String) engine.getTaskService().getVariableLocal(first.getId(), "briefing"))
            .contains(", order " + number + "\n\n**Order cancelled:** Mon 11 Jan 2027 10:00 team time (Asia/Shanghai) = Mon 11 Jan 2027 03:00"
                + " client time (Europe/Berlin): Order fulfilment cancelled: Client cancelled the order\n\n> We cancelled");
    }

    private void assertRefused(ResponseEntity<JsonNode> answer, String detail) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().path("detail").asText()).startsWith(detail);
    }

    private List<JsonNode> messages(String order) {
        return list("/api/orders/" + order + "/messages");
    }

    private List<JsonNode> list(String path) {
        List<JsonNode> all = new ArrayList<>();
        get(path).forEach(all::add);
        return all;
    }

    private static List<String> inquiryIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("inquiry").path("id").asText()));
        return ids;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("order").path("id").asText()));
        return ids;
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> r = http.withBasicAuth("olivia", "demo").getForEntity(path, JsonNode.class);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }
}
