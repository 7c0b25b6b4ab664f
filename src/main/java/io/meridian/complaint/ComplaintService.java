package io.meridian.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.desk.DeskAccess;
import io.meridian.ids.Ids;
import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientClocks;
import io.meridian.process.CurrentStep;
import io.meridian.process.CurrentSteps;
import io.meridian.rules.FiredRule;
import io.meridian.system.Caller;
import io.meridian.system.CallerDesks;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.ForbiddenException;
import io.meridian.system.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens complaints (from other systems or from a detractor score) and brings the client's confirmation in. */
@Service
class ComplaintService {

    private final RuntimeService runtime;
    private final ComplaintIntake intake;
    private final ComplaintLedger complaints;
    private final ClientLedger clients;
    private final CurrentSteps steps;
    private final EngineReads engine;
    private final IdentityService identity;
    private final DeskAccess desks;
    private final FixEmail fixEmail;
    private final ClientClocks clocks;

    ComplaintService(RuntimeService runtime, ComplaintIntake intake, ComplaintLedger complaints, ClientLedger clients,
                     CurrentSteps steps, EngineReads engine, IdentityService identity, DeskAccess desks, FixEmail fixEmail,
                     ClientClocks clocks) {
        this.desks = desks;
        this.fixEmail = fixEmail;
        this.clocks = clocks;
        this.engine = engine;
        this.identity = identity;
        this.runtime = runtime;
        this.intake = intake;
        this.complaints = complaints;
        this.clients = clients;
        this.steps = steps;
    }

    /** What opening a complaint answers: the complaint, how the table classified it, and when the first answer is due. */
    public record Opened(
        @Schema(description = "the complaint's id") String id,
        @Schema(description = "the number the client sees") String complaintNumber,
        @Schema(description = "the Camunda process instance handling it") String processInstanceId,
        @Schema(description = "the client it is from") String clientId,
        @Schema(description = "how the complaint-handling rules classified it") ComplaintDecisionView decision,
        @Schema(description = "by when the client must have a first answer") Instant firstResponseDueAt,
        @Schema(description = "for a complaint whose first answer was due before it was entered (its receivedAt long past): when"
            + " it was due, and that no automatic receipt went; null for every other complaint") @Nullable String lateOnEntry) {
    }

    /** The classification as kept with the complaint. */
    public record ComplaintDecisionView(
        @Schema(description = "how serious it is: LOW, NORMAL, HIGH or CRITICAL") String severity,
        @Schema(description = "how soon the client must have a first answer, an ISO-8601 duration such as PT2H") String firstResponse,
        @Schema(description = "whether it is handled as a crisis") boolean crisis,
        @Schema(description = "the team that handles it") String team,
        @Schema(description = "whether a senior contact must answer the client") boolean seniorContact,
        @Schema(description = "the channel to answer on") String channel,
        @Schema(description = "advice for the handler, fitted to the client's culture") List<String> guidance,
        @Schema(description = "the workbook rows that decided this") List<FiredRule> firedRules,
        @Schema(description = "the version of the rule workbook that decided (GET /api/rules/{table}/versions)") String rulesVersion) {
    }

    public record ComplaintView(
        @Schema(description = "the complaint") ComplaintRecord complaint,
        @Schema(description = "whom it is from") Client client,
        @Schema(description = "where its handling stands now: open tasks and awaited events") List<CurrentStep> currentSteps) {
    }

    @Schema(name = "ComplaintVerdict")
    public record Confirmed(
        @Schema(description = "the complaint's id") String id,
        @Schema(description = "the client's verdict, as sent") boolean satisfied,
        @Schema(description = "the complaint's status after the verdict") ComplaintRecord.Status status,
        @Schema(description = "how many times it was escalated (a dissatisfied client raises it)") int escalationLevel) {
    }

