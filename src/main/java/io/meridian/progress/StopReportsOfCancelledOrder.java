package io.meridian.progress;

import io.meridian.order.OrderCancelled;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An order CANCELLED: its progress reports stop, an open "Write progress report" task with them, as a fulfilment's end
 * stops them ({@link StopProgressReports}). That listener does not run when the fulfilment was deleted without its
 * listeners (Cockpit's "Skip Custom Listeners"); the cancellation the server records when it notices does, so the order
 * desk is not left a report task, escalating, for an order that is off. Nothing to do when none runs.
 */
@Component
class StopReportsOfCancelledOrder {

    private static final Logger log = LoggerFactory.getLogger(StopReportsOfCancelledOrder.class);

    private final RuntimeService runtime;
    private final EngineReads engine;

    StopReportsOfCancelledOrder(RuntimeService runtime, EngineReads engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    @EventListener
    void cancelled(OrderCancelled cancelled) {
        // whoever noticed the cancellation (a relay round, a check, a process step): the reports stop all the same
        int stopped = engine.asSystem(() -> {
            int n = 0;
            for (ProcessInstance reports : runtime.createProcessInstanceQuery().processDefinitionKey(ProgressReports.KEY)
                    .processInstanceBusinessKey(ProgressReports.businessKey(cancelled.orderId())).list()) {
                // none to correlate with when the fulfilment's own end stopped them a moment ago, in this same command
                n += runtime.createMessageCorrelation(ProgressReports.Message.PRODUCTION_ENDED).processInstanceId(reports.getId())
                    .correlateAllWithResult().size();
            }
            return n;
        });
        if (stopped > 0) {
            log.info("Progress reports for order {} stopped: the order was cancelled", cancelled.orderNumber());
        }
    }
}
