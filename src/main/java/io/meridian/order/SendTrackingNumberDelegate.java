package io.meridian.order;

import java.time.Instant;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.inquiry.ClientClocks;
import io.meridian.inquiry.ProcessValues;
import io.meridian.outbox.Outbox;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Shipped: the tracking number goes to the client at once, not at the next contact window. */
@Component
class SendTrackingNumberDelegate implements JavaDelegate {

    private final Outbox outbox;
    private final ClientClocks clocks;

    SendTrackingNumberDelegate(Outbox outbox, ClientClocks clocks) {
        this.outbox = outbox;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String carrier = ProcessValues.requiredText(execution, OrderFulfilment.Var.CARRIER);
        String tracking = ProcessValues.requiredText(execution, OrderFulfilment.Var.TRACKING_NUMBER);
        String number = ProcessValues.text(execution, "orderNumber");
        outbox.planEmail(ProcessValues.requiredText(execution, Var.EMAIL),
            "Order " + number + " shipped: tracking number " + tracking,
            "Dear " + ProcessValues.requiredText(execution, Var.CONTACT_NAME) + ",\n\nyour order " + number
                + " has been shipped with " + carrier + ". Tracking number: " + tracking + ".\n",
            clocks.sendAt(execution, now), ProcessValues.requiredText(execution, Var.ORDER_ID));
    }
}
