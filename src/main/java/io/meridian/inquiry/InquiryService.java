package io.meridian.inquiry;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.meridian.calendar.ContactWindow;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.Tier;
import io.meridian.ids.Ids;
import io.meridian.inquiry.ClientJourney.Decision;
import io.meridian.inquiry.ClientJourney.Objection;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.moments.TeamMoments;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.CurrentStep;
import io.meridian.process.CurrentSteps;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.InvalidInputException;
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts journeys and brings the client's answers into them. */
@Service
public class InquiryService {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final InquiryLedger inquiries;
    private final ClientLedger clients;
    private final CurrentSteps steps;
    private final StartingInquiries starting;
    private final EngineReads reads;
    private final ClientClocks clientClocks;

    private final Outbox outbox;

    InquiryService(RuntimeService runtime, HistoryService history, InquiryLedger inquiries, ClientLedger clients,
                   CurrentSteps steps, EngineReads reads, ClientClocks clientClocks, StartingInquiries starting,
                   Outbox outbox) {
        this.outbox = outbox;
        this.reads = reads;
        this.starting = starting;
        this.clientClocks = clientClocks;
        this.runtime = runtime;
        this.history = history;
        this.inquiries = inquiries;
        this.clients = clients;
        this.steps = steps;
    }

    /**
     * What a start answers: the inquiry, the etiquette, when the reply is due and when to reach the client.
     * {@code etiquette} is the decision's JSON as the inquiry ledger keeps it, written into the answer as it
     * is (null: none kept).
     */
    public record Started(
        @Schema(description = "the inquiry's id") String id,
        @Schema(description = "the journey's Camunda process instance") String processInstanceId,
        @Schema(description = "the client record it is for (created or found by email)") String clientId,
        @Schema(description = "the inquiry's status, NEW on a start") InquiryRecord.Status status,
        @Schema(implementation = Etiquette.class, description = "how to deal with this client: the etiquette decision made at "
            + "the start; null for an inquiry started before it was kept") @Nullable @JsonRawValue String etiquette,
        @Schema(description = "by when the team owes the client a reply (the quote): the reply task's due time") Instant replyDueAt,
        @Schema(description = "the next time to call the client, in both clocks; null when none is found ahead") @Nullable ContactWindow nextContactWindow,
        @Schema(description = "true when this request started the journey; false when it answers one started before (same "
            + "externalRef)") boolean created,
        @Schema(description = "for an inquiry whose reply was due before it was entered (its receivedAt long past): when the"
            + " reply was due, and that no auto-reply went; null for every other inquiry") @Nullable String lateOnEntry) {
    }

    /**
     * The inquiry as the ledger keeps it, with its client, the order it grew into as it stands now (null: none; its
     * {@code status} says whether it was {@code CANCELLED} while the inquiry stays {@code ORDERED}), the deletion of its
     * journey before any order (null: none; the inquiry is then {@code LOST}) and the steps open now.
     */
    public record InquiryView(
        @Schema(description = "the inquiry") InquiryRecord inquiry,
        @Schema(description = "whom it is for") Client client,
        @Schema(description = "the order it grew into; null when none") @Nullable InquiryLedger.OrderState order,
        @Schema(description = "how its journey ended when it was deleted before any order (the inquiry is then LOST); null for"
            + " every other inquiry") @Nullable InquiryLedger.JourneyDeletion journeyDeleted,
        @Schema(description = "where the journey stands now: its open tasks and the events it waits for") List<CurrentStep> currentSteps) {
    }

    /**
     * The answer to a client response; {@code quoteEmail} says when the quote email goes out when it still waits for the
     * client's business hours (the client answered through the shop or on a call), null once it went out.
     */
    public record ClientResponded(
        @Schema(description = "the inquiry") String inquiryId,
        @Schema(description = "the client's answer, as sent") Decision decision,
        @Schema(description = "why they declined, as sent; null with ACCEPTED") @Nullable String objection,
        @Schema(description = "the order an acceptance created; null when declined") @Nullable String orderId,
        @Schema(description = "when the quote email goes out, in words, while it has not gone out yet (it waits for the client's"
            + " business hours, or is due and goes with the outbox's next round); null once it went out") @Nullable String quoteEmail) {
    }

