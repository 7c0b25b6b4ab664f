package io.meridian.escalation;

import org.springframework.stereotype.Component;

/**
 * The sweep's time cycle for the BPMN timer ({@code ${escalationSweepSchedule.cycle}}). Camunda
 * evaluates a timer start expression when the process is deployed, and, with
 * {@code reevaluate-time-cycle-when-due} on, again each time the timer fires: so a changed
 * {@code meridian.escalation.sweep-cycle} takes effect after the next run, even though an
 * unchanged BPMN file is not deployed again on restart.
 */
@Component("escalationSweepSchedule")
public class SweepSchedule {

    private final EscalationSettings settings;

    SweepSchedule(EscalationSettings settings) {
        this.settings = settings;
    }

    public String getCycle() {
        return settings.sweepCycle().trim();
    }
}
