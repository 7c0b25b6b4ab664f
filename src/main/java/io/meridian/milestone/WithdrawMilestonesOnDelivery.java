package io.meridian.milestone;

import java.time.Instant;
import java.util.Date;

import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Order fulfilment ends at the delivery ({@code ${withdrawMilestonesOnDelivery}} on its end event): a key milestone the
 * client has not confirmed by then is withdrawn (the shipment withdrew them already, {@link WithdrawMilestonesOnShipment},
 * unless the fulfilment shipped on the process's former version, without that listener) ({@link MilestoneWithdrawal}). Its checklist asked the client to confirm
 * a step of an order that has arrived, so none goes out any more, its process ends, and the ledger keeps it as WITHDRAWN
 * with the reason. A confirmed milestone stays as it was.
 */
@Component("withdrawMilestonesOnDelivery")
class WithdrawMilestonesOnDelivery implements ExecutionListener {

    private final MilestoneWithdrawal withdrawal;
    private final ClientClocks clocks;

    WithdrawMilestonesOnDelivery(MilestoneWithdrawal withdrawal, ClientClocks clocks) {
        this.withdrawal = withdrawal;
        this.clocks = clocks;
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
        String delivered = OrderEnds.delivered(order == null ? orderId : order, day);
        withdrawal.withdraw(orderId, now, OrderEnds.atDelivery(delivered), delivered);
    }
}
