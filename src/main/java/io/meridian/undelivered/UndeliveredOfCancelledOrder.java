package io.meridian.undelivered;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.meridian.order.OrderCancelled;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.Caller;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An order CANCELLED: a "Reach the client: email not delivered" task about one of its emails (or its inquiry's: the
 * quote) ends, as there is nothing left to deliver about an order that is off, and nobody sends the order confirmation
 * again. The email stays FAILED, settled by the server with the reason ("not needed any more: order MO-… was cancelled at
 * …"), which is also the task's comment and the process's delete reason. In the cancelling transaction.
 */
@Component
class UndeliveredOfCancelledOrder {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredOfCancelledOrder.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineReads engine;
    private final Outbox outbox;

    UndeliveredOfCancelledOrder(RuntimeService runtime, TaskService tasks, EngineReads engine, Outbox outbox) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.outbox = outbox;
    }

    @EventListener
    void cancelled(OrderCancelled cancelled) {
        String why = "not needed any more: order " + cancelled.orderNumber() + " was cancelled at " + cancelled.at() + " ("
            + cancelled.reason() + ")";
        List<ProcessInstance> open = engine.asSystem(() -> {
            List<ProcessInstance> all = new ArrayList<>();
            Stream.of(cancelled.orderId(), cancelled.inquiryId()).filter(Objects::nonNull).forEach(reference ->
                all.addAll(runtime.createProcessInstanceQuery().processDefinitionKey(UndeliveredEmail.KEY)
                    .variableValueEquals(UndeliveredEmail.Var.REFERENCE, reference).list()));
            return all;
        });
        for (ProcessInstance task : open) {
            outbox.settle(task.getBusinessKey(), new OutboxMessage.Settlement(Caller.SYSTEM, cancelled.at(), why));
            engine.asSystem(() -> {
                tasks.createComment(null, task.getId(), why);
                runtime.deleteProcessInstance(task.getId(), why);
                return null;
            });
            log.info("Task to reach the client about undelivered email {} ended: {}", task.getBusinessKey(), why);
        }
    }
}
