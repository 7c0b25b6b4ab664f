package io.meridian.inquiry;

import java.util.Date;
import java.util.Set;

import io.meridian.client.Client;
import io.meridian.client.ClientField;
import io.meridian.client.ClientLedger;
import io.meridian.inquiry.ClientJourney.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The client and inquiry facts a journey works with, read from the ledgers instead of copied into
 * the process: the client ledger and the inquiry ledger keep them, the process keeps their ids and the
 * few values its gateways, lists and the escalation sweep query ({@link #KEPT}). Every step of the
 * journey and of its order fulfilment sees the facts as transient variables (set when the step starts,
 * never written), so a delegate, a task listener or a form reads {@code contactName} as before and the
 * client record stays the only copy. Variables an engine-rest starter set itself stay as they are.
 */
@Component
class JourneyFacts implements ExecutionListener {

    /**
     * Client fields the process keeps as variables: Tasklist cards, the workbench's running work and
     * Cockpit show company, country and tier, the escalation sweep queries the tier, and the time zone
     * is read by timer expressions that may be evaluated before a step's start listeners run.
     */
    static final Set<String> KEPT = Set.of(Var.COMPANY, Var.COUNTRY, Var.TIER, Var.TIME_ZONE);

    private final ClientLedger clients;
    private final InquiryLedger inquiries;

    JourneyFacts(ClientLedger clients, InquiryLedger inquiries) {
        this.clients = clients;
        this.inquiries = inquiries;
    }

    /** Sets the facts of {@code client} and {@code inquiry} on the process instance of {@code execution}. */
    void put(DelegateExecution execution, Client client, InquiryRecord inquiry) {
        VariableScope instance = execution.getProcessInstance();
        for (ClientField field : ClientField.values()) {
            if (!field.inProcess()) {
                continue;
            }
            String value = field.of(client);
            set(instance, field.apiName(), value, KEPT.contains(field.apiName()));
        }
        set(instance, Var.PRODUCT, inquiry.product(), false);
        set(instance, Var.QUANTITY, inquiry.quantity(), false);
        set(instance, Var.MESSAGE, inquiry.message(), false);
        set(instance, Var.RECEIVED_AT, Date.from(inquiry.receivedAt()), false);
        set(instance, Var.CHANNEL, inquiry.channel(), false);
        set(instance, Var.EXTERNAL_REF, inquiry.externalRef(), false);
        set(instance, Var.REPLY_DUE_AT, Date.from(inquiry.replyDueAt()), false);
    }

    /** When a step starts: the facts, unless this command has them already. */
    @Override
    public void notify(DelegateExecution execution) {
        VariableScope instance = execution.getProcessInstance();
        if (instance.hasVariable(Var.EMAIL)) {
            return;
        }
        Object clientId = instance.getVariable(Var.CLIENT_ID);
        Object inquiryId = instance.getVariable(Var.INQUIRY_ID);
        if (clientId == null || inquiryId == null) {
            return; // not registered yet: the registering step sets them
        }
        Client client = clients.byId(clientId.toString()).orElseThrow(() -> new IllegalStateException(
            "the journey's client " + clientId + " is not in the client ledger"));
        InquiryRecord inquiry = inquiries.byId(inquiryId.toString()).orElseThrow(() -> new IllegalStateException(
            "the journey's inquiry " + inquiryId + " is not in the inquiry ledger"));
        put(execution, client, inquiry);
    }

    /**
     * A fact as a transient variable; as a persistent one where the process keeps it, or where the
     * instance holds it persistently already (an engine-rest start that passed it as a variable).
     */
    private static void set(VariableScope instance, String name, Object value, boolean keep) {
        TypedValue existing = instance.getVariableTyped(name);
        boolean persistent = existing != null && !existing.isTransient() || keep && value != null;
        if (persistent) {
            instance.setVariable(name, value);
        } else if (value != null) {
            instance.setVariable(name, Variables.untypedValue(value, true));
        } else if (existing != null) {
            instance.removeVariable(name);
        }
    }

    /**
     * Attaches {@link JourneyFacts} to the start of every step of every process: it does nothing in a
     * process without a registered inquiry ({@code clientId} and {@code inquiryId}) or whose instance
     * keeps its own client variables (a complaint), so the journey's call activity passes ids only.
     */
    static AbstractBpmnParseListener parseListener(JourneyFacts facts) {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                attach(definition, facts);
            }
        };
    }

    private static void attach(ScopeImpl scope, ExecutionListener listener) {
        for (ActivityImpl activity : scope.getActivities()) {
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener, 0);
            attach(activity, listener);
        }
    }
}
