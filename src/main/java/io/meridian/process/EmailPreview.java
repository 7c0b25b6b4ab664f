package io.meridian.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The client email a task leads to, shown in its form where the decision is made (task-local
 * variable {@code emailPreview}): subject, salutation, languages and the planned send time in
 * both clocks if the task were completed now. What the form itself will fill in shows as "…".
 */
@Component
public class EmailPreview {

    public static final String VARIABLE = "emailPreview";
    private static final Logger log = LoggerFactory.getLogger(EmailPreview.class);
    private static final Map<String, MessageKind> BY_TASK = Map.of(
        "replyToInquiry", MessageKind.QUOTE,
        "confirmOrder", MessageKind.ORDER_CONFIRMATION,
        "sendExceptionNotice", MessageKind.EXCEPTION_NOTICE,
        "acknowledgeComplaint", MessageKind.COMPLAINT_ACKNOWLEDGED,
        "diagnoseComplaint", MessageKind.COMPLAINT_DIAGNOSIS,
        "provideInterimSolution", MessageKind.COMPLAINT_INTERIM_SOLUTION,
        "fixRootCause", MessageKind.COMPLAINT_ROOT_CAUSE_FIX);
    private static final String TO_BE_FILLED = "…";

    private final ClientMail mail;
    private final ClientClocks clocks;

    EmailPreview(ClientMail mail, ClientClocks clocks) {
        this.mail = mail;
        this.clocks = clocks;
    }

    /** Sets the preview on a task that leads to a client email; leaves other tasks alone. */
    public void render(DelegateTask task, Instant now, ClientClocks.Client client) {
        MessageKind kind = BY_TASK.get(task.getTaskDefinitionKey());
        if (kind == null) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        for (String name : kind.placeholders()) {
            Object value = task.getVariable(name);
            values.put(name, value == null ? TO_BE_FILLED : value.toString());
        }
        String exception = ProcessValues.text(task, "exceptionKind");
        values.put("productionDelay", "PRODUCTION_DELAY".equals(exception));
        values.put("logisticsHold", "LOGISTICS_HOLD".equals(exception));
        values.put("qualityComplaint", "QUALITY_COMPLAINT".equals(exception));
        if (!"QUALITY_COMPLAINT".equals(exception)) {
            // only a quality complaint's notice is about the complaint; the others are about the order
            values.put("complaintNumber", "");
        }
        Instant plannedAt = Boolean.TRUE.equals(task.getVariable("crisis")) ? now : clocks.clocks().sendAt(client.calendar(), now);
        try {
            task.setVariableLocal(VARIABLE, TaskGuidance.cut(mail.messages().preview(kind,
                mail.addressee(task, client.etiquette(), client.zone()), values, plannedAt, client.teamZone())));
        } catch (RuntimeException e) {
            // a preview must never stop the task from being created
            log.warn("No email preview for task {} ({}): {}", task.getId(), task.getTaskDefinitionKey(), e.toString());
        }
    }
}
