package io.meridian.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.meridian.inquiry.InquiryLedger.JourneyDeletion;
import io.meridian.outbox.Outbox;
import io.meridian.process.ProcessDeletions;
import io.meridian.process.RunningInstances;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A client journey deleted before any order (Cockpit's "Delete Process Instance", {@code DELETE
 * /engine-rest/process-instance/{id}}): nobody works its inquiry any more, so the ledger makes it {@code LOST} with how it
 * ended ({@link JourneyDeletion}: when, by whom, the reason given, when noticed), and its client emails written before
 * the deletion and still waiting are withdrawn, whether or not an SMTP host is set. With the journey's listeners this
 * happens at the deletion ({@link RecordJourneyDeletion}); without them (Cockpit's "Skip Custom Listeners", engine-rest's
 * {@code skipCustomListeners=true}) just before a client email about the inquiry goes out ({@link InquiryEmailCheck}), at
 * the periodic check of running orders and inquiries ({@code meridian.orders.check-interval}) or at the server's start.
 * An inquiry with an order is the order's matter (its order is CANCELLED); one only in the ledger, without a process, is
 * not touched; a second look changes nothing.
 */
@Component
public class JourneyDeletions {

    private static final Logger log = LoggerFactory.getLogger(JourneyDeletions.class);

    private final InquiryLedger inquiries;
    private final Outbox outbox;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final EngineReads engine;
    private final TransactionTemplate ownTransaction;

    JourneyDeletions(InquiryLedger inquiries, Outbox outbox, RuntimeService runtime, HistoryService history, EngineReads engine,
                     PlatformTransactionManager transactions) {
        this.inquiries = inquiries;
        this.outbox = outbox;
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records the deletion in the caller's transaction: the inquiry LOST, its emails written before the deletion withdrawn.
     * False when the inquiry has an order, is over already or is unknown.
     */
    boolean record(String inquiryId, JourneyDeletion deletion) {
        if (!inquiries.journeyDeleted(inquiryId, deletion)) {
            return false;
        }
        int mails = outbox.withdrawAllPlannedBefore(inquiryId, deletion.at(), "withdrawn before it went out: " + deletion.said(inquiryId));
        log.info("Inquiry {} LOST: {}; {} client email(s) withdrawn from the outbox", inquiryId, deletion.said(inquiryId), mails);
        return true;
    }

    /**
     * The deletion of {@code inquiry}'s journey as the engine's history has it, noticed {@code now}; empty while it runs, when
     * it reached an end of its own, or for an inquiry without a process.
     */
    Optional<JourneyDeletion> inHistory(InquiryRecord inquiry, Instant now) {
        if (inquiry.processInstanceId() == null) {
            return Optional.empty();
        }
        // whoever asks: the answer is about the journey, not about what the caller may read
        return engine.asSystem(() -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(inquiry.processInstanceId()).count() > 0) {
                return Optional.empty();
            }
            HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(inquiry.processInstanceId()).singleResult();
            if (ended == null || ended.getEndTime() == null || HistoricProcessInstance.STATE_COMPLETED.equals(ended.getState())) {
                return Optional.empty();
            }
            String reason = ended.getDeleteReason() == null || ended.getDeleteReason().isBlank() ? null : ended.getDeleteReason().strip();
            return Optional.of(new JourneyDeletion(ended.getEndTime().toInstant(), ProcessDeletions.deletedBy(history, ended.getId()).orElse(null),
                reason, now));
        });
    }

    /**
     * A deletion nothing of Meridian's heard, noticed now: recorded in a transaction of its own. The deletion as recorded
     * (now or before), empty when the journey was not deleted.
     */
    Optional<JourneyDeletion> noticeIfDeleted(InquiryRecord inquiry) {
        Optional<JourneyDeletion> recorded = inquiries.journeyDeletion(inquiry.id());
        if (recorded.isPresent() || inquiry.orderId() != null) {
            return recorded;
        }
        Optional<JourneyDeletion> deleted = inHistory(inquiry, ClockUtil.now().toInstant());
        deleted.ifPresent(deletion -> ownTransaction.executeWithoutResult(status -> record(inquiry.id(), deletion)));
        return deleted.isEmpty() ? deleted : inquiries.journeyDeletion(inquiry.id()).or(() -> deleted);
    }

    /**
     * Every inquiry still worked whose journey is not among {@code running} (the journeys that ran when the check began, read
     * once for every check of the moment, {@link RunningInstances}), at the start and at the periodic check; how many were
     * made LOST.
     */
    public int checkRunning(RunningInstances.Running running) {
        List<InquiryRecord> ended = inquiries.worked().stream().filter(i -> !running.runs(i.processInstanceId())).toList();
        int lost = 0;
        for (InquiryRecord inquiry : ended) {
            try {
                Optional<JourneyDeletion> deleted = inHistory(inquiry, ClockUtil.now().toInstant());
                if (deleted.isPresent() && Boolean.TRUE.equals(ownTransaction.execute(status -> record(inquiry.id(), deleted.get())))) {
                    lost++;
                }
            } catch (RuntimeException e) {
                // the database briefly away, or another node recording it: the next check tries again
                log.warn("The journey of inquiry {} was not checked: {}", inquiry.id(), e.toString());
            }
        }
        return lost;
    }
}
