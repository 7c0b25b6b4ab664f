package io.meridian.inquiry;

import io.meridian.process.ClientClocks;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

import io.meridian.etiquette.Effect;
import io.meridian.etiquette.Observance;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.moments.TeamMoments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When a follow-up falls due: during a NO_PUSH observance (Ramadan for a Middle-East client) no
 * follow-up presses the client, so the journey waits for the first contact window after it, and the follow-up task made
 * then says why it comes so late (its briefing's "Waited:").
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
        boolean waited = Boolean.TRUE.equals(execution.getVariable(Var.NO_PUSH));
        // the NO_PUSH observance in force that lasts longest
        Optional<Observance> noPush = client.etiquette().observances().stream()
            .filter(o -> o.effect() == Effect.NO_PUSH)
            .max(Comparator.comparing(Observance::to));
        execution.setVariable(Var.NO_PUSH, noPush.isPresent());
        if (noPush.isPresent()) {
            Observance o = noPush.get();
            Instant after = clocks.clocks().after(client.calendar(), client.team(), o.to(), now);
            execution.setVariable(Var.NO_PUSH_REASON, "the follow-up fell due on " + TeamMoments.at(now, client.teamZone()) + " team time, in "
                + o.name() + " (" + TeamMoments.day(o.from()) + " to " + TeamMoments.day(o.to()) + "), when the client is not to be"
                + " pressed: it waited for the team's first call window with them after it, " + TeamMoments.at(after, client.teamZone())
                + " team time (" + client.teamZone().getId() + ")");
            execution.setVariable(Var.FOLLOW_UP_AT, Date.from(after));
        } else if (!waited) {
            execution.setVariable(Var.NO_PUSH_REASON, null);
        }
        // after a wait, its reason stays for the follow-up task this pass makes ("Waited:" in its briefing), which had
        // read only "the client has not answered the quote" weeks after the quote; the next pass clears it
    }
}
