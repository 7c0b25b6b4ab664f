package io.meridian.order;

import java.time.Instant;
import java.util.Date;

import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A revised stock forecast moves the due date of the open stock-ready notice to 3 days before the new date. */
@Component
class RescheduleStockNoticeDelegate implements JavaDelegate {

    private final OrderClocks clocks;
    private final ClientClocks clients;

    RescheduleStockNoticeDelegate(OrderClocks clocks, ClientClocks clients) {
        this.clocks = clocks;
        this.clients = clients;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        Date due = Date.from(clocks.stockNoticeDue(ProcessValues.date(execution, OrderFulfilment.Var.STOCK_READY_ON), now,
            clients.team(execution)));
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(OrderFulfilment.Activity.NOTIFY_STOCK_READY).listPage(0, 500)) {
            task.setDueDate(due);
            tasks.saveTask(task);
        }
    }
}
