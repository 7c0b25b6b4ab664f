package io.meridian.milestone;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.meridian.messages.MessageKind;
import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.moments.TeamMoments;
import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Order fulfilment ends at the delivery ({@code ${withdrawMilestonesOnDelivery}} on its end event): a key milestone the
 * client has not confirmed by then is withdrawn. Its checklist asked the client to confirm a step of an order that has
 * arrived, so none goes out any more (one still waiting in the outbox is withdrawn), its process ends (no "Confirm the
 * milestone" task stays open to escalate to the managers), and the ledger keeps it as WITHDRAWN with the reason, which a
 * comment on the process repeats. A confirmed milestone stays as it was.
 */
@Component("withdrawMilestonesOnDelivery")
class WithdrawMilestonesOnDelivery implements ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(WithdrawMilestonesOnDelivery.class);

    private final Milestones milestones;
    private final ClientClocks clocks;
    private final ClientMail mail;

    WithdrawMilestonesOnDelivery(Milestones milestones, ClientClocks clocks, ClientMail mail) {
        this.milestones = milestones;
        this.clocks = clocks;
        this.mail = mail;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String orderId = ProcessValues.text(execution, Var.ORDER_ID);
        if (orderId == null) {
            orderId = execution.getProcessBusinessKey();
        }
        Instant now = ClockUtil.now().toInstant();
        Object at = execution.getVariable(OrderFulfilment.Var.DELIVERED_AT);
        Instant deliveredAt = at instanceof Date date ? date.toInstant() : now;
        ClientToday day = clocks.today(execution, deliveredAt);
        String order = ProcessValues.text(execution, Var.ORDER_NUMBER);
        String delivered = "order " + (order == null ? orderId : order) + " was delivered on " + TeamMoments.day(day.date())
            + " in the client's time zone " + day.zone().getId();
        String reason = "Withdrawn at the delivery: " + delivered + " before the client confirmed this milestone;"
            + " no checklist goes to the client and no task opens after the goods arrived.";
        // a checklist the mail server has not taken yet would reach the client after the goods
        int mails = mail.messages().withdrawWaiting(MessageKind.MILESTONE_CHECKLIST, orderId, delivered);
        int withdrawn = milestones.withdrawOpen(orderId, now, reason);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .variableValueEquals(Var.ORDER_ID, orderId).list();
        for (ProcessInstance milestone : open) {
            // kept with the instance's history, as is the reason of its deletion; the instance is no part of the
            // fulfilment, so deleting it does not touch the fulfilment that is ending
            execution.getProcessEngineServices().getTaskService().createComment(null, milestone.getId(), reason);
            runtime.deleteProcessInstance(milestone.getId(), reason);
        }
        if (withdrawn > 0 || !open.isEmpty() || mails > 0) {
            log.info("Order {} delivered: {} milestone(s) withdrawn, {} process(es) ended, {} checklist(s) withdrawn from the outbox",
                orderId, withdrawn, open.size(), mails);
        }
    }
}
