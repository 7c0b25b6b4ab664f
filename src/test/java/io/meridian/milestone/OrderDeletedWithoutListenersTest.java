package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.benchmark.SqlStatementCounter;
import io.meridian.order.OrderFixture;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.ReceivedMail;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An order whose fulfilment or journey was deleted with Cockpit's "Skip Custom Listeners" ticked (or engine-rest's
 * {@code skipCustomListeners=true}): nothing of Meridian's hears of it, so before, the order stayed CONFIRMED and its
 * planned client emails still went out until the server's next start. Now the relay notices just before an email about
 * the order goes out, and the periodic check of running orders within minutes: the order is CANCELLED with a reason that
 * says which process was deleted when, without its listeners, and when the server noticed; the email is withdrawn.
 */
@MeridianTest
class OrderDeletedWithoutListenersTest {

    /** Monday 11 January 2027, 09:00 in Berlin: the German client's emails planned for their opening are due. */
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
    OrderLedger orders;
    @Autowired
    OrderEndsCheck check;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    JdbcClient jdbc;

    MilestoneSteps steps;

    @BeforeEach
    void steps() {
        steps = new MilestoneSteps(engine, api);
    }

    @Test
    void shouldCancelTheOrderAndWithdrawItsEmailsWhenTheRelayFindsItsFulfilmentDeletedWithoutListeners() {
        String email = "weber-skipped-listeners@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        // an administrator deletes the fulfilment over engine-rest, "Skip Custom Listeners" ticked, no reason given
        ResponseEntity<String> deleted = http.withBasicAuth("demo", "demo").exchange("/engine-rest/process-instance/"
            + OrderFixture.fulfilment(engine, journey).getId() + "?skipCustomListeners=true", HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(orders.byId(order).orElseThrow().status()).as("nothing heard of it").isEqualTo(OrderRecord.Status.CONFIRMED);

        // the client's morning: the relay is about to send what waited for it
        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING));
        mail.deliverDue();

