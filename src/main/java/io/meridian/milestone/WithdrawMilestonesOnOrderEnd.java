package io.meridian.milestone;

import java.time.Instant;

import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.order.OrderCancellation;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * An order's fulfilment or journey that ends without a delivery ({@code ${withdrawMilestonesOnOrderEnd}} at the end of
 * both processes): the order is over, so its key milestones the client has not confirmed are withdrawn as a delivery
 * withdraws them ({@link MilestoneWithdrawal}), the reason naming the day and what ended ("order MO-… ended without a
 * delivery on Mon 11 Jan 2027 in the client's time zone Europe/Berlin (Order fulfilment cancelled: Client cancelled)").
 * Neither process reaches an end of its own without the delivery: this is a cancellation in Cockpit or over
 * {@code DELETE /engine-rest/process-instance/{id}}, of the fulfilment or of the journey that called it. A delivered
 * order's milestones were withdrawn by the delivery ({@link WithdrawMilestonesOnDelivery}); a journey that ended before
 * any order (a lost inquiry) has none. The order is then CANCELLED, its client emails still waiting withdrawn
 * ({@link OrderCancellation}). A cancellation that skips custom listeners (Cockpit's default) is found just before a
 * client email about the order goes out ({@link OrderEmailCheck}), at the periodic check of running orders
 * ({@link OrderEndsCheck}) or at the next start ({@link MilestonesLeftOpen}).
 */
@Component("withdrawMilestonesOnOrderEnd")
class WithdrawMilestonesOnOrderEnd implements ExecutionListener {

    private final MilestoneWithdrawal withdrawal;
    private final OrderLedger orders;
    private final ClientClocks clocks;
    private final OrderCancellation cancellation;

    WithdrawMilestonesOnOrderEnd(MilestoneWithdrawal withdrawal, OrderLedger orders, ClientClocks clocks, OrderCancellation cancellation) {
        this.withdrawal = withdrawal;
        this.orders = orders;
        this.clocks = clocks;
        this.cancellation = cancellation;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String orderId = ProcessValues.text(execution, Var.ORDER_ID);
        OrderRecord order = orderId == null ? null : orders.byId(orderId).orElse(null);
        if (order == null || order.status() == OrderRecord.Status.DELIVERED || order.status() == OrderRecord.Status.CANCELLED) {
            // delivered: the delivery withdrew what waited; cancelled: the fulfilment's end did, then the journey's end
            return;
        }
        Instant now = ClockUtil.now().toInstant();
        String how = how(execution);
        String ended = OrderEnds.endedWithoutDelivery(order.orderNumber(), clocks.today(execution, now), how);
        withdrawal.withdraw(orderId, now, OrderEnds.withoutDelivery(ended), ended);
        // the order itself is off: CANCELLED in the ledger, and no other email about it reaches the client
        cancellation.cancel(orderId, now, how, ended);
    }

    /** "Order fulfilment cancelled: Client cancelled the order", the process's name and the reason given, if any. */
    private static String how(DelegateExecution execution) {
        String process = execution.getProcessDefinitionId();
        String reason = null;
        if (execution instanceof ExecutionEntity entity) {
            process = entity.getProcessDefinition().getName();
            reason = entity.getDeleteReason();
        }
        return process + " cancelled" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
    }
}
