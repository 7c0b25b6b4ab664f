package io.meridian.survey;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintRecord;

import io.meridian.messages.MessageKind;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The improvement report (findings, measures, timetable; for a detractor the number of the complaint the score opened or
 * joined) to the client in the next send window; the ledger marks it sent.
 */
@Component
class SendImprovementReportDelegate implements JavaDelegate {

    private final ClientMail mail;
    private final ClientClocks clocks;
    private final Surveys surveys;
    private final ComplaintLedger complaints;

    SendImprovementReportDelegate(ClientMail mail, ClientClocks clocks, Surveys surveys, ComplaintLedger complaints) {
        this.complaints = complaints;
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
        // the day of the evaluation, not its hour: that is when the team recorded the answers (10:00 in Shanghai), which the
        // subject named as 03:00 in Berlin, a time no client answers at
        v.put("evaluatedAt", ClientMail.clientDay(ProcessValues.instant(execution, Var.EVALUATED_AT, client.zone()), client.zone()));
        v.put("nps", execution.getVariable(Var.NPS));
        v.put("csat", execution.getVariable(Var.CSAT));
        v.put("ces", execution.getVariable(Var.CES));
        // a detractor (would recommend us 6 of 10 or less) reads an apology before the thanks
        Object nps = execution.getVariable(Var.NPS);
        v.put("detractor", nps instanceof Number n && n.intValue() <= Scores.DETRACTOR_MAX_NPS);
        v.put("findings", ProcessValues.requiredText(execution, Var.FINDINGS));
        v.put("measures", measures);
        v.put("timetable", ProcessValues.requiredText(execution, Var.TIMETABLE));
        // a detractor's report names the complaint the score opened or joined: the client's reply quotes it
        v.put(Var.COMPLAINT_NUMBER, Optional.ofNullable(ProcessValues.text(execution, Var.COMPLAINT_ID)).flatMap(complaints::byId)
            .map(ComplaintRecord::complaintNumber).orElse(""));
        String orderId = ProcessValues.text(execution, Var.ORDER_ID);
        mail.plan(execution, MessageKind.IMPROVEMENT_REPORT, v, clocks.clocks().sendAt(client.calendar(), now),
            orderId != null ? orderId : ProcessValues.requiredText(execution, Var.CLIENT_ID));
        surveys.reportSent(ProcessValues.requiredText(execution, Var.EVALUATION_ID), measures, now);
    }
}
