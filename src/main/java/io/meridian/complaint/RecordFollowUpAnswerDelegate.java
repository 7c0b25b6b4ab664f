package io.meridian.complaint;

import java.util.Arrays;
import java.util.Locale;

import io.meridian.complaint.ComplaintHandling.FollowUpAnswer;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.process.ProcessValues;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Takes the outcome of a follow-up: the client's answer counts as their confirmation
 * ({@code satisfied}), no answer yet means waiting again. Refuses a missing or unknown answer,
 * so a completion through engine-rest cannot leave the complaint stuck. A verdict on a fix whose email the outbox gave up
 * on, not sent again nor settled another way, is refused as the API's confirmation is: the client confirms a fix they have.
 */
@Component
class RecordFollowUpAnswerDelegate implements JavaDelegate {

    private final FixEmail fixEmail;

    RecordFollowUpAnswerDelegate(FixEmail fixEmail) {
        this.fixEmail = fixEmail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String text = ProcessValues.requiredText(execution, Var.CLIENT_ANSWER).trim().toUpperCase(Locale.ROOT);
        FollowUpAnswer answer = Arrays.stream(FollowUpAnswer.values()).filter(a -> a.name().equals(text)).findFirst()
            .orElseThrow(() -> new InvalidInputException(Var.CLIENT_ANSWER, Var.CLIENT_ANSWER + " '" + text
                + "' is not one of " + Arrays.toString(FollowUpAnswer.values())));
        if (answer != FollowUpAnswer.NO_ANSWER && execution.getProcessBusinessKey() != null) {
            fixEmail.notDelivered(execution.getProcessBusinessKey()).ifPresent(failed -> {
                throw new InvalidInputException(Var.CLIENT_ANSWER, "the client's verdict waits: " + fixEmail.describe(execution.getProcessBusinessKey(), failed)
                    + "; complete that task first, or choose " + FollowUpAnswer.NO_ANSWER + " for now");
            });
        }
        execution.setVariable(Var.CLIENT_ANSWER, answer.name());
        Integer before = ProcessValues.integer(execution, Var.FOLLOW_UPS);
        execution.setVariable(Var.FOLLOW_UPS, (before == null ? 0 : before) + 1);
        if (answer != FollowUpAnswer.NO_ANSWER) {
            execution.setVariable(Var.SATISFIED, answer == FollowUpAnswer.SATISFIED);
        }
    }
}
