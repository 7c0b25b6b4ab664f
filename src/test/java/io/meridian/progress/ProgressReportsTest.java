package io.meridian.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderCancellation;
import io.meridian.order.OrderLedger;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.ReceivedMail;
import io.meridian.progress.ProgressReports.Activity;
import io.meridian.progress.ProgressReports.Var;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Progress reports while an order is in production (issue 15 point 3), over a production of five weeks with a
 * controlled clock: the internal daily update goes on every day, the client gets a report each week (a key
 * account) or every two weeks (a regular client of a slow-paced market), following production progress, stock
 * complete, customs cleared, logistics tracking; the reports stop when the goods ship, an open report with them.
 */
@MeridianTest
class ProgressReportsTest {

    /** Monday 1 March 2027, 10:00 in Shanghai: the order is confirmed and production starts. */
    static final Instant T0 = Instant.parse("2027-03-01T02:00:00Z");
    /** Five weeks later, Monday 5 April 2027, 10:00 in Shanghai: the goods ship. */
    static final Instant SHIPPED = T0.plus(Duration.ofDays(35));
    static final int STOCK_COMPLETE_DAY = 28;
    static final int CUSTOMS_CLEARED_DAY = 30;

    @RegisterExtension
    final EngineClock clock = EngineClock.at(T0);

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrderLedger orders;
    @Autowired
    OrderCancellation cancellation;
    @Autowired
    ApiCalls api;

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldReportWeeklyToAKeyAccountUntilTheGoodsShip() {
        WeberOrder weber = weberInProduction("weber-pr@weber.example", T0);
        ProductionFixture.Order order = weber.order();
        ProcessInstance fulfilment = weber.fulfilment();
        ProcessInstance reports = weber.reports();
        assertThat(reports).isWaitingAt(Activity.REPORT_DAY).variables().containsEntry(Var.CADENCE, "WEEKLY");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(order.orderId()).list())
            .as("the order id alone still names its fulfilment").extracting(ProcessInstance::getId).containsExactly(fulfilment.getId());
        assertThat(fulfilment).isWaitingAt("updateProductionProgress");

        List<Integer> reportDays = produceFiveWeeks(fulfilment, reports);

