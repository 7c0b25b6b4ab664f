package io.meridian.inquiry;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import io.meridian.etiquette.Observance;
import io.meridian.inquiry.ClientJourney.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When a follow-up falls due: during a NO_PUSH observance (Ramadan for a Middle-East client) no
 * follow-up presses the client, so the journey waits for the first contact window after it.
 */
@Component
class CheckObservancesDelegate implements JavaDelegate {

    private final FollowUpPlanner planner;

    CheckObservancesDelegate(FollowUpPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String country = ProcessValues.requiredText(execution, Var.COUNTRY);
        Optional<Observance> noPush = planner.noPush(country, now);
        execution.setVariable(Var.NO_PUSH, noPush.isPresent());
        if (noPush.isPresent()) {
            Observance o = noPush.get();
            execution.setVariable(Var.NO_PUSH_REASON, o.name() + " (" + o.from() + " to " + o.to() + "): do not press the client");
            execution.setVariable(Var.FOLLOW_UP_AT,
                Date.from(planner.afterObservance(country, ProcessValues.zone(execution, Var.TIME_ZONE), o, now)));
        } else {
            execution.setVariable(Var.NO_PUSH_REASON, null);
        }
    }
}
