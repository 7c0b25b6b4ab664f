package io.meridian.order;

import java.time.Instant;
import java.util.Date;

import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientVariables;
import io.meridian.process.TaskGuidance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves the due date of the open stock-ready notice: to 3 days before the date of a revised stock forecast, or, when
 * "Update production progress" reports the stock complete, to now (within a day, as a notice of stock completed before
 * any forecast): the client is told at once, and customs, which waits for the notice, follows.
 */
@Component
class RescheduleStockNoticeDelegate implements JavaDelegate, ExecutionListener {

    private final OrderClocks clocks;
    private final ClientClocks clients;

    RescheduleStockNoticeDelegate(OrderClocks clocks, ClientClocks clients) {
        this.clocks = clocks;
        this.clients = clients;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clients.decide(execution, now);
        CallWindowDue.Held held = clocks.stockNotice(execution, now, client);
        Date due = Date.from(held.due());
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(OrderFulfilment.Activity.NOTIFY_STOCK_READY).listPage(0, 500)) {
            task.setDueDate(due);
            tasks.saveTask(task);
            // the form's "Due:" line says the new time, and why a call window moved it, not the time the notice was made with
            if (tasks.getVariableLocal(task.getId(), ClientVariables.BRIEFING) instanceof String briefing) {
                tasks.setVariableLocal(task.getId(), ClientVariables.BRIEFING,
                    TaskGuidance.withDue(briefing, held.due(), client.teamZone(), client.zone(), held.why()));
            }
            // the form's heading: "stock complete" once production reported it, never "nearly ready" for finished goods
            tasks.setVariableLocal(task.getId(), StockNoticeHeading.VARIABLE, StockNoticeHeading.text(execution));
        }
    }

    /** On the flow "Stock complete? yes" of order fulfilment. */
    @Override
    public void notify(DelegateExecution execution) {
        execute(execution);
    }
}
