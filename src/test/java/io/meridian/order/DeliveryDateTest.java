package io.meridian.order;

import static io.meridian.testsupport.ClientDays.LOS_ANGELES_EVENING;
import static io.meridian.testsupport.ClientDays.TOKYO_MORNING;
import static io.meridian.testsupport.ClientDays.TUESDAY;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.InvalidInputException;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TasklistSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The delivery date promised to the client, at "Confirm order" and when the stock comes after it, lies from the
 * client's today on (the day in the client's clock, not the server's UTC date) and on a working day of the client; at
 * "Confirm order" no sooner than the quoted lead time allows, unless the desk ticks "Rush order".
 */
@MeridianTest
class DeliveryDateTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    OrderLedger orders;
    @Autowired
    ApiCalls api;
    @Autowired
    Outbox outbox;
    @LocalServerPort
    int port;

    @Test
    void shouldRefuseAtConfirmOrderADeliveryDateThatIsYesterdayForATokyoClient() {
        // no time zone of its own: the one the etiquette gives Japan
        ProcessInstance pi = OrderFixture.paidOrder(engine, startVariables("JP", "delivery-tokyo@example.com"));
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), confirmation(TUESDAY)))
            .hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("deliveryDate 2027-01-12 lies in the past (today is Wed 13 Jan 2027 in the client's time zone Asia/Tokyo)");
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        complete(task(pi), confirmation("2027-01-13"));
        runContinuations();
        assertThat(pi).hasPassed(Activity.CONFIRM_ORDER);
    }

    @Test
    void shouldTakeAtConfirmOrderADeliveryDateThatIsStillTodayForALosAngelesClient() {
        ProcessInstance pi = OrderFixture.paidOrder(engine, losAngeles("delivery-la@example.com"));
        ClockUtil.setCurrentTime(Date.from(LOS_ANGELES_EVENING));

        complete(task(pi), confirmation(TUESDAY));
        runContinuations();
        assertThat(pi).hasPassed(Activity.CONFIRM_ORDER);
        assertThat(orders.byId(OrderFixture.orderId(engine, pi)).orElseThrow().deliveryDate())
            .isEqualTo(LocalDate.parse(TUESDAY));
    }

    @Test
    void shouldRefuseAtConfirmOrderADateSoonerThanTheQuotedLeadTimeUnlessTheDeskTicksRushOrder() {
        // quoted: lead time 25 days after order confirmation; confirmed on Monday 11 January in Berlin
        ProcessInstance pi = OrderFixture.paidOrder(engine, startVariables("DE", "lead-time@example.com"));
        String order = OrderFixture.orderId(engine, pi);
        assertThat((String) taskService().getVariable(task(pi).getId(), "briefing")).contains("**Quoted lead time:** 25 days after order"
            + " confirmation: confirmed today (Mon 11 Jan 2027 for the client), the earliest delivery date is Fri 5 Feb 2027");

        ResponseEntity<JsonNode> soon = confirm(pi, "2027-01-14", false);
        assertThat(soon.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(soon.getBody().path("message").asText()).isEqualTo("deliveryDate 2027-01-14 is sooner than the quoted lead time"
            + " allows: 25 days after order confirmation (today is Mon 11 Jan 2027 in the client's time zone Europe/Berlin) the"
            + " earliest delivery is Fri 5 Feb 2027, a working day of the client; promise that day or later, or tick \"Rush order\""
            + " (rushOrder) when the factory has agreed to deliver sooner");
        assertThat(confirm(pi, "2027-02-04", false).getStatusCode()).as("a day short").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        assertThat(orders.byId(order).orElseThrow().deliveryDate()).isNull();

        // the factory agreed to a rush: the desk says so, and the sooner date is taken
        assertThat(confirm(pi, "2027-01-14", true).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).hasPassed(Activity.CONFIRM_ORDER);
        assertThat(orders.byId(order).orElseThrow().deliveryDate()).isEqualTo(LocalDate.parse("2027-01-14"));
    }

    @Test
    void shouldTakeAtConfirmOrderTheEarliestDayTheLeadTimeAllows() {
        ProcessInstance pi = OrderFixture.paidOrder(engine, startVariables("DE", "lead-time-met@example.com"));

        assertThat(confirm(pi, "2027-02-05", false).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(orders.byId(OrderFixture.orderId(engine, pi)).orElseThrow().deliveryDate()).isEqualTo(LocalDate.parse("2027-02-05"));
    }

    @Test
    void shouldRefuseAtConfirmOrderADeliveryDateMoreThanAYearPastTheLeadTime() {
        // confirmed on Monday 11 January 2027 in Berlin, lead time 25 days: the earliest Fri 5 Feb 2027, a year on at most
        ProcessInstance pi = OrderFixture.paidOrder(engine, startVariables("DE", "year-slip@example.com"));

        ResponseEntity<JsonNode> slip = confirm(pi, "2072-02-05", false);
        assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(slip.getBody().path("message").asText()).isEqualTo("deliveryDate 2072-02-05 is more than a year after the quoted"
            + " lead time of 25 days (today is Mon 11 Jan 2027 in the client's time zone Europe/Berlin; the latest is Sun 6 Feb 2028):"
            + " check the year");
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        assertThat(confirm(pi, "2028-02-04", false).getStatusCode()).as("a year and a day after the earliest, a Friday")
            .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void shouldRefuseARushOrderAndAShippingMethodTheFormDoesNotOfferNamingTheChoices() {
        ProcessInstance pi = OrderFixture.paidOrder(engine, startVariables("DE", "rush-yes@example.com"));

        // "yes" was read as false, and the date refused for the lead time the desk meant to waive
        ResponseEntity<JsonNode> yes = completeOverRest(task(pi), "{\"variables\": {\"deliveryDate\": {\"value\": \"2027-01-14\"},"
            + " \"shippingMethod\": {\"value\": \"SEA\"}, \"rushOrder\": {\"value\": \"yes\"}}}");
        assertThat(yes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(yes.getBody().path("message").asText()).startsWith("rushOrder 'yes' is not true or false: tick \"Rush order\"");
        ResponseEntity<JsonNode> boat = completeOverRest(task(pi), "{\"variables\": {\"deliveryDate\": {\"value\": \"2027-02-05\"},"
            + " \"shippingMethod\": {\"value\": \"BOAT\"}}}");
        assertThat(boat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(boat.getBody().path("message").asText()).isEqualTo("unknown shippingMethod 'BOAT' (\"Shipping method\"): one of"
            + " SEA (\"Sea freight\"), AIR (\"Air freight\"), RAIL (\"Rail\"), ROAD (\"Road\") or EXPRESS (\"Express courier\")");
        assertThat(pi).isWaitingAt(Activity.CONFIRM_ORDER);
        assertThat(completeOverRest(task(pi), "{\"variables\": {\"deliveryDate\": {\"value\": \"2027-01-14\"},"
            + " \"shippingMethod\": {\"value\": \"air\"}, \"rushOrder\": {\"value\": \"true\"}}}").getStatusCode())
            .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void shouldRefuseADeliveryDateOnTheClientsWeekendOrPublicHolidayNamingTheClientsNextWorkingDay() {
        ProcessInstance tokyo = OrderFixture.paidOrder(engine, startVariables("JP", "weekend-tokyo@example.com"));
        ResponseEntity<JsonNode> saturday = confirm(tokyo, "2027-02-20", false);
        assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(saturday.getBody().path("message").asText()).isEqualTo("deliveryDate 2027-02-20 is a Saturday, not a working day of the"
            + " client in JP (work week MONDAY-FRIDAY): promise a working day of the client, the next is Mon 22 Feb 2027");
        // Tuesday 23 February 2027: the Emperor's Birthday, a national holiday in Japan
        ResponseEntity<JsonNode> holiday = confirm(tokyo, "2027-02-23", false);
        assertThat(holiday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(holiday.getBody().path("message").asText()).startsWith("deliveryDate 2027-02-23 is a day the client is closed in JP (")
            .endsWith("): promise a working day of the client, the next is Wed 24 Feb 2027");
        assertThat(tokyo).isWaitingAt(Activity.CONFIRM_ORDER);
        assertThat(confirm(tokyo, "2027-02-22", false).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // the client's week, not the team's: Riyadh works Sunday to Thursday
        ProcessInstance riyadh = OrderFixture.paidOrder(engine, startVariables("SA", "weekend-riyadh@example.com"));
        ResponseEntity<JsonNode> friday = confirm(riyadh, "2027-02-19", false);
        assertThat(friday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(friday.getBody().path("message").asText()).isEqualTo("deliveryDate 2027-02-19 is a Friday, not a working day of the"
            + " client in SA (work week SUNDAY-THURSDAY): promise a working day of the client, the next is Sun 21 Feb 2027");
        assertThat(confirm(riyadh, "2027-02-21", false).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void shouldRefuseAChangedDeliveryDateOnTheClientsWeekend() {
        Task review = stockAfterPromisedDelivery(startVariables("DE", "changed-weekend@example.com"));

        ResponseEntity<JsonNode> sunday = completeOverRest(review,
            "{\"variables\": {\"stockDateAction\": {\"value\": \"DATE_CHANGED\"}, \"deliveryDate\": {\"value\": \"2027-03-07\"}}}");
        assertThat(sunday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sunday.getBody().path("message").asText()).isEqualTo("deliveryDate 2027-03-07 is a Sunday, not a working day of the"
            + " client in DE (work week MONDAY-FRIDAY): promise a working day of the client, the next is Mon 8 Mar 2027");
        complete(review, dateChanged("2027-03-08"));
        assertThat(orders.byId(orderOf(review)).orElseThrow().deliveryDate()).isEqualTo(LocalDate.parse("2027-03-08"));
    }

    /**
     * The stock is forecast after the promised delivery: a new date before the stock's day would promise the client goods
     * not made yet, where it was taken and the ledger kept it. The stock's day or later is taken.
     */
    @Test
    void shouldRefuseAChangedDeliveryDateBeforeTheStockIsReady() {
        Task review = stockAfterPromisedDelivery(startVariables("DE", "changed-before-stock@example.com"));

        ResponseEntity<JsonNode> early = completeOverRest(review,
            "{\"variables\": {\"stockDateAction\": {\"value\": \"DATE_CHANGED\"}, \"deliveryDate\": {\"value\": \"2027-02-26\"}}}");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody().path("message").asText()).isEqualTo("deliveryDate 2027-02-26 is before the stock is ready"
            + " (forecast: Mon 1 Mar 2027): the goods cannot reach the client by then; promise Mon 1 Mar 2027 or later, with the"
            + " time the shipment takes");
        assertThat(orders.byId(orderOf(review)).orElseThrow().deliveryDate()).isEqualTo(LocalDate.parse("2027-02-22"));

        complete(review, dateChanged("2027-03-15"));
        assertThat(orders.byId(orderOf(review)).orElseThrow().deliveryDate()).isEqualTo(LocalDate.parse("2027-03-15"));
    }

    /**
     * A changed delivery date is an order change, which the client gets confirmed in writing (DOMAIN.md, seed 001): the
     * order confirmation again, saying the date before and the new one, where only the ledger changed. A desk that kept the
     * date and told the client sends nothing more.
     */
    @Test
    void shouldConfirmAChangedDeliveryDateToTheClientInWriting() {
        Task changed = stockAfterPromisedDelivery(startVariables("US", "changed-in-writing@example.com"));
        complete(changed, dateChanged("2027-03-15"));
        runContinuations();

        List<OutboxMessage> confirmations = confirmations(orderOf(changed));
        assertThat(confirmations).hasSize(2);
        assertThat(confirmations.get(1).subject()).startsWith("Changed delivery date: Order confirmation ");
        assertThat(confirmations.get(1).body())
            .contains("As agreed, the delivery date of your order has changed. Previous delivery date: Monday, 22 February 2027."
                + " New delivery date: Monday, 15 March 2027.")
            .contains("Delivery date: Monday, 15 March 2027");
        assertThat(confirmations.get(0).body()).doesNotContain("has changed");

        Task told = stockAfterPromisedDelivery(startVariables("US", "told-not-changed@example.com"));
        complete(told, withVariables(OrderFulfilment.Var.STOCK_DATE_ACTION, "CLIENT_TOLD"));
        runContinuations();
        assertThat(confirmations(orderOf(told))).hasSize(1);
    }

    private List<OutboxMessage> confirmations(String order) {
        return outbox.about(order).stream().filter(m -> "ORDER_CONFIRMATION".equals(m.content().messageKind())).toList();
    }

    @Test
    void shouldRefuseAChangedDeliveryDateThatIsYesterdayForATokyoClient() {
        Map<String, Object> tokyo = startVariables("JP", "changed-tokyo@example.com");
        tokyo.put(Var.TIME_ZONE, "Asia/Tokyo");
        Task review = stockAfterPromisedDelivery(tokyo, "2027-02-22", TUESDAY); // the stock no later than the new date
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));

        assertThatThrownBy(() -> taskService().complete(review.getId(), dateChanged(TUESDAY)))
            .hasRootCauseInstanceOf(InvalidInputException.class)
            .hasMessageContaining("deliveryDate 2027-01-12 lies in the past (today is Wed 13 Jan 2027 in the client's time zone Asia/Tokyo)");
        complete(review, dateChanged("2027-01-13"));
        assertThat(orders.byId(orderOf(review)).orElseThrow().deliveryDate())
            .isEqualTo(LocalDate.parse("2027-01-13"));
    }

    /** A task listener's refusal, not only a completion check's, reads in the form's words in Tasklist. */
    @Test
    void shouldRefuseInTasklistAChangedDeliveryDateByTheFormsLabel() {
        Map<String, Object> tokyo = startVariables("JP", "changed-tasklist@example.com");
        tokyo.put(Var.TIME_ZONE, "Asia/Tokyo");
        Task review = stockAfterPromisedDelivery(tokyo);
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));

        HttpResponse<String> refused = TasklistSession.logIn(port, "olivia").submitForm(review.getId(),
            Map.of(OrderFulfilment.Var.STOCK_DATE_ACTION, "DATE_CHANGED", OrderFulfilment.Var.DELIVERY_DATE, TUESDAY));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(TasklistSession.message(refused))
            .isEqualTo("New delivery date 2027-01-12 lies in the past (today is Wed 13 Jan 2027 in the client's time zone Asia/Tokyo):"
                + " promise a delivery date from today on");
        assertThat(taskService().createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isEqualTo(1);
    }

    @Test
    void shouldTakeAChangedDeliveryDateThatIsStillTodayForALosAngelesClient() {
        Task review = stockAfterPromisedDelivery(losAngeles("changed-la@example.com"), "2027-02-22", TUESDAY); // the stock no later than the new date
        ClockUtil.setCurrentTime(Date.from(LOS_ANGELES_EVENING));

        complete(review, dateChanged(TUESDAY));
        assertThat(orders.byId(orderOf(review)).orElseThrow().deliveryDate()).isEqualTo(LocalDate.parse(TUESDAY));
    }

    private static Map<String, Object> losAngeles(String email) {
        Map<String, Object> v = startVariables("US", email);
        v.put(Var.TIME_ZONE, "America/Los_Angeles");
        return v;
    }

    /** A rush order, so that only the client's today and working days judge the date, not the quote's 25 days. */
    private static Map<String, Object> confirmation(String deliveryDate) {
        return withVariables(OrderFulfilment.Var.DELIVERY_DATE, deliveryDate, OrderFulfilment.Var.SHIPPING_METHOD, "SEA",
            DeliveryDates.RUSH_ORDER, true);
    }

    /** The order desk (olivia) completes "Confirm order" as Tasklist does, over engine-rest. */
    private ResponseEntity<JsonNode> confirm(ProcessInstance journey, String deliveryDate, boolean rush) {
        return completeOverRest(task(journey), "{\"variables\": {\"deliveryDate\": {\"value\": \"" + deliveryDate
            + "\"}, \"shippingMethod\": {\"value\": \"SEA\"}, \"rushOrder\": {\"value\": " + rush + "}}}");
    }

    private ResponseEntity<JsonNode> completeOverRest(Task task, String body) {
        ResponseEntity<JsonNode> answer = api.post("/engine-rest/task/" + task.getId() + "/complete", body, "olivia");
        runContinuations();
        return answer;
    }

    private static Map<String, Object> dateChanged(String deliveryDate) {
        return withVariables(OrderFulfilment.Var.STOCK_DATE_ACTION, "DATE_CHANGED", OrderFulfilment.Var.DELIVERY_DATE, deliveryDate);
    }

    /** An order confirmed for 22 February whose stock comes on 1 March: the order desk's "Stock after promised delivery". */
    private Task stockAfterPromisedDelivery(Map<String, Object> start) {
        return stockAfterPromisedDelivery(start, "2027-02-22", "2027-03-01");
    }

    /** The order desk's "Stock after promised delivery", for an order promised on {@code delivery} whose stock is forecast on {@code stock}. */
    private Task stockAfterPromisedDelivery(Map<String, Object> start, String delivery, String stock) {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, OrderFixture.confirmedOrder(engine, start, delivery));
        runtimeService().createMessageCorrelation(OrderFulfilment.Message.STOCK_AFTER_PROMISED_DELIVERY)
            .processInstanceId(fulfilment.getId()).setVariable(OrderFulfilment.Var.STOCK_READY_ON, stock).correlate();
        runContinuations();
        return task(OrderFulfilment.Activity.REVIEW_STOCK_DATE, fulfilment);
    }

    private static String orderOf(Task task) {
        return (String) runtimeService().getVariable(task.getProcessInstanceId(), Var.ORDER_ID);
    }

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(engine);
    }
}
