package io.meridian.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import io.meridian.calendar.TeamCalendar;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When fulfilment stops waiting silently for the carrier system and asks logistics instead
 * (the timers of {@code processes/order-fulfilment.bpmn}, as {@code ${fulfilmentWaits...}}).
 * Both are about the team's own work for the client, so they count the working days of the client's desk
 * (the team's without desks), as the tasks they lead to do.
 */
@Component("fulfilmentWaits")
public class FulfilmentWaits {

    /** Customs cleared: the goods should leave within 2 team working days (judgement). */
    static final int SHIPMENT_WITHIN_WORKING_DAYS = 2;
    /** Asked again after a chase or a check that found nothing new. */
    static final int ASK_AGAIN_WORKING_DAYS = 1;

    private final ClientClocks clocks;

    FulfilmentWaits(ClientClocks clocks) {
        this.clocks = clocks;
    }

    public Date shipmentChaseAt(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        boolean chasedBefore = execution.getVariable(OrderFulfilment.Var.SHIPMENT_CHASE_NOTE) != null;
        return Date.from(clocks.team(execution).plusWorkingDays(now, chasedBefore ? ASK_AGAIN_WORKING_DAYS : SHIPMENT_WITHIN_WORKING_DAYS));
    }

    /** The morning after the promised delivery date (the desk's time), or a working day from now once that has passed. */
    public Date deliveryCheckAt(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        TeamCalendar team = clocks.team(execution);
        Instant again = team.plusWorkingDays(now, ASK_AGAIN_WORKING_DAYS);
        LocalDate promised = ProcessValues.date(execution, OrderFulfilment.Var.DELIVERY_DATE);
        if (promised == null) {
            return Date.from(again);
        }
        Instant dayAfter = team.contactHours(promised.plusDays(1)).start();
        return Date.from(dayAfter.isAfter(now) ? dayAfter : again);
    }
}
