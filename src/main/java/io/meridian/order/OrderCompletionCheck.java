package io.meridian.order;

import java.time.Instant;
import java.util.Set;

import io.meridian.inquiry.ClientJourney;
import io.meridian.process.ClientClocks;
import io.meridian.system.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Confirming an order needs what the order confirmation says: a delivery date from the client's today on, on a working
 * day of the client and no sooner than the quoted lead time (unless a rush order, {@link DeliveryDates}), and a known
 * shipping method.
 */
@Component
class OrderCompletionCheck implements CompletionCheck {

    private final ClientClocks clocks;
    private final DeliveryDates deliveryDates;

    OrderCompletionCheck(ClientClocks clocks, DeliveryDates deliveryDates) {
        this.clocks = clocks;
        this.deliveryDates = deliveryDates;
    }

    @Override
    public String processKey() {
        return ClientJourney.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(ClientJourney.Activity.CONFIRM_ORDER);
    }

    @Override
    public void check(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        SendOrderConfirmationDelegate.checkConfirmation(task.getExecution(), clocks.today(task.getExecution(), now));
        deliveryDates.atConfirmation(task.getExecution(), now);
    }
}
