package io.meridian.milestone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.meridian.inquiry.ClientJourney;
import io.meridian.order.OrderFulfilment;
import io.meridian.order.OrderRecord;
import io.meridian.process.ProcessDeletions;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
     * The process of an order that ended without a delivery and whose end nothing of Meridian's heard (deleted without its
     * listeners), empty for an order delivered or still running, or only in the ledger. Deleting one of the two ends the
     * other too: the one a user deleted, as Camunda's user operation log says (Cockpit, engine-rest), with who did it; else
     * the fulfilment when it ran, else the journey.
     */
    Optional<Ended> endedWithoutDelivery(OrderRecord order) {
        if (order.status() == OrderRecord.Status.DELIVERED) {
            return Optional.empty();
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
                return Optional.<Ended>empty();
            }
            List<HistoricProcessInstance> ended = new ArrayList<>();
            lastEnded(OrderFulfilment.KEY, order.id()).ifPresent(ended::add);
            if (order.inquiryId() != null) {
                lastEnded(ClientJourney.KEY, order.inquiryId()).ifPresent(ended::add);
            }
            for (HistoricProcessInstance process : ended) {
                Optional<String> deletedBy = ProcessDeletions.deletedBy(history, process.getId());
                if (deletedBy.isPresent()) {
                    return Optional.of(ended(process, deletedBy.get()));
                }
            }
            return ended.stream().findFirst().map(process -> ended(process, null));
        });
    }

    private static Ended ended(HistoricProcessInstance process, String by) {
        return new Ended(process.getProcessDefinitionName() == null ? process.getProcessDefinitionKey() : process.getProcessDefinitionName(),
            process.getEndTime().toInstant(), process.getDeleteReason(), by);
    }

    private Optional<HistoricProcessInstance> lastEnded(String key, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(businessKey)
            .finished().orderByProcessInstanceEndTime().desc().listPage(0, 1).stream().findFirst();
    }

    /**
     * An order's process that ended before the delivery.
     *
     * @param process its name ("Order fulfilment", "Client journey")
     * @param at      when it ended
     * @param reason  the reason given to its deletion, null for none
     * @param by      the user who deleted it, null when not known (deleted by a program without a user)
     */
    record Ended(String process, Instant at, String reason, String by) {
    }
}
