package io.meridian.order;

import java.time.Instant;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.meridian.process.ClientMail;
import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Shipped: the tracking number goes to the client in their next send window (at once while one is open). A correction
 * (event subprocess "Tracking number corrected") sends the right number the same way, naming the one it replaces and
 * apologising in the client's tone; a further part of a split shipment sends every number of the shipment again.
 */
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
        String replaced = ProcessValues.text(execution, OrderFulfilment.Var.TRACKING_NUMBER_REPLACED); // none but in a correction
        // a split shipment's further parts, each told to the client beside the first
        List<Map<String, Object>> parts = TrackingNumbers.split(ProcessValues.text(execution, OrderFulfilment.Var.ADDITIONAL_TRACKING_NUMBERS))
            .stream().map(n -> Map.<String, Object>of("additionalTrackingNumber", n)).toList();
        // a correction apologises in the client's tone: briefly where the etiquette is direct, more fully where indirect
        boolean indirect = "INDIRECT".equals(clocks.decide(execution, now).etiquette().directness());
        mail.plan(execution, MessageKind.TRACKING_NUMBER,
            Map.of("orderNumber", number == null ? "" : number, "carrier", carrier == null ? "" : carrier, "trackingNumber", tracking,
                "additionalTrackingNumbers", parts, "replaces", replaced == null ? "" : replaced, "indirect", indirect,
                "corrected", Objects.toString(ProcessValues.text(execution, OrderFulfilment.Var.TRACKING_NUMBER_CORRECTED), "")),
            clocks.sendAt(execution, now), ProcessValues.requiredText(execution, Var.ORDER_ID));
    }
}
