package io.meridian.order;

import java.time.Instant;
import java.util.Date;

import io.meridian.process.ClientClocks;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the journey stops waiting silently for a payment and asks the order desk to chase it (the
 * timer {@code paymentOverdue} of {@code processes/client-journey.bpmn}, as {@code ${paymentChase.due(execution)}}):
 * 3 team working days after the order was opened, then 2 after each chase (judgement: the order
 * desk's own work with the client, so the working days of the client's desk count, the team's without desks).
 */
@Component("paymentChase")
public class PaymentChase {

    static final int FIRST_CHASE_WORKING_DAYS = 3;
    static final int CHASE_AGAIN_WORKING_DAYS = 2;
    /** Set by the chase form; its presence means the desk has chased before. */
    public static final String CHASE_NOTE = "paymentChaseNote";

    private final ClientClocks clocks;

    PaymentChase(ClientClocks clocks) {
        this.clocks = clocks;
    }

    public Date due(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        boolean chasedBefore = execution.getVariable(CHASE_NOTE) != null;
        return Date.from(clocks.team(execution).plusWorkingDays(now, chasedBefore ? CHASE_AGAIN_WORKING_DAYS : FIRST_CHASE_WORKING_DAYS));
    }
}
