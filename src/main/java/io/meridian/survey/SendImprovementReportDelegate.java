package io.meridian.survey;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import io.meridian.messages.MessageKind;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The improvement report (findings, measures, timetable) to the client in the next send window; the ledger marks it sent. */
@Component
class SendImprovementReportDelegate implements JavaDelegate {

    private final ClientMail mail;
    private final ClientClocks clocks;
    private final Surveys surveys;

    SendImprovementReportDelegate(ClientMail mail, ClientClocks clocks, Surveys surveys) {
        this.mail = mail;
        this.clocks = clocks;
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clocks.decide(execution, now);
        String measures = ProcessValues.requiredText(execution, Var.MEASURES);
        Map<String, Object> v = new HashMap<>();
        v.put("evaluatedAt", ClientMail.clientTime(ProcessValues.instant(execution, Var.EVALUATED_AT, client.zone()), client.zone()));
        v.put("nps", execution.getVariable(Var.NPS));
        v.put("csat", execution.getVariable(Var.CSAT));
        v.put("ces", execution.getVariable(Var.CES));
        // a detractor (would recommend us 6 of 10 or less) reads an apology before the thanks
        Object nps = execution.getVariable(Var.NPS);
        v.put("detractor", nps instanceof Number n && n.intValue() <= Scores.DETRACTOR_MAX_NPS);
        v.put("findings", ProcessValues.requiredText(execution, Var.FINDINGS));
        v.put("measures", measures);
        v.put("timetable", ProcessValues.requiredText(execution, Var.TIMETABLE));
        String orderId = ProcessValues.text(execution, Var.ORDER_ID);
        mail.plan(execution, MessageKind.IMPROVEMENT_REPORT, v, clocks.clocks().sendAt(client.calendar(), now),
            orderId != null ? orderId : ProcessValues.requiredText(execution, Var.CLIENT_ID));
        surveys.reportSent(ProcessValues.requiredText(execution, Var.EVALUATION_ID), measures, now);
    }
}
