package io.meridian.undelivered;

import java.time.Instant;

import io.meridian.formchoices.FormChoices;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ProcessValues;
import io.meridian.system.Caller;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What completing an undelivered email's task (a client's or a staff member's) answers, read the same way for
 * both: the choice (a 400 naming the field when it is missing or unknown), the email, which must still be
 * FAILED and unsettled, and who answered when.
 *
 * @param outcome the choice, kept on the process as its name
 * @param message the email the task is about
 */
record Answer<E extends Enum<E>>(E outcome, OutboxMessage message, String by, Instant at) {

    /**
     * @param outcomeVariable the form's field of the choice
     * @param form            the task's form, whose choices a missing answer is refused with, as the person reads them
     */
    static <E extends Enum<E>> Answer<E> of(DelegateTask task, Outbox outbox, String outcomeVariable, Class<E> outcomes,
                                            String messageIdVariable, String form) {
        String chosen = ProcessValues.text(task, outcomeVariable);
        if (chosen == null) {
            throw new InvalidInputException(outcomeVariable, FormChoices.required(form, outcomeVariable));
        }
        E outcome = Inputs.enumValue(outcomeVariable, chosen, outcomes, null);
        task.setVariable(outcomeVariable, outcome.name());
        String messageId = ProcessValues.requiredText(task, messageIdVariable);
        OutboxMessage message = outbox.byId(messageId)
            .orElseThrow(() -> new IllegalStateException("outbox message " + messageId + " is gone"));
        if (message.status() != OutboxMessage.Status.FAILED || message.delivery().settled() != null) {
            throw new InvalidInputException(outcomeVariable, "the email is " + message.status() + (message.delivery().settled() == null
                ? "" : ", settled by " + message.delivery().settled().by()) + " already: there is nothing left to do");
        }
        return new Answer<>(outcome, message, Caller.id(task.getProcessEngineServices().getIdentityService()), ClockUtil.now().toInstant());
    }

    /** What the email keeps of this answer: who settled it, when, and how. */
    OutboxMessage.Settlement settlement(String note) {
        return new OutboxMessage.Settlement(by, at, note);
    }
}
