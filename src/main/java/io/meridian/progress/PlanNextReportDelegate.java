package io.meridian.progress;

import java.time.LocalDate;
import java.util.Date;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The next report day: the n-th cadence period after production started (so a late report does not push the
 * later ones), moved to the team's next working day when it is not one (an order confirmed on a Sunday), left out when the
 * client is closed from then to the next report day. The task opens at the start of the contact hours that day of the desk that works the client (the
 * team's without desks) and is due at their end, in the desk's clock.
 * Also whether the order is still in production ({@code inProduction}): its fulfilment runs and has not
 * shipped. Normally the Shipped event stops the reports first; this ends them should a fulfilment have
 * ended without its listeners (e.g. deleted by an operator).
 */
@Component
class PlanNextReportDelegate implements JavaDelegate {

    private final ClientClocks clocks;

    PlanNextReportDelegate(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportCadence cadence = ReportCadence.valueOf(ProcessValues.requiredText(execution, Var.CADENCE));
        ClientClocks.Client client = clocks.decide(execution, ClockUtil.now().toInstant());
        TeamCalendar team = client.team();
        ReportDay next = next(LocalDate.parse(ProcessValues.requiredText(execution, Var.STARTED_ON)), cadence,
            ProcessValues.requiredInteger(execution, Var.REPORT_NUMBER, 0, 10_000), team, client.calendar());
        LocalDate day = next.day();
        execution.setVariable(Var.REPORT_NUMBER, next.number());
        execution.setVariable(Var.REPORT_ON, day.toString());
        TeamCalendar.Interval hours = team.contactHours(day);
        execution.setVariable(Var.REPORT_AT, Date.from(hours.start()));
        execution.setVariable(Var.REPORT_DUE_AT, Date.from(hours.end()));
        execution.setVariable(Var.IN_PRODUCTION, inProduction(execution));
    }

    /** The report's number (its cadence period since production started) and its day. */
    record ReportDay(int number, LocalDate day) {
    }

    /**
     * The report after report {@code last}: its cadence day counted from {@code startedOn}, moved to the next working day
     * of the team's (desk's) calendar when it falls on their weekend or a holiday, as the team writes the report. A
     * closure that reaches the next cadence day (a long holiday) leaves that period's report out: the next one, which
     * keeps its period's number, covers it. So does a closure of the client's from the report day to the next cadence
     * day (a Chinese client's Spring Festival): the report would reach them on the day of the next one, two reports in one
     * morning, the first out of date.
     */
    static ReportDay next(LocalDate startedOn, ReportCadence cadence, int last, TeamCalendar team, ClientCalendar client) {
        int number = last;
        LocalDate day;
        LocalDate nextCadenceDay;
        do {
            number++;
            day = startedOn.plusDays((long) number * cadence.days());
            for (int guard = 0; guard < 366 && !team.isWorkingDay(day); guard++) {
                day = day.plusDays(1);
            }
            nextCadenceDay = startedOn.plusDays((long) (number + 1) * cadence.days());
        } while ((!day.isBefore(nextCadenceDay) || !client.nextWorkingDay(day).isBefore(nextCadenceDay)) && number < last + 366);
        return new ReportDay(number, day);
    }

    static boolean inProduction(DelegateExecution execution) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        ProcessInstance fulfilment = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderFulfilment.KEY)
            .processInstanceBusinessKey(ProcessValues.requiredText(execution, Var.ORDER_ID)).singleResult();
        return fulfilment != null && engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(fulfilment.getId()).activityId(OrderFulfilment.Activity.SHIPPED).count() == 0;
    }
}
