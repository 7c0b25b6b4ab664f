package io.meridian.inquiry;

import java.util.Optional;

import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Whether an inquiry is LOST, in words a caller can act on: when and how its journey ended ("inquiry … was closed as lost
 * at … (given up after the client's objection (PRICE))", or its deletion before any order). A deletion nothing of
 * Meridian's heard (without its journey's listeners) is noticed and recorded first ({@link JourneyDeletions}). An inquiry
 * with an order is the order's matter.
 */
@Component
public class InquiryEnds {

    private final JourneyDeletions deletions;
    private final HistoryService history;
    private final EngineReads engine;

    InquiryEnds(JourneyDeletions deletions, HistoryService history, EngineReads engine) {
        this.deletions = deletions;
        this.history = history;
        this.engine = engine;
    }

    /** How the inquiry was lost; empty while it is worked, once it has an order, or for an inquiry without a process. */
    public Optional<String> lost(InquiryRecord inquiry) {
        if (inquiry.orderId() != null) {
            return Optional.empty();
        }
        Optional<InquiryLedger.JourneyDeletion> deleted = deletions.noticeIfDeleted(inquiry);
        if (deleted.isPresent()) {
            return Optional.of(deleted.get().said(inquiry.id()));
        }
        if (inquiry.status() != InquiryRecord.Status.LOST) {
            return Optional.empty();
        }
        return Optional.of("inquiry " + inquiry.id() + " was closed as lost" + (inquiry.processInstanceId() == null ? ""
            : engine.asSystem(() -> howItEnded(inquiry))));
    }

    /** " at 2027-01-12T09:00:00Z (no answer after the last follow-up)", from the journey's history; empty when it has none. */
    private String howItEnded(InquiryRecord inquiry) {
        HistoricProcessInstance journey = history.createHistoricProcessInstanceQuery()
            .processInstanceId(inquiry.processInstanceId()).singleResult();
        if (journey == null || journey.getEndTime() == null) {
            return "";
        }
        // the team's last answer to an objection; a journey that ran out of follow-ups has none, or one that went on
        boolean givenUp = history.createHistoricVariableInstanceQuery().processInstanceId(journey.getId())
            .variableName(ClientJourney.Var.OBJECTION_OUTCOME).list().stream().map(HistoricVariableInstance::getValue)
            .anyMatch(ClientJourney.ObjectionOutcome.LOST.name()::equals);
        return " at " + journey.getEndTime().toInstant() + " (" + (givenUp
            ? "given up after the client's objection" + (inquiry.objection() == null ? "" : " (" + inquiry.objection() + ")")
            : "no answer after the last follow-up") + ")";
    }
}
