package io.meridian.inquiry;

import io.meridian.process.ClientClocks;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

import io.meridian.etiquette.Effect;
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

    private final ClientClocks clocks;

    CheckObservancesDelegate(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clocks.decide(execution, now);
        // the NO_PUSH observance in force that lasts longest
        Optional<Observance> noPush = client.etiquette().observances().stream()
            .filter(o -> o.effect() == Effect.NO_PUSH)
            .max(Comparator.comparing(Observance::to));
        execution.setVariable(Var.NO_PUSH, noPush.isPresent());
        if (noPush.isPresent()) {
            Observance o = noPush.get();
            execution.setVariable(Var.NO_PUSH_REASON, o.name() + " (" + o.from() + " to " + o.to() + "): do not press the client");
            execution.setVariable(Var.FOLLOW_UP_AT,
                Date.from(clocks.clocks().after(client.calendar(), client.team(), o.to(), now)));
        } else {
            execution.setVariable(Var.NO_PUSH_REASON, null);
        }
    }
}
