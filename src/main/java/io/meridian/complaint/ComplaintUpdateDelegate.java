package io.meridian.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.messages.MessageKind;
import io.meridian.outofhours.OutOfHoursReply;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After each stage of a complaint, the client hears where it stands, in the words the person who
 * did the stage wrote: the acknowledgement, the diagnosis, the interim solution, the root cause
 * with its permanent fix (and the request to confirm). The ledger follows the stage.
 */
@Component
class ComplaintUpdateDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final ComplaintLedger complaints;
    private final ClientClocks clocks;

    ComplaintUpdateDelegate(ComplaintMail mail, ComplaintLedger complaints, ClientClocks clocks) {
        this.mail = mail;
        this.complaints = complaints;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        switch (execution.getCurrentActivityId()) {
            case Activity.SEND_ACKNOWLEDGEMENT -> update(execution, MessageKind.COMPLAINT_ACKNOWLEDGED,
                acknowledgement(execution, ClockUtil.now().toInstant()), ComplaintRecord.Status.ACKNOWLEDGED);
            case Activity.SEND_DIAGNOSIS -> update(execution, MessageKind.COMPLAINT_DIAGNOSIS,
                Map.of("text", text(execution, Var.DIAGNOSIS)), ComplaintRecord.Status.DIAGNOSED);
            case Activity.SEND_INTERIM_SOLUTION -> update(execution, MessageKind.COMPLAINT_INTERIM_SOLUTION,
                Map.of("text", text(execution, Var.INTERIM_SOLUTION)), ComplaintRecord.Status.INTERIM_SOLUTION);
            case Activity.SEND_ROOT_CAUSE_FIX -> update(execution, MessageKind.COMPLAINT_ROOT_CAUSE_FIX,
                Map.of("rootCause", text(execution, Var.ROOT_CAUSE), "correctiveAction", text(execution, Var.CORRECTIVE_ACTION)),
                ComplaintRecord.Status.ROOT_CAUSE_FIXED);
            default -> throw new IllegalStateException("no client update is defined for activity " + execution.getCurrentActivityId());
        }
    }

    private void update(DelegateExecution execution, MessageKind kind, Map<String, Object> values, ComplaintRecord.Status reached) {
        mail.toClient(execution, kind, values, ClockUtil.now().toInstant());
        complaints.status(execution.getProcessBusinessKey(), reached);
    }

    /**
     * The acknowledgement: the team's text; in a crisis the client's one email also apologises first, says a manager
     * follows it around the clock and when the diagnosis comes (the response time from now, 7×24, at the next quarter
     * hour), in the client's clock.
     */
    private Map<String, Object> acknowledgement(DelegateExecution execution, Instant now) {
        boolean crisis = Boolean.TRUE.equals(execution.getVariable(Var.CRISIS));
        Map<String, Object> values = new HashMap<>();
        values.put("text", text(execution, Var.ACKNOWLEDGEMENT));
        values.put("crisis", crisis);
        // promised at the next quarter hour, as every promise to a client ("by 05:15", not "by 05:07"); never before it is due
        values.put("nextUpdateBy", crisis ? ClientMail.clientTime(OutOfHoursReply.promise(now.plus(Duration.parse(text(execution,
            Var.FIRST_RESPONSE)))), clocks.decide(execution, now).zone()) : "");
        return values;
    }

    private static String text(DelegateExecution execution, String variable) {
        return ProcessValues.requiredText(execution, variable);
    }
}
