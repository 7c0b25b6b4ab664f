package io.meridian.inquiry;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.ObjectionOutcome;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps whether sales gave the quote in force in a talk: "Reply to inquiry" and a revision at "Handle objection"
 * done in a call, a video call or a meeting. The client then has the price before its email goes out (which waits
 * for the client's business hours) and may accept it; a quote given by email only must have reached the client
 * first ({@link QuoteReceipt}). Runs before the talk is recorded, which takes the form's talk fields off the journey.
 */
@Component("quoteTalkListener")
class QuoteTalkListener implements TaskListener {

    private static final String NO_TALK = "NONE";

    @Override
    public void notify(DelegateTask task) {
        if (Activity.HANDLE_OBJECTION.equals(task.getTaskDefinitionKey())
            && !ObjectionOutcome.REVISE.name().equals(ProcessValues.text(task.getExecution(), Var.OBJECTION_OUTCOME))) {
            return; // no new quote: the one in force stays as the client got it
        }
        String talk = ProcessValues.text(task.getExecution(), Var.TALK_KIND);
        if (talk == null || NO_TALK.equals(talk)) {
            task.getExecution().getProcessInstance().removeVariable(Var.QUOTE_GIVEN_IN_TALK);
        } else {
            task.getExecution().getProcessInstance().setVariable(Var.QUOTE_GIVEN_IN_TALK, talk);
        }
    }
}
