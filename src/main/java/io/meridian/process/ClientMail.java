package io.meridian.process;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import io.meridian.etiquette.Etiquette;
import io.meridian.messages.Addressee;
import io.meridian.messages.ClientMessages;
import io.meridian.messages.Localized;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.OutboxMessage;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The client of a process instance as the message templates address it: the client's fields the
 * instance copied when it started and the etiquette decided for the step. Every process (journey,
 * fulfilment, complaint) plans its client emails and the task forms' previews through here.
 */
@Component
public class ClientMail {

    private final ClientMessages messages;
    private final ClientClocks clocks;

    public ClientMail(ClientMessages messages, ClientClocks clocks) {
        this.messages = messages;
        this.clocks = clocks;
    }

    public Addressee addressee(VariableScope scope, Etiquette etiquette, ZoneId zone) {
        return Addressee.of(ProcessValues.requiredText(scope, ClientVariables.EMAIL), ProcessValues.text(scope, ClientVariables.COMPANY),
            ProcessValues.requiredText(scope, ClientVariables.CONTACT_NAME), ProcessValues.text(scope, ClientVariables.GIVEN_NAME),
            ProcessValues.text(scope, ClientVariables.FAMILY_NAME), ProcessValues.text(scope, ClientVariables.SALUTATION),
            ProcessValues.text(scope, ClientVariables.TITLE), ProcessValues.text(scope, ClientVariables.LANGUAGE), zone, etiquette);
    }

    public Addressee addressee(VariableScope scope, Instant now) {
        ClientClocks.Client client = clocks.decide(scope, now);
        return addressee(scope, client.etiquette(), client.zone());
    }

    /** Renders the email and plans it in the outbox for {@code plannedAt}, in the step's transaction. */
    public OutboxMessage plan(VariableScope scope, MessageKind kind, Map<String, ?> values, Instant plannedAt, String reference) {
        return messages.plan(kind, addressee(scope, ClockUtilNow.now()), values, plannedAt, reference);
    }

    public ClientMessages messages() {
        return messages;
    }

    /** A moment in the client's clock, as emails show it. */
    public static Localized clientTime(Instant instant, ZoneId zone) {
        return ClientMessages.clientTime(instant, zone);
    }

    private static final class ClockUtilNow {
        static Instant now() {
            return org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant();
        }
    }
}
