package io.meridian.inquiry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import io.meridian.formchoices.FormChoices;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.ObjectionOutcome;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Handle objection" is completed only with one of its outcomes: without one, or with one the form does not offer (over
 * engine-rest), the gateway after it found no way on and the caller got the engine's 500. First of the task's checks,
 * so that the quote's and the next date's checks read the outcome as the gateway will.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ObjectionOutcomeCheck implements CompletionCheck {

    static final String FORM = "handle-objection.form";

    @Override
    public String processKey() {
        return ClientJourney.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.HANDLE_OBJECTION);
    }

    @Override
    public void check(DelegateTask task) {
        String text = ProcessValues.text(task, Var.OBJECTION_OUTCOME);
        if (text == null) {
            throw new InvalidInputException(Var.OBJECTION_OUTCOME, FormChoices.required(FORM, Var.OBJECTION_OUTCOME));
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(ObjectionOutcome.values()).noneMatch(o -> o.name().equals(name))) {
            throw new InvalidInputException(Var.OBJECTION_OUTCOME, FormChoices.unknown(FORM, Var.OBJECTION_OUTCOME, text));
        }
        // the gateway compares the name as written: "next_date" would find no way on
        task.setVariable(Var.OBJECTION_OUTCOME, name);
    }
}
