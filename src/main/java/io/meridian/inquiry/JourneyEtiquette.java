package io.meridian.inquiry;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The etiquette a journey decided at its start, read from its one JSON variable ({@code etiquette},
 * set by "Determine etiquette") instead of copies of single fields: the number of follow-ups (the
 * gateway "Follow-ups left?", as {@code ${journeyEtiquette.followUpsLeft(execution)}}) and their
 * cadence. Each copy was a runtime and a history row on every start. An instance started while
 * the copies were kept still holds them; they carry the same values and are read as they are.
 */
@Component("journeyEtiquette")
public class JourneyEtiquette {

    /** Whether the journey may send another follow-up: fewer sent than the etiquette allows. */
    public boolean followUpsLeft(DelegateExecution execution) {
        Integer sent = ProcessValues.integer(execution, Var.FOLLOW_UPS_SENT);
        return (sent == null ? 0 : sent) < maxFollowUps(execution);
    }

    static int maxFollowUps(VariableScope scope) {
        return field(scope, Var.MAX_FOLLOW_UPS, 0, 100);
    }

    static int followUpAfterBusinessDays(VariableScope scope) {
        return field(scope, Var.FOLLOW_UP_AFTER_BUSINESS_DAYS, 0, 365);
    }

    private static int field(VariableScope scope, String name, int min, int max) {
        if (scope.hasVariable(name)) {
            return ProcessValues.requiredInteger(scope, name, min, max);
        }
        Object etiquette = scope.getVariable(Var.ETIQUETTE);
        if (!(etiquette instanceof SpinJsonNode json) || !json.hasProp(name) || !json.prop(name).isNumber()) {
            throw new IllegalStateException("the journey's etiquette (variable '" + Var.ETIQUETTE + "') has no number '" + name + "'");
        }
        int value = json.prop(name).numberValue().intValue();
        if (value < min || value > max) {
            throw new IllegalStateException("the journey's etiquette says " + name + " " + value + ", outside " + min + " to " + max);
        }
        return value;
    }
}
