package io.meridian.milestone;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.meridian.inquiry.ClientJourney;
import io.meridian.order.OrderFulfilment;
import io.meridian.order.OrderRecord;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Whether an order ended without a delivery: it is not delivered, its journey (business key: the inquiry) or its
 * fulfilment (business key: the order) ran and has ended, and neither runs now. Neither process ends on its own before
 * the delivery, so this is a cancellation (Cockpit, {@code DELETE /engine-rest/process-instance/{id}}). An order only in
 * the ledger, without a process (imported, or a test's), has not ended.
 */
@Component
class RunningOrders {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final EngineReads engine;

    RunningOrders(RuntimeService runtime, HistoryService history, EngineReads engine) {
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
    }

    /**
     * The business keys of every running fulfilment (order ids) and journey (inquiry ids), read in two queries: the
     * start's sweep asks {@link #endedWithoutDelivery} only about orders with neither, not once per running order.
     */
    Set<String> runningKeys() {
        return engine.asSystem(() -> Stream.of(OrderFulfilment.KEY, ClientJourney.KEY)
            .flatMap(key -> runtime.createProcessInstanceQuery().processDefinitionKey(key).list().stream())
            .map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    boolean endedWithoutDelivery(OrderRecord order) {
        if (order.status() == OrderRecord.Status.DELIVERED) {
            return false;
        }
        // whoever asks: the answer is about the order, not about what the caller may read
        return engine.asSystem(() -> {
            long running = runtime.createProcessInstanceQuery().processDefinitionKey(OrderFulfilment.KEY)
                .processInstanceBusinessKey(order.id()).count();
            if (order.inquiryId() != null) {
                running += runtime.createProcessInstanceQuery().processDefinitionKey(ClientJourney.KEY)
                    .processInstanceBusinessKey(order.inquiryId()).count();
            }
            if (running > 0) {
                return false;
            }
            long ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(OrderFulfilment.KEY)
                .processInstanceBusinessKey(order.id()).finished().count();
            if (ended == 0 && order.inquiryId() != null) {
                ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(ClientJourney.KEY)
                    .processInstanceBusinessKey(order.inquiryId()).finished().count();
            }
            return ended > 0;
        });
    }
}
