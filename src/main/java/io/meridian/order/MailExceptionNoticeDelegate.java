package io.meridian.order;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskClocks;
import io.meridian.process.ClientMail;
import io.meridian.messages.MessageKind;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** An exception notice states cause, solution and expected recovery time, and goes to the client at once. */
@Component
class MailExceptionNoticeDelegate implements JavaDelegate {

    private final ClientMail mail;
    private final TaskClocks clocks;

    private final ClientClocks clients;

    MailExceptionNoticeDelegate(ClientMail mail, TaskClocks clocks, ClientClocks clients) {
        this.mail = mail;
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
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clients.decide(execution, now);
        mail.messages().plan(MessageKind.EXCEPTION_NOTICE, mail.addressee(execution, client.etiquette(), client.zone()),
            values(execution, number, cause, solution, recovery, client.zone()),
            clients.clocks().sendAt(client.calendar(), now), ProcessValues.requiredText(execution, Var.ORDER_ID));
    }

    /** The values of the exception notice template; the expected recovery in the client's clock. */
    static Map<String, Object> values(DelegateExecution execution, String number, String cause, String solution, Instant recovery,
                                      java.time.ZoneId clientZone) {
        String kind = ProcessValues.text(execution, OrderFulfilment.Var.EXCEPTION_KIND);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("orderNumber", number == null ? "" : number);
        v.put("productionDelay", "PRODUCTION_DELAY".equals(kind));
        v.put("logisticsHold", "LOGISTICS_HOLD".equals(kind));
        v.put("cause", cause);
        v.put("solution", solution);
        v.put("expectedRecovery", ClientMail.clientTime(recovery, clientZone));
        return v;
    }
}