        assertThat(mail.receivedBy(email)).isEmpty();
        JsonNode cancelled = get("/api/orders/" + order).path("order");
        // who deleted it, as Camunda's user operation log has it
        String how = "Order fulfilment deleted by demo at " + OrderFixture.START + " without its listeners; noticed at " + BERLIN_MORNING
            // the quote of its inquiry was due first (the confirmation follows it): the relay noticed there
            + " before the quote went out";
        assertThat(cancelled.path("status").asText() + " at " + cancelled.path("cancelledAt").asText() + ": "
                + cancelled.path("cancellationReason").asText())
            .isEqualTo("CANCELLED at " + BERLIN_MORNING + ": " + how);
        String why = "withdrawn before it went out: order " + number + " ended without a delivery on Mon 11 Jan 2027 in the client's"
            + " time zone Europe/Berlin (" + how + ")";
        assertThat(steps.messages(order)).extracting(m -> m.path("messageKind").asText() + ": " + m.path("status").asText() + ": "
                + m.path("lastError").asText())
            .containsExactly("ORDER_CONFIRMATION: WITHDRAWN: " + why);
        assertThat(list("/api/inquiries/" + inquiry(order) + "/messages")).extracting(m -> m.path("messageKind").asText() + ": "
                + m.path("status").asText() + ": " + m.path("lastError").asText())
            .contains("QUOTE: WITHDRAWN: " + why);
    }

    @Test
    void shouldCancelAtThePeriodicCheckAnOrderWhoseJourneyWasDeletedWithoutListenersAndWithdrawItsMilestones() {
        ProcessInstance journey = OrderFixture.paidOrder(engine, startVariables("DE", "weber-periodic@weber.example"));
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        String samples = steps.planned(order, "Sample approval", "2027-01-20", "Golden sample signed");
        ProcessInstance running = OrderFixture.paidOrder(engine, startVariables("DE", "weber-periodic-running@weber.example"));
        String runningOrder = OrderFixture.orderId(engine, running);
        OrderRecord.Status before = orders.byId(runningOrder).orElseThrow().status();
        // Monday 10:00 in Berlin, Cockpit's cancel with its default "Skip Custom Listeners"
        Instant deletedAt = Instant.parse("2027-01-11T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(deletedAt));
        engine.getRuntimeService().deleteProcessInstance(journey.getId(), "Client went to another supplier", true);

        Instant checkedAt = deletedAt.plusSeconds(300);
        ClockUtil.setCurrentTime(Date.from(checkedAt));
        check.check();

        String how = "Client journey deleted at " + deletedAt + " without its listeners: Client went to another supplier; noticed at "
            + checkedAt + " by the server's periodic check of running orders";
        OrderRecord cancelled = orders.byId(order).orElseThrow();
        assertThat(cancelled.status() + " at " + cancelled.cancelledAt() + ": " + cancelled.cancellationReason())
            .isEqualTo("CANCELLED at " + checkedAt + ": " + how);
        assertThat(steps.list(order)).extracting(m -> m.path("id").asText() + ": " + m.path("state").asText() + ": "
                + m.path("withdrawalReason").asText())
            .containsExactly(samples + ": WITHDRAWN: Withdrawn: order " + number + " ended without a delivery on Mon 11 Jan 2027 in the"
                + " client's time zone Europe/Berlin (" + how + ") before the client confirmed this milestone; no checklist goes to"
                + " the client and no task stays open for an order that is not delivered.");
        assertThat(steps.running(order)).isZero();
        assertThat(orders.byId(runningOrder).orElseThrow().status()).as("still running: untouched").isEqualTo(before);

        // the next check, and the next start, change nothing
        ClockUtil.setCurrentTime(Date.from(checkedAt.plusSeconds(300)));
        check.check();
        check.atStart();
        OrderRecord again = orders.byId(order).orElseThrow();
        assertThat(again.cancelledAt() + ": " + again.cancellationReason()).isEqualTo(checkedAt + ": " + how);
    }

    /** A list of every running instance of some processes: no business key, no instance id, only the processes' keys. */
    static final Pattern RUNNING_LIST = Pattern.compile("^(?!.*BUSINESS_KEY_)(?!.*RES\\.ID_ =)select distinct RES\\.\\* .*from"
        + " ACT_RU_EXECUTION RES .*P\\.KEY_ (= \\?|in \\()");

    /**
     * One check lists the running journeys and fulfilments once, in one query, for the orders and the inquiries alike, where
     * it listed them three times: once for each process for the orders, and the journeys again for the inquiries.
     */
    @Test
    void shouldListTheRunningJourneysAndFulfilmentsOnceACheck() {
        OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-listed-once@weber.example"), "2027-04-14");
        sql.reset();
        check.check();
        Map<String, Long> lists = sql.matching(RUNNING_LIST);
        assertThat(lists.values().stream().mapToLong(Long::longValue).sum()).as("lists of running process instances: " + lists)
            .isEqualTo(1);
    }

    @Test
    void shouldNameTheJourneyAUserDeletedAndWhoNotTheFulfilmentItEndedWithIt() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-journey-deleted@weber.example"),
            "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        assertThat(OrderFixture.fulfilment(engine, journey)).as("in fulfilment").isNotNull();
        // the journey deleted over engine-rest without its listeners: its fulfilment ends with it, at the same moment
        ResponseEntity<String> deleted = http.withBasicAuth("demo", "demo").exchange("/engine-rest/process-instance/" + journey.getId()
            + "?skipCustomListeners=true", HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        Instant checkedAt = OrderFixture.START.plusSeconds(300);
        ClockUtil.setCurrentTime(Date.from(checkedAt));
        check.check();

        OrderRecord cancelled = orders.byId(order).orElseThrow();
        assertThat(cancelled.status() + ": " + cancelled.cancellationReason()).isEqualTo("CANCELLED: Client journey deleted by demo at "
            + OrderFixture.START + " without its listeners; noticed at " + checkedAt + " by the server's periodic check of running orders");
    }

    @Test
    void shouldWithdrawAnEmailANodeHadClaimedWhenItsOrderWasCancelled() {
        String email = "weber-claimed-then-off@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        String confirmation = steps.messages(order).get(0).path("id").asText();
        // a node claimed the confirmation and stopped before it reached the mail server; its claim runs until 08:05
        jdbc.sql("update outbox_message set status = 'SENDING', attempts = 1, claimed_until = :until, follows = null where id = :id")
            .param("until", Timestamp.from(BERLIN_MORNING.plusSeconds(300))).param("id", confirmation).update();
        // meanwhile the fulfilment is cancelled with its listeners: the emails still PLANNED are withdrawn, not this one
        engine.getRuntimeService().deleteProcessInstance(OrderFixture.fulfilment(engine, journey).getId(), "Client cancelled the order");
        assertThat(steps.messages(order)).extracting(m -> m.path("status").asText()).containsExactly("SENDING");

        // the claim ran out: another node picks the email up
        ClockUtil.setCurrentTime(Date.from(BERLIN_MORNING.plusSeconds(600)));
        mail.deliverDue();

        assertThat(mail.receivedBy(email)).extracting(ReceivedMail::subject).noneMatch(s -> s.startsWith("Order confirmation"));
        assertThat(steps.messages(order)).extracting(m -> m.path("status").asText() + ": " + m.path("lastError").asText())
            .containsExactly("WITHDRAWN: withdrawn before it went out: order " + number + " was cancelled at " + OrderFixture.START
                + " (Order fulfilment cancelled: Client cancelled the order)");
    }

    @Test
    void shouldRecordTheCancellationItsShipmentNamesWhenTheFulfilmentWasDeletedWithoutListenersUnnoticed() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-shipped-after-off@weber.example"),
            "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        engine.getRuntimeService().deleteProcessInstance(OrderFixture.fulfilment(engine, journey).getId(), "Client cancelled", true);
        Instant posted = OrderFixture.START.plusSeconds(600);
        ClockUtil.setCurrentTime(Date.from(posted));

        // the shop reports the shipment with an Idempotency-Key: the request runs in one transaction, rolled back on its 409
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "ship-" + order);
        ResponseEntity<JsonNode> refused = http.withBasicAuth("shop", "demo").exchange("/api/orders/" + order + "/shipment",
            HttpMethod.POST, new HttpEntity<>("{\"carrier\": \"DHL\", \"trackingNumber\": \"JD0146\"}", headers), JsonNode.class);

        String how = "Order fulfilment deleted at " + OrderFixture.START + " without its listeners: Client cancelled; noticed at "
            + posted + " when a shipment was posted";
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("detail").asText()).isEqualTo("order " + number + " was cancelled at " + posted + " (" + how
            + "): it is not waiting for a shipment (status CANCELLED); nothing was recorded");
        JsonNode cancelled = get("/api/orders/" + order).path("order");
        assertThat(cancelled.path("status").asText() + " at " + cancelled.path("cancelledAt").asText() + ": "
                + cancelled.path("cancellationReason").asText() + "; tracking " + cancelled.path("trackingNumber").asText())
            .isEqualTo("CANCELLED at " + posted + ": " + how + "; tracking null");
        assertThat(steps.messages(order)).extracting(m -> m.path("status").asText()).containsOnly("WITHDRAWN");
    }

    @Test
    void shouldRecordTheCancellationAMilestoneAndAPaymentNameWhenTheJourneyWasDeletedWithoutListenersUnnoticed() {
        ProcessInstance journey = OrderFixture.paidOrder(engine, startVariables("DE", "weber-milestone-after-off@weber.example"));
        String order = OrderFixture.orderId(engine, journey);
        String number = OrderFixture.orderNumber(engine, journey);
        engine.getRuntimeService().deleteProcessInstance(journey.getId(), null, true);
        Instant posted = OrderFixture.START.plusSeconds(600);
        ClockUtil.setCurrentTime(Date.from(posted));

        ResponseEntity<JsonNode> milestone = api.post("/api/orders/" + order + "/milestones",
            "{\"name\": \"Sample approval\", \"dueOn\": \"2027-01-20\", \"checklist\": [\"Golden sample signed\"]}", "shop");

        String how = "Client journey deleted at " + OrderFixture.START + " without its listeners; noticed at " + posted
            + " when a milestone was posted";
        assertThat(milestone.getStatusCode()).as(String.valueOf(milestone.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(milestone.getBody().path("detail").asText()).startsWith("order " + number + " was cancelled at " + posted + " ("
            + how + "): no milestone is planned for it");
        OrderRecord cancelled = orders.byId(order).orElseThrow();
        assertThat(cancelled.status() + ": " + cancelled.cancellationReason()).isEqualTo("CANCELLED: " + how);
        assertThat(steps.list(order)).isEmpty();

        // a payment after it names the same cancellation, which stays as it was
        ClockUtil.setCurrentTime(Date.from(posted.plusSeconds(60)));
        ResponseEntity<JsonNode> payment = api.post("/api/orders/" + order + "/payment", "{\"amount\": 10.00, \"currency\": \"USD\"}", "shop");
        assertThat(payment.getStatusCode()).as(String.valueOf(payment.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(payment.getBody().path("detail").asText()).startsWith("order " + number + " was cancelled at " + posted + " ("
            + how + "): it is not waiting for a payment");
    }

    @Test
    void shouldRefuseAMilestonesConfirmationNamingTheCancellationItRecordsWhenTheFulfilmentWasDeletedWithoutListenersUnnoticed() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-confirmed-after-off@weber.example"),
            "2027-04-14");
        String order = OrderFixture.orderId(engine, journey);
        String samples = steps.planned(order, "Sample approval", "2027-01-20", "Golden sample signed");
        engine.getRuntimeService().deleteProcessInstance(OrderFixture.fulfilment(engine, journey).getId(), null, true);
        Instant posted = OrderFixture.START.plusSeconds(600);
        ClockUtil.setCurrentTime(Date.from(posted));

        ResponseEntity<JsonNode> refused = api.post("/api/orders/" + order + "/milestones/" + samples + "/confirmation",
            "{\"note\": \"Signed on the call\"}", "shop");

        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("detail").asText()).startsWith("milestone 'Sample approval' was withdrawn (" + posted + "): Withdrawn:")
            .contains("(Order fulfilment deleted at " + OrderFixture.START + " without its listeners; noticed at " + posted
                + " when a milestone's confirmation was posted)");
        assertThat(orders.byId(order).orElseThrow().status()).isEqualTo(OrderRecord.Status.CANCELLED);
        assertThat(steps.list(order)).extracting(m -> m.path("state").asText()).containsExactly("WITHDRAWN");
    }

    private String inquiry(String order) {
        return orders.byId(order).orElseThrow().inquiryId();
    }

    private List<JsonNode> list(String path) {
        List<JsonNode> all = new ArrayList<>();
        get(path).forEach(all::add);
        return all;
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> r = http.withBasicAuth("olivia", "demo").getForEntity(path, JsonNode.class);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }
}
