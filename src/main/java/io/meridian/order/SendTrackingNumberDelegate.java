package io.meridian.order;

import java.time.Instant;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import java.util.Map;

import io.meridian.process.ClientMail;
import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Shipped: the tracking number goes to the client in their next send window (at once while one is open). */
@Component
class SendTrackingNumberDelegate implements JavaDelegate {

    private final ClientMail mail;
    private final ClientClocks clocks;

    SendTrackingNumberDelegate(ClientMail mail, ClientClocks clocks) {
        this.mail = mail;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String carrier = ProcessValues.text(execution, OrderFulfilment.Var.CARRIER); // none when the shipment named none
        String tracking = ProcessValues.requiredText(execution, OrderFulfilment.Var.TRACKING_NUMBER);
        String number = ProcessValues.text(execution, "orderNumber");
        mail.plan(execution, MessageKind.TRACKING_NUMBER,
            Map.of("orderNumber", number == null ? "" : number, "carrier", carrier == null ? "" : carrier, "trackingNumber", tracking),
            clocks.sendAt(execution, now), ProcessValues.requiredText(execution, Var.ORDER_ID));
    }
}