    /** Validates everything (404 for an unknown order, inquiry or client) before the process starts. */
    public Opened open(Map<String, Object> variables, UnaryOperator<String> fieldName) {
        NewComplaint complaint = intake.read(variables, fieldName, now(), ComplaintHandling.Source.API);
        intake.requireShippedForQuality(complaint);
        return start(complaint);
    }

    /**
     * A REST body Bean Validation has checked; 404 for an unknown order or inquiry before the process starts. A desk's
     * member opens complaints for their own desk's clients only: a client of another desk, or one not recorded yet (whose
     * desk the recording decides), is a 403 and nothing starts.
     */
    Opened open(ComplaintRequest request) {
        NewComplaint complaint = intake.of(request, now(), ComplaintHandling.Source.API);
        if (CallerDesks.groups().isPresent()) {
            String record = complaint.orderId() != null ? "order '" + complaint.orderId() + "'"
                : complaint.inquiryId() != null ? "inquiry '" + complaint.inquiryId() + "'" : "the complaint";
            String clientId = complaint.client().id() != null ? complaint.client().id()
                : clients.byEmail(complaint.client().email()).map(Client::id).orElseThrow(() -> new ForbiddenException(
                    "client " + complaint.client().email() + " is not recorded yet, so no desk works them: a desk's member opens "
                        + "complaints for their own desk's clients; support, sales or managers open a new client's complaint"));
            desks.check(clientId, record);
        }
        intake.requireShippedForQuality(complaint);
        return start(complaint);
    }

    public Opened start(NewComplaint complaint) {
        String id = Ids.next();
        Instant entered = now();
        Map<String, Object> variables = complaint.variables();
        // the start below runs without the caller's authentication; the client's history still names them
        variables.put(Var.OPENED_BY, Variables.stringValue(Caller.id(identity), true));
        // after Meridian's group check: support staff open complaints without engine rights to start processes
        ProcessInstanceWithVariables pi = engine.asSystem(() -> runtime.createProcessInstanceByKey(ComplaintHandling.KEY)
            .businessKey(id).setVariables(variables).executeWithVariablesInReturn());
        Map<String, Object> v = pi.getVariables();
        List<String> guidance = v.get(Var.GUIDANCE) == null ? List.of() : List.of(v.get(Var.GUIDANCE).toString().split("\n"));
        ComplaintDecisionView decision = new ComplaintDecisionView((String) v.get(Var.SEVERITY), (String) v.get(Var.FIRST_RESPONSE),
            Boolean.TRUE.equals(v.get(Var.CRISIS)), (String) v.get(Var.TEAM), Boolean.TRUE.equals(v.get(Var.SENIOR_CONTACT)),
            (String) v.get(Var.CHANNEL), guidance, json(v.get(Var.FIRED_RULES)), (String) v.get(Var.RULES_VERSION));
        Instant due = ((Date) v.get(Var.FIRST_RESPONSE_DUE_AT)).toInstant();
        String clientId = (String) v.get(Var.CLIENT_ID);
        return new Opened(id, (String) v.get(Var.COMPLAINT_NUMBER), pi.getId(), clientId, decision, due,
            lateOnEntry(due, entered, clientId, decision.crisis()));
    }

    /**
     * The start's {@code lateOnEntry}: when the first answer was due, for a complaint entered after that
     * (ClassifyComplaintDelegate planned no automatic receipt for it); null otherwise.
     */
    private String lateOnEntry(Instant due, Instant entered, String clientId, boolean crisis) {
        if (!due.isBefore(entered)) {
            return null;
        }
        return "the first response was due " + TeamMoments.withZone(due, clocks.teamOf(clientId).zone())
            + ", before the complaint was entered: " + (crisis ? "" : "no automatic receipt went (it would have promised an"
            + " answer later still); ") + "the acknowledgement task is late from the start";
    }

    public ComplaintView view(String id) {
        ComplaintRecord complaint = find(id);
        return new ComplaintView(complaint, clients.byId(complaint.clientId()).orElse(null),
            complaint.processInstanceId() == null ? List.of() : steps.of(complaint.processInstanceId()));
    }

