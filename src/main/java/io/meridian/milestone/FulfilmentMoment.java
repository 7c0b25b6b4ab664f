package io.meridian.milestone;

import java.time.Instant;
import java.util.Date;

import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the milestone listeners on order fulfilment's events (the shipment, the delivery) read of the event: the order
 * (its id from the variable, or the business key of a fulfilment started before the variable existed), its number as the
 * team and client know it, the client's day when the event happened (its time variable, or now) and now.
 *
 * @param orderId the order's id
 * @param order the order's number ({@code MO-…}), its id where it has none
 * @param day the client's day at the event
 * @param now the engine's clock now
 */
record FulfilmentMoment(String orderId, String order, ClientToday day, Instant now) {

    /** The event of {@code execution} that happened at its variable {@code at}, on the client's clock from {@code clocks}. */
    static FulfilmentMoment of(DelegateExecution execution, String at, ClientClocks clocks) {
        String orderId = ProcessValues.text(execution, Var.ORDER_ID);
        if (orderId == null) {
            orderId = execution.getProcessBusinessKey();
        }
        Instant now = ClockUtil.now().toInstant();
        Instant happened = execution.getVariable(at) instanceof Date date ? date.toInstant() : now;
        String number = ProcessValues.text(execution, Var.ORDER_NUMBER);
        return new FulfilmentMoment(orderId, number == null ? orderId : number, clocks.today(execution, happened), now);
    }
}
