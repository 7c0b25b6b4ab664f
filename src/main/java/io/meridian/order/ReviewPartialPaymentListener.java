package io.meridian.order;

import java.time.Instant;

import io.meridian.formchoices.FormChoices;
import io.meridian.inquiry.ClientJourney.ShortfallDecision;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On completion of "Review partial payment": the desk either waits for the rest or accepts the
 * shortfall with a reason, which the order ledger keeps with who accepted it and when. A
 * completion without a decision, or an acceptance without a reason, is refused (400 over engine-rest).
 */
@Component
class ReviewPartialPaymentListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewPartialPaymentListener.class);
    static final int MAX_REASON = 1000;
    /** The task's form, whose choices a refusal names as the desk reads them. */
    static final String FORM = "review-partial-payment.form";

    private final OrderLedger orders;

    ReviewPartialPaymentListener(OrderLedger orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        String text = ProcessValues.text(task, Var.SHORTFALL_DECISION);
        if (text == null) {
            throw new InvalidInputException(Var.SHORTFALL_DECISION, FormChoices.required(FORM, Var.SHORTFALL_DECISION));
        }
        ShortfallDecision decision = Inputs.enumValue(Var.SHORTFALL_DECISION, text, ShortfallDecision.class, null);
        task.setVariable(Var.SHORTFALL_DECISION, decision.name());
        if (decision == ShortfallDecision.WAIT) {
            return;
        }
        String reason = ProcessValues.text(task, Var.SHORTFALL_REASON);
        if (reason == null) {
            throw new InvalidInputException(Var.SHORTFALL_REASON, "say why the order may go on with less than the amount due");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException(Var.SHORTFALL_REASON, Var.SHORTFALL_REASON + " is longer than " + MAX_REASON + " characters");
        }
        String orderId = ProcessValues.requiredText(task, Var.ORDER_ID);
        Instant now = ClockUtil.now().toInstant();
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String who = current != null ? current.getUserId() : task.getAssignee();
        orders.shortfallAccepted(orderId, new Shortfall(reason, who, now));
        log.info("Shortfall on order {} accepted by {}: {}", orderId, who, reason);
    }
}