    @Transactional
    public Confirmed confirm(String id, boolean satisfied, String comment) {
        ComplaintRecord complaint = find(id);
        ProcessInstance pi = awaitingConfirmation(id).orElse(null);
        if (pi == null) {
            throw new ConflictException("complaint " + id + " is not waiting for the client's confirmation (status "
                + complaint.status() + (complaint.status() == ComplaintRecord.Status.RESOLVED ? ": it is resolved"
                : ": the root-cause fix has not been sent yet") + ")");
        }
        fixEmailGoneOut(complaint);
        try {
            engine.asSystem(() -> runtime.createMessageCorrelation(ComplaintHandling.Message.CONFIRMATION).processInstanceId(pi.getId())
                .setVariable(Var.SATISFIED, satisfied).setVariable(Var.CLIENT_COMMENT, comment).correlateWithResult());
        } catch (InvalidInputException e) {
            // A simultaneous confirmation closed the complaint and ended its process: this one, still running
            // on the same instance, then finds the process's own variables (the description for the closing
            // report) gone. It lost the race, as the other events' losers do (409), and writes nothing.
            if (awaitingConfirmation(id).isEmpty()) {
                throw new ConflictException("complaint " + id + " is no longer waiting for the client's confirmation:"
                    + " another confirmation closed it at the same time");
            }
            throw e;
        }
        ComplaintRecord after = find(id);
        return new Confirmed(id, satisfied, after.status(), after.escalationLevel());
    }

    /**
     * The client confirms a fix they have read: while the root-cause fix email still waits in the outbox for the client's
     * business hours (planned for later), a confirmation is a 409 that says when it goes out, in the client's clock too.
     * One due now goes with the relay's next round (seconds), so it counts as gone out. One the outbox gave up on, not
     * sent again nor settled another way, never reached the client: a 409 naming the failure and the task about it of the team that signed it.
     */
    private void fixEmailGoneOut(ComplaintRecord complaint) {
        fixEmail.notDelivered(complaint.id()).ifPresent(failed -> {
            throw new ConflictException("complaint " + complaint.id() + " is not waiting for the client's confirmation: "
                + fixEmail.describe(complaint.id(), failed) + "; the client confirms a fix they have received, after that");
        });
        Instant now = now();
        Optional<Instant> waiting = fixEmail.waitingAfter(complaint.id(), now);
        if (waiting.isEmpty()) {
            return;
        }
        Instant at = waiting.get();
        String clientClock = clients.byId(complaint.clientId()).map(c -> {
            ZoneId zone = c.timeZone() == null ? null : ZoneId.of(c.timeZone());
            ZoneId decided = clocks.decide(c.country(), c.tier(), zone, now).zone();
            return ", " + TeamMoments.at(at, decided) + " in the client's time zone " + decided.getId();
        }).orElse("");
        throw new ConflictException("complaint " + complaint.id() + " is not waiting for the client's confirmation yet: the email with"
            + " the root cause and permanent fix waits in the outbox for the client's business hours and goes out at " + at
            + clientClock + "; the client confirms a fix they have received, after that");
    }

    /** The complaint's process while it waits for the client's confirmation. */
    private Optional<ProcessInstance> awaitingConfirmation(String id) {
        return engine.asSystem(() -> steps.instance(ComplaintHandling.KEY, id)
            .filter(i -> steps.waitsFor(i.getId(), ComplaintHandling.Message.CONFIRMATION)));
    }

    private ComplaintRecord find(String id) {
        return complaints.byId(id).orElseThrow(() -> complaints.notFound(id));
    }

    private static List<FiredRule> json(Object text) {
        if (text == null) {
            return null;
        }
        try {
            return new ObjectMapper().readerForListOf(FiredRule.class).readValue(text.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("complaintFiredRules is not JSON", e);
        }
    }

    static Instant now() {
        return ClockUtil.now().toInstant();
    }
}
