package io.meridian.complaint;

import java.time.Instant;

import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.process.ProcessValues;
import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The client confirmed: the complaint is resolved and the client receives the closing report (DOMAIN.md, seed 003); other
 * modules hear of it ({@link ComplaintResolved}).
 */
@Component
class CloseComplaintDelegate implements JavaDelegate {

    private final ComplaintLedger complaints;
    private final ComplaintMail mail;
    private final ApplicationEventPublisher events;

    CloseComplaintDelegate(ComplaintLedger complaints, ComplaintMail mail, ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.mail = mail;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        complaints.resolved(execution.getProcessBusinessKey(), now);
        mail.toClient(execution, MessageKind.COMPLAINT_CLOSING_REPORT, java.util.Map.of(
            "description", ProcessValues.requiredText(execution, Var.DESCRIPTION),
            "diagnosis", ProcessValues.requiredText(execution, Var.DIAGNOSIS),
            "interimSolution", ProcessValues.requiredText(execution, Var.INTERIM_SOLUTION),
            "rootCause", ProcessValues.requiredText(execution, Var.ROOT_CAUSE),
            "correctiveAction", ProcessValues.requiredText(execution, Var.CORRECTIVE_ACTION)), now);
        events.publishEvent(new ComplaintResolved(execution.getProcessBusinessKey(), ComplaintMail.number(execution), now));
    }
}
