package io.meridian.inquiry;

import java.time.Instant;

import io.meridian.inquiry.InquiryLedger.JourneyDeletion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The client journey ends ({@code ${recordJourneyDeletion}} at its end): when it was deleted before any order (Cockpit,
 * {@code DELETE /engine-rest/process-instance/{id}} without "Skip Custom Listeners"), its inquiry is LOST with when, by
 * whom and why ({@link JourneyDeletions}), in the deletion's transaction. A journey that reaches its end made the inquiry
 * LOST or ORDERED already; a deletion after the order is the order's matter.
 */
@Component("recordJourneyDeletion")
class RecordJourneyDeletion implements ExecutionListener {

    private final JourneyDeletions deletions;

    RecordJourneyDeletion(JourneyDeletions deletions) {
        this.deletions = deletions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled() || execution.getProcessBusinessKey() == null) {
            return;
        }
        Instant now = ClockUtil.now().toInstant();
        CommandContext command = Context.getCommandContext();
        String by = command == null ? null : command.getAuthenticatedUserId();
        String reason = execution instanceof ExecutionEntity entity && entity.getDeleteReason() != null
            && !entity.getDeleteReason().isBlank() ? entity.getDeleteReason().strip() : null;
        deletions.record(execution.getProcessBusinessKey(), new JourneyDeletion(now, by, reason, now));
    }
}
