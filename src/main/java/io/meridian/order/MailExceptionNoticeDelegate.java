package io.meridian.order;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.inquiry.ClientClocks;
import io.meridian.inquiry.ProcessValues;
import io.meridian.inquiry.TaskClocks;
import io.meridian.outbox.Outbox;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** An exception notice states cause, solution and expected recovery time, and goes to the client at once. */
@Component
class MailExceptionNoticeDelegate implements JavaDelegate {

    private final Outbox outbox;
    private final TaskClocks clocks;

    private final ClientClocks clients;

    MailExceptionNoticeDelegate(Outbox outbox, TaskClocks clocks, ClientClocks clients) {
        this.outbox = outbox;
        this.clocks = clocks;
        this.clients = clients;
    }

    /** The notice's cause, solution and expected recovery, each required. */
    record Notice(String cause, String solution, Instant recovery) {
    }

    static Notice notice(VariableScope scope, java.time.ZoneId teamZone) {
        Map<String, String> missing = new LinkedHashMap<>();
        String cause = ProcessValues.text(scope, OrderFulfilment.Var.EXCEPTION_CAUSE);
        String solution = ProcessValues.text(scope, OrderFulfilment.Var.EXCEPTION_SOLUTION);
        Instant recovery = null;
        try {
            recovery = ProcessValues.instant(scope, OrderFulfilment.Var.EXPECTED_RECOVERY, teamZone);
        } catch (InvalidInputException e) {
            missing.put(OrderFulfilment.Var.EXPECTED_RECOVERY, e.getMessage());
        }
        if (cause == null) {
            missing.put(OrderFulfilment.Var.EXCEPTION_CAUSE, "the cause is required");
        }
        if (solution == null) {
            missing.put(OrderFulfilment.Var.EXCEPTION_SOLUTION, "the solution is required");
        }
        if (recovery == null && !missing.containsKey(OrderFulfilment.Var.EXPECTED_RECOVERY)) {
            missing.put(OrderFulfilment.Var.EXPECTED_RECOVERY, "the expected recovery time is required");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return new Notice(cause, solution, recovery);
    }

    @Override
    public void execute(DelegateExecution execution) {
        Notice notice = notice(execution, clocks.teamZone());
        String cause = notice.cause();
        String solution = notice.solution();
        Instant recovery = notice.recovery();
        String number = ProcessValues.text(execution, "orderNumber");
        outbox.planEmail(ProcessValues.requiredText(execution, Var.EMAIL),
            "Order " + number + ": " + ProcessValues.text(execution, OrderFulfilment.Var.EXCEPTION_KIND).toLowerCase().replace('_', ' '),
            "Dear " + ProcessValues.requiredText(execution, Var.CONTACT_NAME) + ",\n\nwe want to let you know at once about your order "
                + number + ".\n\nCause: " + cause + "\nSolution: " + solution + "\nExpected recovery: "
                + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(recovery.atZone(clocks.teamZone())) + " (" + clocks.teamZone() + ")\n",
            clients.sendAt(execution, ClockUtil.now().toInstant()), ProcessValues.requiredText(execution, Var.ORDER_ID));
    }
}
