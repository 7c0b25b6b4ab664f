package io.meridian.order;

import java.util.Set;

import io.meridian.inquiry.ClientJourney;
import io.meridian.process.ClientClocks;
import io.meridian.system.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Confirming an order needs what the order confirmation says: a delivery date from the client's today on and a known shipping method. */
@Component
class OrderCompletionCheck implements CompletionCheck {

    private final ClientClocks clocks;

    OrderCompletionCheck(ClientClocks clocks) {
        this.clocks = clocks;
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
        SendOrderConfirmationDelegate.checkConfirmation(task.getExecution(), clocks.today(task.getExecution(), ClockUtil.now().toInstant()));
    }
}
