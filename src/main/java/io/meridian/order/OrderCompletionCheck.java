package io.meridian.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.meridian.inquiry.ClientJourney;
import io.meridian.system.CompletionCheck;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Confirming an order needs what the order confirmation says: a delivery date from the client's today on, on a working
 * day of the client and no sooner than the quoted lead time (unless a rush order, {@link DeliveryDates}), and a known
 * shipping method.
 */
@Component
class OrderCompletionCheck implements CompletionCheck {

    private final DeliveryDates deliveryDates;

    OrderCompletionCheck(DeliveryDates deliveryDates) {
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
        VariableScope scope = task.getExecution();
        // every wrong field at once, in the form's order, each with its first problem, as the /api answers: a form with
        // three mistakes took three tries when each check refused alone
        Map<String, String> errors = new LinkedHashMap<>();
        collect(errors, () -> deliveryDates.atConfirmation(scope, now));
        collect(errors, () -> DeliveryDates.rush(scope));
        collect(errors, () -> SendOrderConfirmationDelegate.shippingMethod(scope));
        Inputs.throwIfAny(errors);
    }

    private static void collect(Map<String, String> errors, Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            e.fields().forEach(errors::putIfAbsent);
        }
    }
}
