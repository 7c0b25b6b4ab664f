package io.meridian.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.meridian.calendar.TeamCalendar;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.ids.Ids;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.MessageKind;
import io.meridian.outofhours.OutOfHoursReply;
import io.meridian.process.ClientClocks;
import io.meridian.system.Caller;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * First step of every journey, however it was started: validates the start variables, keeps
 * the client in the client ledger and the inquiry in the inquiry ledger. Runs in the start
 * transaction, so a refused start leaves neither an instance nor a ledger row behind. An inquiry
 * received outside the working hours of the team that works the client gets an automatic reply at
 * once (seeds 000, 001: the team's hours in the client's clock and when the reply will come,
 * {@link OutOfHoursReply}).
 */
@Component
class RegisterInquiryDelegate implements JavaDelegate {

    /** Reply within 24 hours of receipt, or, after an auto-reply, by the end of the team's first working day back (OutOfHoursReply). */
    static final Duration REPLY_WITHIN = Duration.ofHours(24);
    private static final int MAX_ID = 40;

    private final ClientLedger clients;
    private final InquiryLedger inquiries;
    private final IdentityService identity;
    private final OutOfHoursReply outOfHours;
    private final JourneyFacts facts;
    private final ClientClocks clocks;
    private final StartingInquiries starting;

    RegisterInquiryDelegate(ClientLedger clients, InquiryLedger inquiries, IdentityService identity, OutOfHoursReply outOfHours,
                            JourneyFacts facts, StartingInquiries starting, ClientClocks clocks) {
        this.starting = starting;
        this.clocks = clocks;
        this.clients = clients;
        this.inquiries = inquiries;
        this.identity = identity;
        this.outOfHours = outOfHours;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String id = execution.getProcessBusinessKey();
        // POST /api/inquiries validated its request already and hands it on, unwritten; an engine-rest start is read here
        Optional<NewInquiry> validated = starting.of(id);
        boolean fromApi = validated.isPresent();
        NewInquiry inquiry = fromApi ? validated.get() : NewInquiry.from(execution.getVariables(), UnaryOperator.identity(), now);
        if (id == null || id.isBlank()) {
            id = Ids.next();
            execution.setProcessBusinessKey(id);
        } else if (id.length() > MAX_ID) {
            throw new InvalidInputException("businessKey", "the business key is the inquiry id: at most " + MAX_ID + " characters");
        } else if (!fromApi && inquiries.byId(id).isPresent()) {
            // an engine-rest starter's own business key; POST /api/inquiries names each inquiry with a new id of its own (Ids)
            throw new InvalidInputException("businessKey", "inquiry '" + id + "' exists already");
        }
        // POST /api/inquiries looked the externalRef up just before starting, and answers a start that loses a race for it
        // (the ledger's unique index refuses the second) with the first inquiry; an engine-rest start is told here
        if (!fromApi && inquiry.externalRef() != null) {
            String ref = inquiry.externalRef();
            inquiries.byExternalRef(ref).ifPresent(first -> {
                throw new InvalidInputException(Var.EXTERNAL_REF, "externalRef '" + ref + "' belongs to inquiry " + first.id()
                    + " already; POST /api/inquiries returns it without starting anything");
            });
        }
        // a known client keeps its record; the inquiry only fills its blanks
        Client client = clients.record(new Client(null, inquiry.company(), inquiry.contactName(), inquiry.email(),
            inquiry.country(), inquiry.timeZone() == null ? null : inquiry.timeZone().getId(), inquiry.language(),
            inquiry.tier(), inquiry.preferredChannel() == null ? null : inquiry.preferredChannel().name(),
            inquiry.ledgerCategory(), inquiry.purchaseCycle() == null ? null : inquiry.purchaseCycle().name(), now, now,
            inquiry.givenName(), inquiry.familyName(), inquiry.salutation() == null ? null : inquiry.salutation().name(),
            inquiry.title()),
            Caller.id(identity), "inquiry " + id, now);
        clocks.deskRecorded(execution, client.desk());
        TeamCalendar team = clocks.team(execution);
        // within 24 hours, in the team's working time; received outside it, maybe at the end of its first working day back
        Instant ruleDue = inquiry.receivedAt().plus(REPLY_WITHIN);
        // an inquiry whose reply was due before it was entered (an import, a shop's queue) gets no auto-reply: it would
        // promise a reply after the one owed; the reply stays due at the rule's time, late from the start
        Optional<OutOfHoursReply.Away> away = OutOfHoursReply.awayUnlessLate(team, inquiry.receivedAt(), ruleDue, now);
        Instant replyDueAt = OutOfHoursReply.due(team, inquiry.receivedAt(), ruleDue, away);
        InquiryRecord record = new InquiryRecord(id, client.id(), inquiry.product(), inquiry.quantity(), inquiry.message(),
            inquiry.receivedAt(), inquiry.channel().name(), inquiry.externalRef(), InquiryRecord.Status.NEW, replyDueAt,
            execution.getProcessInstanceId(), null, null, null, now);
        inquiries.insert(record);
        // the journey works with the client as recorded, not with what this inquiry left out; the ledgers keep the facts
        facts.put(execution, client, record);
        execution.setVariable(Var.INQUIRY_ID, id);
        execution.setVariable(Var.CLIENT_ID, client.id());
        // followUpsSent stays unset until the first follow-up: none sent yet
        if (away.isPresent()) {
            Instant promised = outOfHours.plan(MessageKind.AUTO_REPLY, execution, id, inquiry.receivedAt(), away.get(), now,
                Map.of("product", inquiry.product(), "externalRef", inquiry.externalRef() == null ? "" : inquiry.externalRef()));
            // for the reply task's briefing, made in this command: what the client was told (transient: never stored)
            execution.setVariable(Var.AUTO_REPLY_PROMISE, Variables.dateValue(Date.from(promised), true));
        } else if (replyDueAt.isBefore(now)) {
            // for the reply task's briefing: late on entry (transient: the ledger's replyDueAt and createdAt keep it)
            execution.setVariable(Var.LATE_ON_ENTRY, Variables.dateValue(Date.from(replyDueAt), true));
        }
    }
}
