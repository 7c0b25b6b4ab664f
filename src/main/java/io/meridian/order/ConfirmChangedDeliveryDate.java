package io.meridian.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.ClientDates;
import io.meridian.messages.MessageKind;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A delivery date the order desk changed at "Stock after promised delivery" is an order change, which the client gets
 * confirmed in writing (DOMAIN.md, seed 001: order changes are confirmed by email whatever channel agreed them): the order
 * confirmation again, saying the date before and the new one ("Changed delivery date: Order confirmation …"). Runs at
 * "Client told or date changed", after the task, as its own step with retries.
 */
@Component
class ConfirmChangedDeliveryDate implements ExecutionListener {

    /** Local to the review: the delivery date promised before the desk changed it (yyyy-mm-dd); absent when none changed. */
    static final String PREVIOUS_DELIVERY_DATE = "previousDeliveryDate";

    private final OrderLedger orders;
    private final ClientMail mail;
    private final ClientClocks clocks;

    ConfirmChangedDeliveryDate(OrderLedger orders, ClientMail mail, ClientClocks clocks) {
        this.orders = orders;
        this.mail = mail;
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LocalDate before = ProcessValues.date(execution, PREVIOUS_DELIVERY_DATE);
        if (before == null) {
            return; // the desk told the client and kept the date
        }
        Instant now = ClockUtil.now().toInstant();
        String orderId = ProcessValues.requiredText(execution, Var.ORDER_ID);
        OrderRecord order = orders.byId(orderId).orElseThrow();
        Map<String, Object> values = SendOrderConfirmationDelegate.values(execution, order.orderNumber(), order.amount(),
            order.currency(), order.deliveryDate(), order.shippingMethod());
        values.put("previousDeliveryDate", ClientDates.day(before));
        mail.plan(execution, MessageKind.ORDER_CONFIRMATION, values, clocks.sendAt(execution, now), orderId);
    }
}
