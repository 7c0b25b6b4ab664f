package io.meridian.progress;

import java.time.LocalDate;
import java.util.Date;

import io.meridian.calendar.TeamCalendar;
import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The next report day: the n-th cadence period after production started (so a late report does not push the
 * later ones). The task opens at the start of the contact hours that day of the desk that works the client (the
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
        int number = ProcessValues.requiredInteger(execution, Var.REPORT_NUMBER, 0, 10_000) + 1;
        LocalDate day = LocalDate.parse(ProcessValues.requiredText(execution, Var.STARTED_ON)).plusDays((long) number * cadence.days());
        execution.setVariable(Var.REPORT_NUMBER, number);
        execution.setVariable(Var.REPORT_ON, day.toString());
        TeamCalendar.Interval hours = clocks.team(execution).contactHours(day);
        execution.setVariable(Var.REPORT_AT, Date.from(hours.start()));
        execution.setVariable(Var.REPORT_DUE_AT, Date.from(hours.end()));
        execution.setVariable(Var.IN_PRODUCTION, inProduction(execution));
    }

    static boolean inProduction(DelegateExecution execution) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        ProcessInstance fulfilment = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderFulfilment.KEY)
            .processInstanceBusinessKey(ProcessValues.requiredText(execution, Var.ORDER_ID)).singleResult();
        return fulfilment != null && engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(fulfilment.getId()).activityId(OrderFulfilment.Activity.SHIPPED).count() == 0;
    }
}