        assertThat(reportDays).as("a report each week").containsExactly(7, 14, 21, 28);
        assertThat(reports).isEnded().hasPassed(Activity.PRODUCTION_ENDED, Activity.REPORTS_STOPPED).hasNotPassed(Activity.PRODUCTION_OVER);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(reports.getId()).count())
            .as("four reports sent; the fifth's day, Monday 5 April, is Qingming, a holiday of the team in Shanghai: moved to "
                + "Tuesday, it never opened, as the goods shipped on the Monday").isEqualTo(4);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(reports.getId()).count()).isZero();
        assertThat(fulfilment).hasPassed("shipped", "sendTrackingNumber");

        // each report lands in the client's business hours: in German first, in the template's steps
        ClockUtil.setCurrentTime(Date.from(SHIPPED.plus(Duration.ofDays(1))));
        mail.deliverDue();
        List<ReceivedMail> received = mail.receivedBy("weber-pr@weber.example").stream()
            .filter(m -> m.subject().contains("progress report")).toList();
        assertThat(received).hasSize(4);
        ReceivedMail first = received.stream().filter(m -> m.subject().contains("report 1 ")).findFirst().orElseThrow();
        assertThat(first.to()).containsExactly("weber-pr@weber.example");
        assertThat(first.subject()).isEqualTo("Auftrag " + order.orderNumber() + ": Fortschrittsbericht Nr. 1 vom Montag, 8. März 2027 / Order "
            + order.orderNumber() + ": progress report 1 of Monday, 8 March 2027");
        assertThat(first.body()).startsWith("Sehr geehrter Herr Weber,")
            .contains("Produktionsfortschritt: 25 %\nWare vollständig: noch nicht\nZollabfertigung: noch nicht\n"
                + "Sendungsverfolgung: Die Sendungsnummer senden wir Ihnen, sobald die Ware versandt ist.\nWas geschehen ist: Week 1 at the factory.",
                "Nächster Bericht: Montag, 15. März 2027", "Production progress: 25%");
        ReceivedMail fourth = received.stream().filter(m -> m.subject().contains("report 4 ")).findFirst().orElseThrow();
        assertThat(fourth.body()).contains("Produktionsfortschritt: 100 %\nWare vollständig: ja\nZollabfertigung: noch nicht");
    }

    /** An order confirmed on a Sunday: its reports open on the team's next working day, Monday, not on every Sunday. */
    @Test
    void shouldPutEachReportOnAWorkingDayOfTheTeamWhenProductionStartedOnASunday() {
        Instant sunday = Instant.parse("2027-03-07T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(sunday));
        WeberOrder weber = weberInProduction("weber-sunday@weber.example", sunday);
        ProcessInstance fulfilment = weber.fulfilment();
        ProcessInstance reports = weber.reports();
        assertThat(reports).isWaitingAt(Activity.REPORT_DAY).variables().containsEntry(Var.CADENCE, "WEEKLY")
            .containsEntry(Var.REPORT_ON, "2027-03-15");
        Instant mondayMorning = Instant.parse("2027-03-15T00:00:00Z");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(reports.getId()).timers().singleResult()
            .getDuedate().toInstant()).as("08:00 in Shanghai on Monday 15 March, the team's day, not Sunday 14").isEqualTo(mondayMorning);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-15T02:00:00Z")));
        Task report = fireReportDay(reports);
        engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 20L, Var.SUMMARY, "Week 1 at the factory."));
        AsyncContinuations.run(engine, reports.getId());
        assertThat(reports).variables().containsEntry(Var.REPORT_ON, "2027-03-22");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-16T12:00:00Z")));
        mail.deliverDue();
        ReceivedMail first = mail.receivedBy("weber-sunday@weber.example").stream().filter(m -> m.subject().contains("report 1 "))
            .findFirst().orElseThrow();
        assertThat(first.subject()).contains("Fortschrittsbericht Nr. 1 vom Montag, 15. März 2027");
        assertThat(first.body()).contains("Nächster Bericht: Montag, 22. März 2027");
        assertThat(fulfilment).isNotEnded();
    }

    @Test
    void shouldReportEveryTwoWeeksToARegularClientOfASlowPacedMarket() {
        ProductionFixture.Order order = ProductionFixture.confirmedOrder(jdbc, "tan-pr@tan.example", "Tan Lighting Sdn Bhd", "MY",
            "Asia/Kuala_Lumpur", "en", "B", "Wei", "Tan", T0.minus(Duration.ofDays(5)));
        ProcessInstance fulfilment = ProductionFixture.startFulfilment(engine, order, "Tan Lighting Sdn Bhd", "MY", "B", "Asia/Kuala_Lumpur");
        ProcessInstance reports = reports(order.orderId());
        AsyncContinuations.run(engine, reports.getId());
        assertThat(reports).variables().containsEntry(Var.CADENCE, "BIWEEKLY");

        List<Integer> reportDays = produceFiveWeeks(fulfilment, reports);

        assertThat(reportDays).containsExactly(14, 28);
        assertThat(reports).isEnded().hasPassed(Activity.REPORTS_STOPPED);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(reports.getId()).count()).isEqualTo(2);
    }

    @Test
    void shouldEndTheReportsWhenTheOrderIsNoLongerInProductionAndRefuseAReportWithoutSummary() {
        WeberOrder weber = weberInProduction("weber-pr2@weber.example", T0);
        ProcessInstance fulfilment = weber.fulfilment();
        ProcessInstance reports = weber.reports();
        fireReportDay(reports);
        Task report = engine.getTaskService().createTaskQuery().processInstanceId(reports.getId()).singleResult();
        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 140L)))
            .hasMessageContaining("reportProgressPercent must be a whole number from 0 to 100").hasMessageContaining("reportSummary is required");
        // the stock date the client will read: a day, and not one that has passed while the stock is not complete
        String yesterday = LocalDate.ofInstant(ClockUtil.now().toInstant(),
            ZoneOffset.UTC).minusDays(1).toString();
        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 10L,
            Var.SUMMARY, "Moulds ready.", Var.STOCK_READY_ON, "next week")))
            .hasMessageContaining("reportStockReadyOn 'next week' is not a date: write it as yyyy-mm-dd, e.g. 2027-02-10");
        // typed the German way in a form that no longer checks a pattern: the day meant, written as the server takes it
        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 10L,
            Var.SUMMARY, "Moulds ready.", Var.STOCK_READY_ON, "04.02.2027")))
            .hasMessageContaining("reportStockReadyOn '04.02.2027' is not a date: write it as 2027-02-04 (yyyy-mm-dd)");
        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 10L,
            Var.SUMMARY, "Moulds ready.", Var.STOCK_READY_ON, yesterday)))
            .hasMessageContaining("reportStockReadyOn " + yesterday + " lies in the past");

        // an operator removes the fulfilment without its listeners: the next report day finds no production and ends the reports
        engine.getRuntimeService().deleteProcessInstance(fulfilment.getId(), "test: removed by an operator", true);
        engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 10L, Var.SUMMARY, "Moulds ready."));
        AsyncContinuations.run(engine, reports.getId());
        assertThat(reports).isEnded().hasPassed(Activity.SEND_PROGRESS_REPORT, Activity.PRODUCTION_OVER).hasNotPassed(Activity.REPORTS_STOPPED);
    }

    @Test
    void shouldSendNoReportForAnOrderCancelledWithoutItsListeners() {
        WeberOrder weber = weberInProduction("weber-pr-off@weber.example", T0);
        ProductionFixture.Order order = weber.order();
        ProcessInstance fulfilment = weber.fulfilment();
        ProcessInstance reports = weber.reports();
        Task report = fireReportDay(reports);
        // cancelled in Cockpit with "Skip Custom Listeners" ticked; the server's next start found it CANCELLED
        engine.getRuntimeService().deleteProcessInstance(fulfilment.getId(), "Client cancelled the order", true);
        orders.cancelled(order.orderId(), ClockUtil.now().toInstant(), "found at the server's start: its journey or fulfilment was cancelled");

        engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 10L, Var.SUMMARY, "Moulds ready."));
        AsyncContinuations.run(engine, reports.getId());

        assertThat(reports).isEnded();
        assertThat(jdbc.sql("select count(*) from outbox_message where reference = :id and message_kind = 'PROGRESS_REPORT'")
            .param("id", order.orderId()).query(Long.class).single()).as("progress reports planned for the cancelled order").isZero();
    }

    @Test
    void shouldEndTheOpenReportTaskWhenTheServerNoticesTheOrderDeletedWithoutItsListeners() {
        WeberOrder weber = weberInProduction("weber-pr-noticed@weber.example", T0);
        ProductionFixture.Order order = weber.order();
        ProcessInstance fulfilment = weber.fulfilment();
        ProcessInstance reports = weber.reports();
        Task report = fireReportDay(reports);
        // deleted in Cockpit with "Skip Custom Listeners" ticked: the listener that stops the reports does not run
        engine.getRuntimeService().deleteProcessInstance(fulfilment.getId(), "Client cancelled the order", true);
        assertThat(reports).isActive();

        // the server notices (the check of running orders, or the relay before an email about the order) and cancels it
        cancellation.cancel(order.orderId(), ClockUtil.now().toInstant(), "Order fulfilment deleted without its listeners",
            "order " + order.orderId() + " ended without a delivery");

        assertThat(reports).isEnded().hasPassed(Activity.REPORTS_STOPPED).hasNotPassed(Activity.SEND_PROGRESS_REPORT);
        assertThat(engine.getTaskService().createTaskQuery().taskId(report.getId()).count())
            .as("no report task left to the order desk, escalating, for an order that is off").isZero();
    }

    @Test
    void shouldRefuseAStockDateThatIsYesterdayForATokyoClient() {
        Task report = firstReport("sato-pr@sato.example", "Sato Shoji KK", "JP", "Asia/Tokyo", "ja");
        // Monday 8 March 2027 in UTC; already Tuesday 9 March, 08:30, in Tokyo
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-08T23:30:00Z")));
        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 25L,
            Var.SUMMARY, "Moulds ready.", Var.STOCK_READY_ON, "2027-03-08")))
            .hasMessageContaining("reportStockReadyOn 2027-03-08 lies in the past (today is Tue 9 Mar 2027 in the client's time zone Asia/Tokyo)");
        engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 25L, Var.SUMMARY, "Moulds ready.",
            Var.STOCK_READY_ON, "2027-03-09"));
    }

    @Test
    void shouldTakeAStockDateThatIsStillTodayForALosAngelesClient() {
        Task report = firstReport("miller-pr@miller.example", "Miller Lighting Inc.", "US", "America/Los_Angeles", "en");
        // Tuesday 9 March 2027 in UTC; still Monday 8 March, 19:00, in Los Angeles
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-09T03:00:00Z")));
        engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, 25L, Var.SUMMARY, "Moulds ready.",
            Var.STOCK_READY_ON, "2027-03-08"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(report.getId()).count()).as("completed").isZero();
    }

    /** The first report task of a key account's order confirmed at {@link #T0}, production not yet complete. */
    private Task firstReport(String email, String company, String country, String zone, String language) {
        ProductionFixture.Order order = ProductionFixture.confirmedOrder(jdbc, email, company, country, zone, language, "A",
            "Pat", "Client", T0.minus(Duration.ofDays(5)));
        ProductionFixture.startFulfilment(engine, order, company, country, "A", zone);
        ProcessInstance reports = reports(order.orderId());
        AsyncContinuations.run(engine, reports.getId());
        return fireReportDay(reports);
    }

    /**
     * Five weeks of production, each morning at 08:00 Shanghai time: the order desk's daily update (stock complete on
     * day 28), the stock-ready notice and customs on day 30, every report day that has come (its report written and
     * mailed, except on the day the goods ship), and on day 35 at 10:00 the shipment. Returns the days a report went out.
     */
    private List<Integer> produceFiveWeeks(ProcessInstance fulfilment, ProcessInstance reports) {
        List<Integer> reportDays = new ArrayList<>();
        for (int day = 1; day <= 35; day++) {
            Instant morning = T0.minus(Duration.ofHours(2)).plus(Duration.ofDays(day));
            ClockUtil.setCurrentTime(Date.from(morning));
            if (day <= STOCK_COMPLETE_DAY) {
                Task update = engine.getTaskService().createTaskQuery().processInstanceId(fulfilment.getId())
                    .taskDefinitionKey("updateProductionProgress").singleResult();
                engine.getTaskService().complete(update.getId(), Map.of("progressPercent", (long) Math.min(100, day * 100 / STOCK_COMPLETE_DAY),
                    "progressNote", "Day " + day, "stockComplete", day == STOCK_COMPLETE_DAY));
            }
            if (day == CUSTOMS_CLEARED_DAY) {
                completeFulfilmentTask(fulfilment, "notifyStockReady");
                completeFulfilmentTask(fulfilment, "clearCustoms", Map.of("customsDeclarationNumber", "26DE123456789012A3"));
            }
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(reports.getId()).timers().singleResult();
            if (timer != null && !timer.getDuedate().toInstant().isAfter(morning)) {
                Task report = fireReportDay(reports);
                assertThat(report.getDueDate().toInstant()).as("due on the report day, by the end of the team's contact hours")
                    .isEqualTo(morning.plus(Duration.ofHours(14)));
                assertThat((String) engine.getTaskService().getVariableLocal(report.getId(), "briefing"))
                    .contains("**Progress report " + engine.getRuntimeService().getVariable(reports.getId(), Var.REPORT_NUMBER) + "**");
                if (day < 35) {
                    Object percent = engine.getRuntimeService().getVariable(reports.getId(), Var.PROGRESS_PERCENT);
                    assertThat(percent).as("the form starts from the daily update").isEqualTo((long) Math.min(100, day * 100 / STOCK_COMPLETE_DAY));
                    engine.getTaskService().complete(report.getId(), Map.of(Var.PROGRESS_PERCENT, percent,
                        Var.SUMMARY, "Week " + (day / 7) + " at the factory."));
                    AsyncContinuations.run(engine, reports.getId());
                    reportDays.add(day);
                }
            }
        }
        ClockUtil.setCurrentTime(Date.from(SHIPPED));
        ResponseEntity<JsonNode> shipped = api.post("/api/orders/" + fulfilment.getBusinessKey() + "/shipment",
            "{\"carrier\": \"Maersk\", \"trackingNumber\": \"MAEU7654321\"}", "shop");
        assertThat(shipped.getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.run(engine, fulfilment.getId());
        return reportDays;
    }

    private Task fireReportDay(ProcessInstance reports) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(reports.getId()).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(reports).isWaitingAt(Activity.WRITE_PROGRESS_REPORT);
        Task report = engine.getTaskService().createTaskQuery().processInstanceId(reports.getId()).singleResult();
        assertThat(report).hasCandidateGroup("order-desk");
        assertThat(report.getName()).startsWith("Send progress report — ");
        assertThat(report.getFollowUpDate()).isNotNull();
        return report;
    }

    private void completeFulfilmentTask(ProcessInstance fulfilment, String key) {
        completeFulfilmentTask(fulfilment, key, Map.of());
    }

    private void completeFulfilmentTask(ProcessInstance fulfilment, String key, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(fulfilment.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        engine.getTaskService().complete(task.getId(), variables);
        AsyncContinuations.run(engine, fulfilment.getId());
    }

    /** A German client's order confirmed five days before {@code at} and in production, its progress reports started. */
    private record WeberOrder(ProductionFixture.Order order, ProcessInstance fulfilment, ProcessInstance reports) {
    }

    private WeberOrder weberInProduction(String email, Instant at) {
        ProductionFixture.Order order = ProductionFixture.confirmedOrder(jdbc, email, "Weber GmbH", "DE",
            "Europe/Berlin", "de", "A", "Jan", "Weber", at.minus(Duration.ofDays(5)));
        ProcessInstance fulfilment = ProductionFixture.startFulfilment(engine, order, "Weber GmbH", "DE", "A", "Europe/Berlin");
        ProcessInstance reports = reports(order.orderId());
        AsyncContinuations.run(engine, reports.getId());
        return new WeberOrder(order, fulfilment, reports);
    }

    private ProcessInstance reports(String orderId) {
        ProcessInstance reports = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProgressReports.KEY)
            .processInstanceBusinessKey(ProgressReports.businessKey(orderId)).singleResult();
        assertThat(reports).as("progress reports started with fulfilment").isNotNull();
        return reports;
    }
}
