package io.meridian.complaint;

import java.time.Duration;
import java.time.Instant;

import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The client is not satisfied: the complaint goes back to diagnosis one level higher. Its
 * severity rises one step (at most CRITICAL), the response time becomes the table's for the new
 * severity when that is shorter, managers join the candidates, and the client is told. Raised to a severity whose
 * Response times row opens the crisis channel (CRITICAL in the shipped table), it becomes a crisis: its answers run
 * 7×24 and every manager is alerted when its diagnosis task is made, as a complaint classified a crisis at once is; a crisis reopened alerts them again.
 */
@Component
class ReopenComplaintDelegate implements JavaDelegate {

    private final ComplaintDecisionService decisions;
    private final ComplaintLedger complaints;
    private final ComplaintMail mail;

    ReopenComplaintDelegate(ComplaintDecisionService decisions, ComplaintLedger complaints, ComplaintMail mail) {
        this.decisions = decisions;
        this.complaints = complaints;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        int level = ProcessValues.requiredInteger(execution, Var.LEVEL, 0, Integer.MAX_VALUE - 1) + 1;
        Severity severity = raised(Severity.valueOf(ProcessValues.requiredText(execution, Var.SEVERITY)));
        Duration current = Duration.parse(ProcessValues.requiredText(execution, Var.FIRST_RESPONSE));
        ComplaintDecisionService.ResponseRow forSeverity = decisions.responseRow(severity);
        Duration response = forSeverity.firstResponse().compareTo(current) < 0 ? forSeverity.firstResponse() : current;
        boolean wasCrisis = Boolean.TRUE.equals(execution.getVariable(Var.CRISIS));
        boolean crisis = wasCrisis || forSeverity.crisis();
        execution.setVariable(Var.LEVEL, level);
        execution.setVariable(Var.SEVERITY, severity.name());
        execution.setVariable(Var.FIRST_RESPONSE, response.toString());
        // raised to a crisis severity, the complaint runs on the crisis channel from here: 7×24, managers told at once
        execution.setVariable(Var.CRISIS, crisis);
        execution.setVariable(Var.TEAMS, ClassifyComplaintDelegate.teams(ProcessValues.requiredText(execution, Var.TEAM), true));
        complaints.reopened(execution.getProcessBusinessKey(), severity, level, crisis);
        // reopened in a crisis, the client is told a manager follows it personally: every manager hears of it when the
        // diagnosis task is made (CrisisAlert), so that the alert links it
        String comment = ProcessValues.text(execution, Var.CLIENT_COMMENT);
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("comment", comment == null ? "" : comment);
        mail.toClient(execution, io.meridian.messages.MessageKind.COMPLAINT_REOPENED, values, now);
    }

    static Severity raised(Severity severity) {
        Severity[] all = Severity.values();
        return all[Math.min(severity.ordinal() + 1, all.length - 1)];
    }
}
