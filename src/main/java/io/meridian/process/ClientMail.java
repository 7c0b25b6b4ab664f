package io.meridian.process;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.meridian.etiquette.Etiquette;
import io.meridian.messages.Addressee;
import io.meridian.messages.ClientDates;
import io.meridian.messages.ClientMessages;
import io.meridian.messages.Localized;
import io.meridian.messages.MessageKind;
import io.meridian.messages.WriterNames;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.Caller;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The client of a process instance as the message templates address it: the client's fields the
 * instance copied when it started and the etiquette decided for the step. Every process (journey,
 * fulfilment, complaint) plans its client emails and the task forms' previews through here.
 */
@Component
public class ClientMail {

    private static final Logger log = LoggerFactory.getLogger(ClientMail.class);

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
        return plan(scope, addressee(scope, ClockUtilNow.now()), kind, values, plannedAt, reference);
    }

    /**
     * As {@link #plan(VariableScope, MessageKind, Map, Instant, String)} to {@code to}; an email a team member's task
     * produced ({@link #PERSONAL}) is signed with that person's name above the company's signature.
     */
    public OutboxMessage plan(VariableScope scope, Addressee to, MessageKind kind, Map<String, ?> values, Instant plannedAt,
                              String reference) {
        return plan(scope, to, kind, values, plannedAt, reference, scope.getVariable(Caller.COMPLETED_BY));
    }

    /**
     * As {@link #plan(VariableScope, Addressee, MessageKind, Map, Instant, String)}, signed with the name of
     * {@code writtenBy} (a user id; null for nobody known: the team signs) rather than of whoever completed the instance's
     * last task: for an email whose task ran beside others (the emergency plan's roles), one of which may have completed
     * in between.
     */
    public OutboxMessage plan(VariableScope scope, Addressee to, MessageKind kind, Map<String, ?> values, Instant plannedAt,
                              String reference, Object writtenBy) {
        String writer = PERSONAL.contains(kind) ? writer(scope, writtenBy, kind, values.get(ClientMessages.TEAM)) : null;
        if (writer == null) {
            return messages.plan(kind, to, values, plannedAt, reference, chain(scope, reference));
        }
        Map<String, Object> signed = new HashMap<>(values);
        signed.put(ClientMessages.WRITER, writer);
        return messages.plan(kind, to, signed, plannedAt, reference, chain(scope, reference));
    }

    /** The variable naming the inquiry an order (and its fulfilment, milestones and reports) grew out of. */
    static final String INQUIRY_ID = "inquiryId";

    /**
     * The matter an email is about and the inquiry it grew out of: the client gets the emails about them in the order they
     * were planned (the quote about the inquiry, then the order confirmation about the order), none before one still waiting.
     */
    static Set<String> chain(VariableScope scope, String reference) {
        Set<String> chain = new java.util.LinkedHashSet<>();
        if (reference != null) {
            chain.add(reference);
        }
        String inquiryId = ProcessValues.text(scope, INQUIRY_ID);
        if (inquiryId != null && !inquiryId.isBlank()) {
            chain.add(inquiryId);
        }
        return chain;
    }

    /**
     * The kinds a team member's task produces, so that the email follows the completion of that person's task (reply
     * to inquiry, confirm order, the exception notice, the complaint's answers, the improvement report, the progress
     * report, the minutes, the next date agreed on "Handle objection"). The others are automatic or follow a client's or a timer's event, and sign as the team.
     */
    static final Set<MessageKind> PERSONAL = Set.of(MessageKind.QUOTE, MessageKind.ORDER_CONFIRMATION, MessageKind.EXCEPTION_NOTICE,
        MessageKind.COMPLAINT_ACKNOWLEDGED, MessageKind.COMPLAINT_DIAGNOSIS, MessageKind.COMPLAINT_INTERIM_SOLUTION,
        MessageKind.COMPLAINT_ROOT_CAUSE_FIX, MessageKind.IMPROVEMENT_REPORT, MessageKind.PROGRESS_REPORT,
        MessageKind.MEETING_MINUTES, MessageKind.NEXT_DATE);

    /**
     * The first and last name of user {@code id} (Camunda's identity; by default who completed the instance's last task), null when
     * nobody is known, the identity has no name or the user is an integration ({@link WriterNames}: the shop's minutes
     * over the API are not signed "Shop Demo"), or when the user is a member of another team than the one that signs an
     * email of {@code kind} sent as {@code sendingGroup} ({@link MessageKind#signedBy}: logistics' Leo is not the client's
     * contact in export sales): the email then signs as the team.
     */
    static String writer(VariableScope scope, Object id, MessageKind kind, Object sendingGroup) {
        CommandContext command = Context.getCommandContext();
        if (id == null || command == null || !(scope instanceof ProcessEngineServicesAware engine)) {
            return null;
        }
        IdentityService identity = engine.getProcessEngineServices().getIdentityService();
        // the completing user may not be allowed to read other users; the name is the company's to print
        return command.runWithoutAuthorization(() -> {
            List<String> groups = identity.createGroupQuery().groupMember(id.toString()).list().stream().map(Group::getId).toList();
            if (!kind.signedBy(groups, sendingGroup)) {
                log.info("{} email signed as the team {}, not by {}: a member of {} only", kind, kind.signingTeam(sendingGroup), id, groups);
                return Optional.<String>empty();
            }
            return WriterNames.of(identity, id.toString());
        }).orElse(null);
    }

    public ClientMessages messages() {
        return messages;
    }

    /**
     * The client's day of a moment, as emails show a day: for a moment whose hour means nothing to the client (when the team
     * recorded their survey answers: 10:00 in Shanghai is 03:00 in Berlin, and no client answered then).
     */
    public static Localized clientDay(Instant instant, ZoneId zone) {
        return ClientDates.day(instant.atZone(zone).toLocalDate());
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
