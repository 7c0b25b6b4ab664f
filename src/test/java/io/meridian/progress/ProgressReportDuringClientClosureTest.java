package io.meridian.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFixture;
import io.meridian.progress.ProgressReports.Var;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A weekly report whose day falls in the client's closure until the next report day is left out, as one in the team's
 * own closure is: a Chinese key account's report of Tuesday 9 February 2027 (Monday 8 is a holiday of the team) waited
 * for the client's Spring Festival to end and reached them on Monday 15 February, with that day's own report: two reports
 * in one morning, the first out of date.
 */
@MeridianTest
class ProgressReportDuringClientClosureTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;

    @Test
    void aReportTheClientsSpringFestivalWouldHoldUntilTheNextReportIsLeftOut() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, JourneyFixture.startVariables("CN", "spring-festival-reports@example.com"),
            "2027-03-22");
        ProcessInstance reports = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProgressReports.KEY)
            .processInstanceBusinessKey(ProgressReports.businessKey(OrderFixture.orderId(engine, journey))).singleResult();

        List<String> days = new ArrayList<>();
        for (int report = 0; report < 4; report++) {
            days.add((String) engine.getRuntimeService().getVariable(reports.getId(), Var.REPORT_ON));
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(reports.getId()).timers().singleResult();
            ClockUtil.setCurrentTime(timer.getDuedate());
            engine.getManagementService().executeJob(timer.getId());
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(reports.getId()).singleResult();
            engine.getTaskService().complete(task.getId(), Map.of(Var.PROGRESS_PERCENT, 10L * (report + 1), Var.SUMMARY, "At the factory."));
            AsyncContinuations.run(engine, reports.getId());
        }

        // weekly from Monday 11 January; the fourth, Monday 8 February, moves to the team's Tuesday 9, when the client is
        // closed until Friday 12: left out, the report of Monday 15 February covers it, under its own number
        assertThat(days).containsExactly("2027-01-18", "2027-01-25", "2027-02-01", "2027-02-15");
        assertThat(engine.getRuntimeService().getVariable(reports.getId(), Var.REPORT_ON)).isEqualTo("2027-02-22");
    }
}
