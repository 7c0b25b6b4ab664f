package io.meridian.order;

import java.time.Instant;
import java.time.LocalDate;

import io.meridian.formchoices.FormChoices;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completion of "Stock after promised delivery": the desk told the client, or changed the
 * delivery date, which must then not lie before the client's today, falls on a working day of the client
 * ({@link DeliveryDates}) and is kept in the order ledger. A changed date is an order change, which the client gets
 * confirmed in writing (DOMAIN.md, seed 001): {@link ConfirmChangedDeliveryDate} sends it after the task.
 */
@Component
class StockDateReviewListener implements TaskListener {

    /** The task's form, whose choices a refusal names as the desk reads them. */
    static final String FORM = "review-stock-date.form";

    private final OrderLedger orders;
    private final DeliveryDates deliveryDates;

    StockDateReviewListener(OrderLedger orders, DeliveryDates deliveryDates) {
        this.orders = orders;
        this.deliveryDates = deliveryDates;
    }

    @Override
    public void notify(DelegateTask task) {
        String text = ProcessValues.text(task, OrderFulfilment.Var.STOCK_DATE_ACTION);
        if (text == null) {
            throw new InvalidInputException(OrderFulfilment.Var.STOCK_DATE_ACTION,
                FormChoices.required(FORM, OrderFulfilment.Var.STOCK_DATE_ACTION));
        }
        OrderFulfilment.StockDateAction action = Inputs.enumValue(OrderFulfilment.Var.STOCK_DATE_ACTION, text,
            OrderFulfilment.StockDateAction.class, null);
        if (action == OrderFulfilment.StockDateAction.DATE_CHANGED) {
            Instant now = ClockUtil.now().toInstant();
            LocalDate date = deliveryDates.changed(task, now);
            String orderId = ProcessValues.requiredText(task, Var.ORDER_ID);
            LocalDate before = orders.byId(orderId).orElseThrow().deliveryDate();
            orders.deliveryDate(orderId, date);
            if (before != null && !date.equals(before)) {
                // the client gets the change in writing once the task is done ("Client told or date changed")
                task.getExecution().setVariableLocal(ConfirmChangedDeliveryDate.PREVIOUS_DELIVERY_DATE, before.toString());
            }
        }
    }
}
