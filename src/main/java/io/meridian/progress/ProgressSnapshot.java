package io.meridian.progress;

import java.util.Map;

import io.meridian.order.OrderFulfilment;
import io.meridian.process.ProcessValues;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * When a report task opens ({@code ${progressSnapshot}}): where the order stands, from its fulfilment, in the
 * report template's steps (seed 001): the last internal production update, stock complete or its forecast,
 * customs cleared. The task's form starts from these values; the order desk corrects them and adds the summary.
 */
@Component("progressSnapshot")
class ProgressSnapshot implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        String orderId = ProcessValues.requiredText(execution, Var.ORDER_ID);
        ProcessInstance fulfilment = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderFulfilment.KEY)
            .processInstanceBusinessKey(orderId).singleResult();
        Map<String, Object> f = fulfilment == null ? Map.of() : engine.getRuntimeService().getVariables(fulfilment.getId());
        Object percent = f.get(OrderFulfilment.Var.PROGRESS_PERCENT);
        execution.setVariable(Var.PROGRESS_PERCENT, percent instanceof Number n ? n.longValue() : 0L);
        execution.setVariable(Var.PROGRESS_NOTE, f.get(OrderFulfilment.Var.PROGRESS_NOTE));
        execution.setVariable(Var.STOCK_COMPLETE, Boolean.TRUE.equals(f.get(OrderFulfilment.Var.STOCK_COMPLETE)));
        Object readyOn = f.get(OrderFulfilment.Var.STOCK_READY_ON);
        execution.setVariable(Var.STOCK_READY_ON, readyOn == null ? null : readyOn.toString());
        boolean cleared = fulfilment != null && engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(fulfilment.getId()).activityId(OrderFulfilment.Activity.CLEAR_CUSTOMS).finished().count() > 0;
        execution.setVariable(Var.CUSTOMS_CLEARED, cleared);
    }
}
