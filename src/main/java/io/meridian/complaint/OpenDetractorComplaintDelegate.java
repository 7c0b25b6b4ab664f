package io.meridian.complaint;

import java.util.HashMap;
import java.util.Map;

import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.inquiry.ClientJourney;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A detractor score (NPS 0–6) at the after-sales check-in opens a complaint about the order, in
 * the same transaction, or is added to the client's complaint about the order that is open already ({@link DetractorComplaints}). The category is what the check-in recorded as having gone wrong (required
 * for a detractor, never a default); the lower the score, the stronger the wording: 0–3 strong, 4–5
 * neutral, 6 mild. The complaint's id is kept with the journey, and with the evaluation in the survey
 * ledger ({@link DetractorComplaintOpened}).
 */
@Component
class OpenDetractorComplaintDelegate implements JavaDelegate {

    /** The check-in form's optional answer to "what went wrong". */
    static final String COMPLAINT_CATEGORY = "complaintCategory";
    static final String DETRACTOR_COMPLAINT_ID = "detractorComplaintId";
    /** The survey ledger's id of the check-in's evaluation, set when the check-in was recorded. */
    static final String EVALUATION_ID = "evaluationId";

    private final DetractorComplaints complaints;
    private final ApplicationEventPublisher events;

    OpenDetractorComplaintDelegate(DetractorComplaints complaints, ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int nps = ProcessValues.requiredInteger(execution, ClientJourney.Var.NPS, 0, 10);
        String comment = ProcessValues.text(execution, ClientJourney.Var.SATISFACTION_COMMENT);
        // the check-in's completion check made the category required for a detractor: no default, the complaint is about what went wrong
        String category = ProcessValues.requiredText(execution, COMPLAINT_CATEGORY);
        Map<String, Object> v = new HashMap<>();
        v.put(Var.ORDER_ID, ProcessValues.requiredText(execution, ClientJourney.Var.ORDER_ID));
        v.put(Var.CATEGORY, category);
        v.put(Var.WORDING, wording(nps).name());
        v.put(Var.DESCRIPTION, "After-sales check-in: NPS " + nps + " of 10, CSAT " + execution.getVariable(ClientJourney.Var.CSAT)
            + " of 5, CES " + execution.getVariable(ClientJourney.Var.CES) + " of 7."
            + (comment == null ? " The client left no comment." : " The client said: " + comment));
        // a complaint about the order open already takes the score: no second complaint, no second crisis alert
        DetractorComplaints.Handled handled = complaints.open(v, ComplaintService.now());
        execution.setVariable(DETRACTOR_COMPLAINT_ID, handled.id());
        String evaluation = ProcessValues.text(execution, EVALUATION_ID);
        if (evaluation != null) {
            events.publishEvent(new DetractorComplaintOpened(handled.id(), evaluation, handled.openAlready()));
        }
    }

    static Wording wording(int nps) {
        return Wording.ofDetractorScore(nps);
    }
}
