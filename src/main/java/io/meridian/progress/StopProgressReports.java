package io.meridian.progress;

import io.meridian.process.ProcessValues;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Production is over once the goods ship ({@code ${stopProgressReports}} on fulfilment's Shipped event, and on its
 * end for a fulfilment that ends otherwise): the order's progress reports stop, an open report task with them.
 */
@Component("stopProgressReports")
class StopProgressReports implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String orderId = ProcessValues.text(execution, Var.ORDER_ID);
        if (orderId == null) {
            return;
        }
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (ProcessInstance reports : runtime.createProcessInstanceQuery().processDefinitionKey(ProgressReports.KEY)
                .processInstanceBusinessKey(ProgressReports.businessKey(orderId)).list()) {
            runtime.createMessageCorrelation(ProgressReports.Message.PRODUCTION_ENDED).processInstanceId(reports.getId())
                .correlateWithResult();
        }
    }
}
