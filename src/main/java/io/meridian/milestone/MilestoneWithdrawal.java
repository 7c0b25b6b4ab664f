package io.meridian.milestone;

import java.time.Instant;
import java.util.List;

import io.meridian.messages.ClientMessages;
import io.meridian.messages.MessageKind;
import io.meridian.milestone.OrderMilestone.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Withdraws the key milestones of an order the client has not confirmed once the goods left or the order ended (shipped,
 * delivered, or ended without a delivery): a checklist still waiting in the outbox is withdrawn, the ledger keeps each as WITHDRAWN
 * with the reason, and the milestone's process ends (no "Confirm the milestone" task stays open to escalate), with the
 * reason as a comment and as its delete reason. A confirmed milestone stays as it was; a second call changes nothing.
 * Runs in the caller's transaction (a process step, or the start-up sweep).
 */
@Component
class MilestoneWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(MilestoneWithdrawal.class);

    /** What one withdrawal changed. */
    record Withdrawn(int milestones, int processes, int checklists) {
        boolean any() {
            return milestones > 0 || processes > 0 || checklists > 0;
        }
    }

    private final Milestones milestones;
    private final ClientMessages messages;
    private final RuntimeService runtime;
    private final TaskService tasks;

    MilestoneWithdrawal(Milestones milestones, ClientMessages messages, RuntimeService runtime, TaskService tasks) {
        this.milestones = milestones;
        this.messages = messages;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * @param reason why, in the ledger and on each process ("Withdrawn at the delivery: order ... was delivered on ...")
     * @param what   what happened to the order, for a checklist withdrawn from the outbox ("order ... was delivered on ...")
     */
    Withdrawn withdraw(String orderId, Instant now, String reason, String what) {
        // a checklist the mail server has not taken yet would reach the client about an order that is over
        int mails = messages.withdrawWaiting(MessageKind.MILESTONE_CHECKLIST, orderId, what);
        int withdrawn = milestones.withdrawOpen(orderId, now, reason);
        List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .variableValueEquals(Var.ORDER_ID, orderId).list();
        for (ProcessInstance milestone : open) {
            // kept with the instance's history, as is the reason of its deletion; the instance is no part of the
            // fulfilment or the journey, so deleting it does not touch the process that is ending
            tasks.createComment(null, milestone.getId(), reason);
            runtime.deleteProcessInstance(milestone.getId(), reason);
        }
        Withdrawn done = new Withdrawn(withdrawn, open.size(), mails);
        if (done.any()) {
            log.info("Order {}: {} milestone(s) withdrawn, {} process(es) ended, {} checklist(s) withdrawn from the outbox: {}",
                orderId, withdrawn, open.size(), mails, what);
        }
        return done;
    }
}
