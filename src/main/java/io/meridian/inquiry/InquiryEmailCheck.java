package io.meridian.inquiry;

import java.time.Instant;
import java.util.Optional;

import io.meridian.outbox.ClientEmailCheck;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ProcessDeletions;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Just before a client email about an inquiry without an order goes out (its quote, its auto-reply): when its journey no
 * longer runs and did not reach an end of its own (deleted in Cockpit or over {@code DELETE /engine-rest/process-instance/{id}},
 * with or without its listeners), the email is withdrawn, the reason naming the deletion ("withdrawn before it went out:
 * the client journey of inquiry … was deleted by demo at … (reason) before any order; noticed at …"). An email written after
 * the deletion goes out; an inquiry with an order is the order's matter ({@code OrderEmailCheck}); one only in the ledger,
 * without a process, is not touched.
 */
@Component
class InquiryEmailCheck implements ClientEmailCheck {

    private final InquiryLedger inquiries;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final EngineReads engine;

    InquiryEmailCheck(InquiryLedger inquiries, RuntimeService runtime, HistoryService history, EngineReads engine) {
        this.inquiries = inquiries;
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
    }

    @Override
    public Optional<String> withdrawBecause(OutboxMessage message) {
        if (message.reference() == null) {
            return Optional.empty();
        }
        InquiryRecord inquiry = inquiries.byId(message.reference()).orElse(null);
        if (inquiry == null || inquiry.orderId() != null || inquiry.processInstanceId() == null) {
            return Optional.empty();
        }
        // whoever sends: the answer is about the journey, not about what the caller may read
        return engine.asSystem(() -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(inquiry.processInstanceId()).count() > 0) {
                return Optional.<String>empty();
            }
            HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(inquiry.processInstanceId()).singleResult();
            if (ended == null || ended.getEndTime() == null || HistoricProcessInstance.STATE_COMPLETED.equals(ended.getState())
                || message.createdAt().isAfter(ended.getEndTime().toInstant())) {
                return Optional.<String>empty();
            }
            String by = ProcessDeletions.deletedBy(history, ended.getId()).map(user -> " by " + user).orElse("");
            String reason = ended.getDeleteReason() == null || ended.getDeleteReason().isBlank()
                ? "" : " (" + ended.getDeleteReason().strip() + ")";
            Instant now = ClockUtil.now().toInstant();
            return Optional.of("withdrawn before it went out: the client journey of inquiry " + inquiry.id() + " was deleted" + by
                + " at " + ended.getEndTime().toInstant() + reason + " before any order; noticed at " + now);
        });
    }
}
