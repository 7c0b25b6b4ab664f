package io.meridian.milestone;


import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Order fulfilment ends at the delivery ({@code ${withdrawMilestonesOnDelivery}} on its end event): a key milestone the
 * client has not confirmed by then is withdrawn ({@link MilestoneWithdrawal}; the shipment withdrew them already,
 * {@link WithdrawMilestonesOnShipment}, unless the fulfilment shipped on the process's former version, without that
 * listener). Its checklist asked the client to confirm a step of an order that has arrived, so none goes out any more,
 * its process ends, and the ledger keeps it as WITHDRAWN with the reason. A confirmed milestone stays as it was.
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
        FulfilmentMoment delivery = FulfilmentMoment.of(execution, OrderFulfilment.Var.DELIVERED_AT, clocks);
        String delivered = OrderEnds.delivered(delivery.order(), delivery.day());
        withdrawal.withdraw(delivery.orderId(), delivery.now(), OrderEnds.atDelivery(delivered), delivered);
    }
}