    /** Starts a journey; a known {@code externalRef} answers the first inquiry and starts nothing. */
    public Started start(NewInquiry inquiry) {
        if (inquiry.externalRef() != null) {
            Optional<InquiryRecord> first = inquiries.byExternalRef(inquiry.externalRef());
            if (first.isPresent()) {
                return answer(sameClient(first.get(), inquiry), false);
            }
        }
        String id = Ids.next();
        Instant entered = ClockUtil.now().toInstant();
        StartingInquiries.Outcome<ProcessInstanceWithVariables> outcome;
        try {
            outcome = starting.start(id, inquiry, () -> runtime.createProcessInstanceByKey(ClientJourney.KEY).businessKey(id)
                .executeWithVariablesInReturn());
        } catch (DataIntegrityViolationException | ProcessEngineException e) {
            // a concurrent start with the same externalRef won the race
            if (inquiry.externalRef() != null) {
                Optional<InquiryRecord> first = inquiries.byExternalRef(inquiry.externalRef());
                if (first.isPresent()) {
                    return answer(sameClient(first.get(), inquiry), false);
                }
            }
            throw e;
        }
        ProcessInstanceWithVariables pi = outcome.value();
        VariableMap v = pi.getVariables();
        // the etiquette step hands its decision over in memory; were it ever to run after the start's
        // command (an asynchronous step), the answer says what the ledger and the clocks say, as for a repeated start
        return outcome.decided()
            .map(d -> {
                Instant replyDueAt = ((Date) v.get(Var.REPLY_DUE_AT)).toInstant();
                String clientId = (String) v.get(Var.CLIENT_ID);
                return new Started(id, pi.getId(), clientId, InquiryRecord.Status.NEW, d.etiquette(), replyDueAt,
                    d.nextContactWindow(), true, lateOnEntry(replyDueAt, entered, clientId));
            })
            .orElseGet(() -> answer(find(id), true));
    }

    /**
     * Why an answer is refused while the team handles the client's objection: the task, when it is due and when the
     * client's answer is taken again; empty when "Handle objection" is not open. "Not waiting (status DECLINED)" had
     * left the caller to guess that the decline was still being worked and that a later answer is welcome.
     */
    private Optional<String> handlingObjection(InquiryRecord inquiry, String processInstanceId) {
        return steps.of(processInstanceId).stream()
            .filter(step -> ClientJourney.Activity.HANDLE_OBJECTION.equals(step.activityId()) && step.taskId() != null)
            .findFirst()
            .map(step -> {
                Object objection = reads.asSystem(() -> runtime.getVariable(processInstanceId, Var.OBJECTION));
                return "inquiry " + inquiry.id() + " is not waiting for a client response: the client declined the quote"
                    + (objection == null ? "" : " (objection " + objection + ")") + " and the team is handling that objection in task \""
                    + (step.name() == null ? "Handle objection" : step.name()) + "\""
                    + (step.due() == null ? "" : ", due " + TeamMoments.withZone(step.due(), clientClocks.teamOf(inquiry.clientId()).zone()))
                    + ". Send the client's answer again once the team has proposed a revised quote or agreed a next date with the"
                    + " client: the inquiry then waits for the client again. Nothing was changed.";
            });
    }

    /**
     * An {@code externalRef} sent again names the inquiry it named first: for the same client, a repeat (answered as
     * the first); for another client's email, the caller's mistake, which would otherwise drop the new inquiry unseen.
     */
    private InquiryRecord sameClient(InquiryRecord first, NewInquiry repeat) {
        String email = clients.byId(first.clientId()).map(Client::email).orElse(null);
        if (email != null && !email.equalsIgnoreCase(repeat.email())) {
            throw new ConflictException("externalRef '" + repeat.externalRef() + "' already names inquiry " + first.id()
                + " of another client; this inquiry is from " + repeat.email()
                + ": give it a reference of its own (nothing was created)");
        }
        return first;
    }

