package io.meridian.inquiry;

import java.time.Instant;

import io.meridian.desk.ClientMovedDesk;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A client moved to another desk has its open replies due anew in the new desk's working time (the task moves
 * first, {@code process.DeskTasks}): the inquiry's {@code replyDueAt} ({@code GET /api/inquiries/{id}}, and the
 * journey's, which reads it from the ledger) says the task's new due time, in the transaction that moved the client.
 */
@Component
class ReplyOnAnotherDesk {

    private final InquiryLedger inquiries;
    private final TaskService tasks;
    private final EngineReads reads;

    ReplyOnAnotherDesk(InquiryLedger inquiries, TaskService tasks, EngineReads reads) {
        this.inquiries = inquiries;
        this.tasks = tasks;
        this.reads = reads;
    }

    @EventListener
    void moved(ClientMovedDesk moved) {
        for (InquiryRecord inquiry : inquiries.awaitingReply(moved.clientId())) {
            if (inquiry.processInstanceId() == null) {
                continue;
            }
            reads.asSystem(() -> {
                Task reply = tasks.createTaskQuery().processInstanceId(inquiry.processInstanceId())
                    .taskDefinitionKey(Activity.REPLY_TO_INQUIRY).singleResult();
                if (reply != null && reply.getDueDate() != null && !reply.getDueDate().toInstant().equals(inquiry.replyDueAt())) {
                    Instant due = reply.getDueDate().toInstant();
                    // the journey's replyDueAt is the ledger's (JourneyFacts)
                    inquiries.replyDue(inquiry.id(), due);
                }
                return null;
            });
        }
    }
}
