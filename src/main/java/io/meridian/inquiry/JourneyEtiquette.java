package io.meridian.inquiry;

import io.meridian.etiquette.Etiquette;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The etiquette a journey decided at its start, one JSON value that the inquiry ledger keeps
 * ({@link DetermineEtiquetteDelegate}), instead of copies of single fields: the number of follow-ups
 * (the gateway "Follow-ups left?", as {@code ${journeyEtiquette.followUpsLeft(execution)}}) and their
 * cadence. Instances started before the ledger kept it hold it as their variable {@code etiquette},
 * or, earlier still, as copies of the fields; those are read as they are.
 */
@Component("journeyEtiquette")
public class JourneyEtiquette {

    private final InquiryLedger inquiries;

    JourneyEtiquette(InquiryLedger inquiries) {
        this.inquiries = inquiries;
    }

    /** Whether the journey may send another follow-up: fewer sent than the etiquette allows. */
    public boolean followUpsLeft(DelegateExecution execution) {
        Integer sent = ProcessValues.integer(execution, Var.FOLLOW_UPS_SENT);
        return (sent == null ? 0 : sent) < maxFollowUps(execution);
    }

    int maxFollowUps(VariableScope scope) {
        return field(scope, Var.MAX_FOLLOW_UPS, 0, Etiquette.MOST_FOLLOW_UPS);
    }

    int followUpAfterBusinessDays(VariableScope scope) {
        return field(scope, Var.FOLLOW_UP_AFTER_BUSINESS_DAYS, 0, Etiquette.MOST_FOLLOW_UP_DAYS);
    }

    private int field(VariableScope scope, String name, int min, int max) {
        if (scope.hasVariable(name)) {
            return ProcessValues.requiredInteger(scope, name, min, max);
        }
        SpinJsonNode etiquette = decided(scope);
        if (!etiquette.hasProp(name) || !etiquette.prop(name).isNumber()) {
            throw new IllegalStateException("the journey's etiquette has no number '" + name + "'");
        }
        int value = etiquette.prop(name).numberValue().intValue();
        if (value < min || value > max) {
            throw new IllegalStateException("the journey's etiquette says " + name + " " + value + ", outside " + min + " to " + max);
        }
        return value;
    }

    /** The instance's variable where it has one (its start is running, or it began before the ledger kept it), else the ledger's. */
    private SpinJsonNode decided(VariableScope scope) {
        if (scope.getVariable(Var.ETIQUETTE) instanceof SpinJsonNode variable) {
            return variable;
        }
        String inquiryId = ProcessValues.text(scope, Var.INQUIRY_ID);
        if (inquiryId == null) {
            throw new IllegalStateException("the journey has no etiquette: neither a variable '" + Var.ETIQUETTE
                + "' nor an inquiry id ('" + Var.INQUIRY_ID + "') whose ledger entry keeps it");
        }
        return Spin.JSON(inquiries.etiquette(inquiryId).orElseThrow(() -> new IllegalStateException(
            "the journey has no etiquette: inquiry '" + inquiryId + "' keeps none in the inquiry ledger and the process no variable '"
                + Var.ETIQUETTE + "'")));
    }
}