    public InquiryView view(String id) {
        InquiryRecord inquiry = find(id);
        return new InquiryView(inquiry, clients.byId(inquiry.clientId()).orElse(null), inquiries.order(id).orElse(null),
            inquiries.journeyDeletion(id).orElse(null), inquiry.processInstanceId() == null ? List.of() : steps.of(inquiry.processInstanceId()));
    }

    @Transactional
    ClientResponded clientResponse(String id, ClientResponseRequest request) {
        Decision decision = request.decisionValue();
        Objection objection = request.objectionValue();
        InquiryRecord inquiry = find(id);
        ProcessInstance pi = steps.instance(ClientJourney.KEY, id).orElse(null);
        if (pi != null && !steps.waitsFor(pi.getId(), ClientJourney.Message.CLIENT_RESPONSE)) {
            handlingObjection(inquiry, pi.getId()).ifPresent(message -> {
                throw new ConflictException(message);
            });
        }
        if (pi == null || !steps.waitsFor(pi.getId(), ClientJourney.Message.CLIENT_RESPONSE)) {
            throw new ConflictException("inquiry " + id + " is not waiting for a client response (status "
                + inquiry.status() + (inquiry.status() == InquiryRecord.Status.NEW ? ": the quote has not been sent yet" : "") + ")");
        }
        if (decision == Decision.ACCEPTED) {
            LocalDate validUntil = validUntil(pi.getId());
            // valid until the end of that day where the client reads it: their today, not the server's UTC date
            ZoneId clientZone = clients.byId(inquiry.clientId()).map(this::zone).orElse(ZoneOffset.UTC);
            ClientToday today = ClientToday.at(ClockUtil.now().toInstant(), clientZone);
            if (validUntil != null && today.date().isAfter(validUntil)) {
                throw new ConflictException("the quote of inquiry " + id + " expired: it was valid until " + validUntil
                    + " (quoteValidUntil), and " + today.said()
                    + "; send a revised quote with a new validity date before the client accepts");
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.CLIENT_DECISION, decision.name());
        variables.put(Var.OBJECTION, objection == null ? null : objection.name());
        variables.put(Var.CLIENT_NOTE, request.note());
        String orderId = null;
        if (decision == Decision.ACCEPTED) {
            orderId = Ids.next();
            variables.put(Var.ORDER_ID, orderId);
        } else {
            inquiries.declined(id, objection.name());
        }
        runtime.createMessageCorrelation(ClientJourney.Message.CLIENT_RESPONSE).processInstanceId(pi.getId())
            .setVariables(variables).correlateWithResult();
        return new ClientResponded(id, decision, objection == null ? null : objection.name(), orderId,
            quoteWaiting(id, clients.byId(inquiry.clientId()).map(this::zone).orElse(ZoneOffset.UTC), decision));
    }

    /**
     * "the quote email still waits for the client's business hours: it goes out Mon 7 Dec 2026 09:00 in the client's
     * time zone Asia/Tokyo (2026-12-07T00:00:00Z); the emails about the order go after it", or, due already, "the quote email
     * has not gone out yet: it is due since … and goes with the outbox's next round; …"; null when none waits.
     */
    private String quoteWaiting(String id, ZoneId clientZone, Decision decision) {
        return outbox.about(id).stream()
            .filter(m -> "QUOTE".equals(m.content().messageKind()) && m.status() == OutboxMessage.Status.PLANNED)
            .map(m -> m.delivery().nextAttemptAt() == null ? m.plannedAt() : m.delivery().nextAttemptAt())
            .max(Instant::compareTo)
            .map(at -> {
                String when = TeamMoments.at(at, clientZone) + " in the client's time zone " + clientZone.getId() + " (" + at + ")";
                // due already (in the client's hours): the outbox's next round sends it, not their next opening
                String said = at.isAfter(ClockUtil.now().toInstant())
                    ? "the quote email still waits for the client's business hours: it goes out " + when
                    : "the quote email has not gone out yet: it is due since " + when + " and goes with the outbox's next round";
                return said + (decision == Decision.ACCEPTED ? "; the emails about the order go after it" : "");
            })
            .orElse(null);
    }

    private LocalDate validUntil(String processInstanceId) {
        // read after the endpoint's check: an integration reads no process's variables itself
        Object value = reads.asSystem(() -> runtime.getVariable(processInstanceId, Var.QUOTE_VALID_UNTIL));
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeException e) {
            return null; // refused when the quote was sent; nothing to compare
        }
    }

