package io.meridian.order;

import java.util.Set;

import io.meridian.inquiry.ClientJourney;
import io.meridian.system.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Confirming an order needs what the order confirmation says: a delivery date from today on and a known shipping method. */
@Component
class OrderCompletionCheck implements CompletionCheck {

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
        SendOrderConfirmationDelegate.checkConfirmation(task.getExecution());
    }
}
