package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static io.meridian.testsupport.ClientDays.LOS_ANGELES_EVENING;
import static io.meridian.testsupport.ClientDays.TOKYO_MORNING;
import static io.meridian.testsupport.ClientDays.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.process.ClientVariables;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A stock forecast (POST /api/orders/{id}/stock-forecast) names a day that has not passed for the client, who reads
 * it in the progress report and was promised a delivery date by the same clock: not the server's UTC date.
 */
@MeridianTest
class StockDateTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    OrderLedger orders;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;

    @Test
    void shouldRefuseAStockDateThatIsYesterdayForATokyoClient() {
        // no time zone in the client record: the one the etiquette gives Japan
        String order = confirmedOrder(startVariables("JP", "stock-tokyo@example.com"));
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));

        ResponseEntity<JsonNode> past = forecast(order, TUESDAY);
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody().path("errors").findValuesAsText("field")).containsExactly("stockReadyOn");
        assertThat(past.getBody().path("detail").asText())
            .contains("stockReadyOn 2027-01-12 lies in the past (today is Wed 13 Jan 2027 in the client's time zone Asia/Tokyo)");
        assertThat(orders.byId(order).orElseThrow().stockReadyOn()).isNull();
        assertThat(forecast(order, "2027-01-13").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /**
     * A stock date more than two years away (2207 for 2027) is a slip of the year: refused naming the latest day, where it was
     * taken and the client would have read it in the progress report.
     */
    @Test
    void shouldRefuseAStockDateMoreThanTwoYearsAwayNamingTheLatestDay() {
        String order = confirmedOrder(startVariables("JP", "stock-far@example.com"));
        ClockUtil.setCurrentTime(Date.from(TOKYO_MORNING));

        ResponseEntity<JsonNode> far = forecast(order, "2207-01-13");
        assertThat(far.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(far.getBody().path("errors").findValuesAsText("field")).containsExactly("stockReadyOn");
        assertThat(far.getBody().path("detail").asText()).isEqualTo("stockReadyOn 2207-01-13 is more than 2 years away (today is Wed"
            + " 13 Jan 2027 in the client's time zone Asia/Tokyo; the latest is Sat 13 Jan 2029): check the year");
        assertThat(orders.byId(order).orElseThrow().stockReadyOn()).isNull();
        assertThat(forecast(order, "2028-01-13").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldTakeAStockDateThatIsStillTodayForALosAngelesClient() {
        Map<String, Object> start = startVariables("US", "stock-la@example.com");
        start.put(Var.TIME_ZONE, "America/Los_Angeles");
        String order = confirmedOrder(start);
        ClockUtil.setCurrentTime(Date.from(LOS_ANGELES_EVENING));

        ResponseEntity<JsonNode> today = forecast(order, TUESDAY);
        assertThat(today.getStatusCode()).as(String.valueOf(today.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(orders.byId(order).orElseThrow().stockReadyOn()).isEqualTo(LocalDate.parse(TUESDAY));
    }

    @Test
    void shouldBringTheStockReadyNoticeForwardWhenProductionReportsTheStockComplete() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "stock-complete@example.com"), "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        assertThat(forecast(OrderFixture.orderId(engine, journey), "2027-02-10").getStatusCode()).isEqualTo(HttpStatus.OK);
        // 3 days before the forecast's day is Sunday 7 February, in the team's Spring Festival closure: their last working day
        // before it, Thursday 4 February, by the end of that day's call window (22:00 in Shanghai, 15:00 in Berlin)
        assertThat(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment).getDueDate().toInstant())
            .isEqualTo(Instant.parse("2027-02-04T14:00:00Z"));
        assertThat(heading(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment)))
            .startsWith("# Notify the client: stock nearly ready\n\nThe stock is forecast complete on Wed 10 Feb 2027: tell the client"
                + " 3 days before it is complete that it is nearly ready.");

        // a day later production reports the stock complete, weeks ahead of the forecast: tell the client now
        Instant now = OrderFixture.START.plus(Duration.ofDays(1));
        ClockUtil.setCurrentTime(Date.from(now));
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();
        // within 24 hours, held to a call window: Tuesday's, which ends at 22:00 in Shanghai (15:00 in Berlin), not
        // Wednesday 10:00 in Shanghai, 03:00 at night in Berlin
        Task notice = task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment);
        assertThat(notice.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        // its form says so, and why, where its "Due:" line kept Thursday 4 February, the forecast's
        assertThat((String) taskService().getVariableLocal(notice.getId(), ClientVariables.BRIEFING))
            .contains("**Due:** Tue 12 Jan 2027 22:00 team time (Asia/Shanghai) = Tue 12 Jan 2027 15:00 client time (Europe/Berlin),"
                + " earlier than the team's own rule gives (Wed 13 Jan 2027 10:00, 03:00 in Berlin): that is outside their business"
                + " hours, so it is due when today's call window ends")
            .doesNotContain("Thu 4 Feb 2027 22:00");
        // and its heading says what is true now: the goods are finished, not nearly ready
        assertThat(heading(notice)).startsWith("# Notify the client: stock complete\n\nProduction has reported the stock complete:"
            + " tell the client now that the goods are finished and ready to ship, not that they are nearly ready.");

        // customs, which waits for the notice, follows it
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        runContinuations();
        BpmnAwareTests.assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.CLEAR_CUSTOMS);
        // logistics reads that the stock is complete, where the briefing gave the forecast's day weeks ahead as the day it is ready
        assertThat(briefing(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment)))
            .contains("**Promised delivery:** Mon 22 Feb 2027 by sea, stock complete").doesNotContain("stock ready on");
    }

    /** Production reports the stock complete before any forecast: the notice is made saying so, never "nearly ready". */
    @Test
    void shouldHeadTheNoticeStockCompleteWhenProductionReportedItBeforeAnyForecast() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("JP", "stock-first@example.com"), "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();

        assertThat(heading(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment)))
            .startsWith("# Notify the client: stock complete\n\n").doesNotContain("stock nearly ready", "forecast complete on");
    }

    /** The heading the stock-ready notice's form shows ({{stockNotice}}). */
    private String heading(Task task) {
        return (String) engine.getTaskService().getVariableLocal(task.getId(), "stockNotice");
    }

    private String briefing(Task task) {
        return (String) engine.getTaskService().getVariable(task.getId(), ClientVariables.BRIEFING);
    }

    /**
     * Three days before a Tuesday's stock is a Saturday, when the team does not work: the notice is due on their Friday
     * before, still three days ahead, where it was due on the Saturday, done on Monday (one day ahead) and escalated over
     * the weekend.
     */
    @Test
    void shouldHaveTheStockReadyNoticeDueOnTheTeamsWorkingDayBeforeAWeekend() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "stock-weekend@example.com"), "2027-05-24");
        assertThat(forecast(OrderFixture.orderId(engine, journey), "2027-04-20").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, OrderFixture.fulfilment(engine, journey)).getDueDate().toInstant())
            .as("Friday 16 April 2027, 22:00 in Shanghai, 16:00 in Berlin").isEqualTo(Instant.parse("2027-04-16T14:00:00Z"));
    }

    /** A revised forecast moves the open notice, and its form's "Due:" line says the new time, not the first forecast's. */
    @Test
    void shouldWriteTheNoticesDueLineAnewWhenTheForecastIsRevised() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "stock-revised@example.com"), "2027-05-24");
        String orderId = OrderFixture.orderId(engine, journey);
        assertThat(forecast(orderId, "2027-04-20").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forecast(orderId, "2027-04-22").getStatusCode()).isEqualTo(HttpStatus.OK);
        runContinuations();

        Task notice = task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, OrderFixture.fulfilment(engine, journey));
        assertThat(notice.getDueDate().toInstant()).as("Monday 19 April 2027, 22:00 in Shanghai, 16:00 in Berlin")
            .isEqualTo(Instant.parse("2027-04-19T14:00:00Z"));
        assertThat((String) taskService().getVariableLocal(notice.getId(), ClientVariables.BRIEFING))
            .contains("**Due:** Mon 19 Apr 2027 22:00 team time (Asia/Shanghai) = Mon 19 Apr 2027 16:00 client time (Europe/Berlin)")
            .doesNotContain("Fri 16 Apr 2027 22:00");
    }

    /**
     * Three days before a Monday's stock is a Friday, which the team in Shanghai works and a client in Riyadh does not
     * (Sunday to Thursday): the notice is due on the Thursday before, a day both work, where it was due on the client's
     * weekend and reached them on the Sunday, a day before the stock. Likewise for Japan's substitute holiday of the Vernal
     * Equinox Day (Monday 22 March 2027): a notice on the Friday before, not on the holiday, when the client reads it two
     * days before the stock.
     */
    @Test
    void shouldHaveTheStockReadyNoticeDueOnADayTheClientWorksToo() {
        ProcessInstance riyadh = OrderFixture.confirmedOrder(engine, startVariables("SA", "stock-riyadh@example.com"), "2027-06-07");
        assertThat(forecast(OrderFixture.orderId(engine, riyadh), "2027-04-26").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, OrderFixture.fulfilment(engine, riyadh)).getDueDate().toInstant())
            .as("Thursday 22 April 2027, 22:00 in Shanghai, 17:00 in Riyadh").isEqualTo(Instant.parse("2027-04-22T14:00:00Z"));

        ProcessInstance tokyo = OrderFixture.confirmedOrder(engine, startVariables("JP", "stock-equinox@example.com"), "2027-06-07");
        assertThat(forecast(OrderFixture.orderId(engine, tokyo), "2027-03-25").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, OrderFixture.fulfilment(engine, tokyo)).getDueDate().toInstant())
            .as("Friday 19 March 2027, 17:00 in Shanghai, 18:00 in Tokyo").isEqualTo(Instant.parse("2027-03-19T09:00:00Z"));
    }

    /**
     * Stock reported complete before the team's day began (06:30 in Shanghai): the notice, which tells the client, is due
     * within the client's contact window, by the end of that day's (17:00 in Shanghai, 18:00 in Tokyo), not at 06:30 the
     * next morning, when nobody works, nor at 22:00, the end of the team's hours, when the client's office in Tokyo has been
     * closed for five hours.
     */
    @Test
    void shouldHaveTheStockReadyNoticeDueInTheClientsContactWindow() {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine,
            OrderFixture.confirmedOrder(engine, startVariables("JP", "stock-complete-early@example.com"), "2027-02-22"));
        Instant early = Instant.parse("2027-01-11T22:30:00Z"); // Tuesday 12 January, 06:30 in Shanghai
        ClockUtil.setCurrentTime(Date.from(early));
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();

        Task notice = task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment);
        assertThat(notice.getDueDate().toInstant())
            .as("Tuesday 17:00 in Shanghai = 18:00 in Tokyo, the end of the client's business hours").isEqualTo(Instant.parse("2027-01-12T09:00:00Z"));
        assertThat((String) taskService().getVariableLocal(notice.getId(), ClientVariables.BRIEFING)).as("its \"Due:\" line says why")
            .contains("**Due:** Tue 12 Jan 2027 17:00 team time (Asia/Shanghai) = Tue 12 Jan 2027 18:00 client time (Asia/Tokyo), earlier"
                + " than the team's own rule gives (Wed 13 Jan 2027 06:30, 07:30 in Tokyo): that is outside their business hours, so it is"
                + " due when today's call window ends");
    }

    @Test
    void shouldRefuseAForecastAfterTheStockIsCompleteAndKeepTheNoticeDueNow() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "stock-complete-first@example.com"), "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        runContinuations();
        assertThat(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment).getDueDate().toInstant())
            .as("Monday's call window ends 22:00 in Shanghai, 15:00 in Berlin").isEqualTo(Instant.parse("2027-01-11T14:00:00Z"));

        // the ERP's forecast, late: the stock is complete, so a forecast is refused, nothing stored, the notice stays due now
        String orderId = OrderFixture.orderId(engine, journey);
        ResponseEntity<JsonNode> late = forecast(orderId, "2027-02-10");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).contains("is not waiting for a stock forecast: production reported the stock complete");
        assertThat(http.withBasicAuth("shop", "demo").getForEntity("/api/orders/" + orderId, JsonNode.class).getBody().toString())
            .as("no forecast date stored").contains("\"orderNumber\"").doesNotContain("2027-02-10");
        assertThat(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment).getDueDate().toInstant())
            .as("Monday's call window ends 22:00 in Shanghai, 15:00 in Berlin").isEqualTo(Instant.parse("2027-01-11T14:00:00Z"));
    }

    /** A journey's order confirmed for delivery on 22 February (a Monday): its fulfilment waits for the stock forecast; the order's id. */
    private String confirmedOrder(Map<String, Object> start) {
        return OrderFixture.orderId(engine, OrderFixture.confirmedOrder(engine, start, "2027-02-22"));
    }

    private ResponseEntity<JsonNode> forecast(String order, String stockReadyOn) {
        ResponseEntity<JsonNode> answer = api.post("/api/orders/" + order + "/stock-forecast", "{\"stockReadyOn\": \"" + stockReadyOn + "\"}", "shop");
        runContinuations();
        return answer;
    }

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(engine);
    }
}