    private InquiryRecord find(String id) {
        return inquiries.byId(id).orElseThrow(() -> new NotFoundException("no inquiry with id '" + id + "'"));
    }

    /** A start's answer as the ledgers keep the inquiry, with the client's next call window from now. */
    private Started answer(InquiryRecord inquiry, boolean created) {
        Object etiquette = decidedEtiquette(inquiry);
        return new Started(inquiry.id(), inquiry.processInstanceId(), inquiry.clientId(), inquiry.status(),
            etiquette == null ? null : etiquette.toString(), inquiry.replyDueAt(),
            clients.byId(inquiry.clientId()).flatMap(this::nextContactWindow).orElse(null), created,
            lateOnEntry(inquiry.replyDueAt(), inquiry.createdAt(), inquiry.clientId()));
    }

    /**
     * The start's {@code lateOnEntry}: when the reply was due, for an inquiry entered after that (RegisterInquiryDelegate
     * planned no auto-reply for it); null otherwise.
     */
    private String lateOnEntry(Instant replyDueAt, Instant entered, String clientId) {
        if (replyDueAt == null || entered == null || !replyDueAt.isBefore(entered)) {
            return null;
        }
        return "the reply was due " + TeamMoments.withZone(replyDueAt, clientClocks.teamOf(clientId).zone())
            + ", before the inquiry was entered: no auto-reply went (it would have promised a reply later still); the reply"
            + " task is late from the start";
    }

    /**
     * The etiquette decided at the start of {@code inquiry}: the ledger keeps it; an inquiry started before
     * it did has it in its process's history (null when neither has it).
     */
    private Object decidedEtiquette(InquiryRecord inquiry) {
        Optional<String> kept = inquiries.etiquette(inquiry.id());
        if (kept.isPresent() || inquiry.processInstanceId() == null) {
            return kept.orElse(null);
        }
        return reads.asSystem(() -> history.createHistoricVariableInstanceQuery().processInstanceId(inquiry.processInstanceId())
            .variableName(Var.ETIQUETTE).listPage(0, 1)).stream().findFirst().map(HistoricVariableInstance::getValue).orElse(null);
    }

    /** The client's next call window from now, on its desk's calendar (the journey keeps no copy: it changes with the clock). */
    private Optional<ContactWindow> nextContactWindow(Client client) {
        Instant now = now();
        ClientClocks.Client decided = decide(client, now);
        return clientClocks.clocks().nextCall(decided.calendar(), decided.team(), now);
    }

    /** The client's clock: the record's time zone, else the one the etiquette gives its country. */
    private ZoneId zone(Client client) {
        return decide(client, now()).zone();
    }

    private ClientClocks.Client decide(Client client, Instant now) {
        return clientClocks.decide(client.country(), client.tier() == null ? Tier.B : client.tier(),
            client.timeZone() == null ? null : ZoneId.of(client.timeZone()), client.desk(), now);
    }

    static Instant now() {
        return ClockUtil.now().toInstant();
    }
}
