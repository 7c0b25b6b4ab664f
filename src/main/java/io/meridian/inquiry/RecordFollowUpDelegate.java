package io.meridian.inquiry;

import io.meridian.process.ClientClocks;

import io.meridian.process.ProcessValues;

import java.time.Instant;
import java.util.Date;

import io.meridian.inquiry.ClientJourney.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Counts a follow-up done and plans the next one after the table's cadence. */
@Component
class RecordFollowUpDelegate implements JavaDelegate {

    private final ClientClocks clocks;
    private final JourneyEtiquette etiquette;

    RecordFollowUpDelegate(ClientClocks clocks, JourneyEtiquette etiquette) {
        this.clocks = clocks;
        this.etiquette = etiquette;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        Integer sent = ProcessValues.integer(execution, Var.FOLLOW_UPS_SENT);
        execution.setVariable(Var.FOLLOW_UPS_SENT, (sent == null ? 0 : sent) + 1);
        int days = etiquette.followUpAfterBusinessDays(execution);
        ClientClocks.Client client = clocks.decide(execution, now);
        execution.setVariable(Var.FOLLOW_UP_AT, Date.from(clocks.clocks().followUpAt(client.calendar(), client.team(), days, now)));
    }
}
