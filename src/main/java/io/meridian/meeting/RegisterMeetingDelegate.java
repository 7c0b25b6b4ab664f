package io.meridian.meeting;

import java.time.Instant;
import java.util.Date;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.ids.Ids;
import io.meridian.meeting.NegotiationMeeting.Var;
import io.meridian.process.ClientClocks;
import io.meridian.system.Caller;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A talk recorded on a journey (from the API or started in Tasklist with the form {@code recordMeeting}):
 * checked, kept in the ledger, and the client's fields and the request copied in, so the minutes task
 * briefs like every journey task. The minutes are due 24 hours after the talk, held to the working time of the team
 * that works the client ({@link io.meridian.calendar.TeamCalendar#dueInWorkingTime}: a talk on Friday afternoon has its
 * minutes due at the end of Monday, not on Saturday).
 */
@Component
class RegisterMeetingDelegate implements JavaDelegate {

    private final Meetings meetings;
    private final ClientLedger clients;
    private final IdentityService identity;
    private final ClientClocks clocks;

    RegisterMeetingDelegate(Meetings meetings, ClientLedger clients, IdentityService identity, ClientClocks clocks) {
        this.meetings = meetings;
        this.clients = clients;
        this.identity = identity;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        Object inquiryId = execution.getVariable(Var.INQUIRY_ID);
        if (inquiryId == null || inquiryId.toString().isBlank()) {
            throw new io.meridian.system.InvalidInputException(Var.INQUIRY_ID, "inquiryId is required: the journey the talk belongs to");
        }
        // Tasklist's start form takes "2026-12-06 17:00" as the clock of the team that works the client (its desk's)
        Meetings.NewMeeting m = meetings.check(inquiryId.toString().strip(), execution.getVariable(Var.MEETING_KIND),
            execution.getVariable(Var.HELD_AT), execution.getVariable(Var.PARTICIPANTS), now, inquiry -> {
                clocks.deskRecorded(execution, clients.byId(inquiry.clientId()).orElseThrow().desk());
                return clocks.team(execution).zone();
            });
        // the meeting id is the instance's business key (README), also for a talk started without one (Tasklist, engine-rest)
        String id = execution.getProcessBusinessKey() != null && !execution.getProcessBusinessKey().isBlank()
            ? execution.getProcessBusinessKey() : Ids.next();
        if (!id.equals(execution.getProcessBusinessKey())) {
            execution.setProcessBusinessKey(id);
        }
        String by = execution.getVariable("recordedBy") != null ? execution.getVariable("recordedBy").toString() : Caller.id(identity);
        Client client = clients.byId(m.inquiry().clientId()).orElseThrow();
        execution.setVariables(client.variables());
        clocks.deskRecorded(execution, client.desk());
        // within 24 hours of the talk, in the working time of the team that works the client
        Instant minutesDue = clocks.team(execution).dueInWorkingTime(m.heldAt(), m.heldAt().plus(NegotiationMeeting.MINUTES_WITHIN));
        meetings.insert(m, id, by, execution.getProcessInstanceId(), minutesDue, now);
        execution.setVariable("clientId", m.inquiry().clientId());
        execution.setVariable(Var.INQUIRY_ID, m.inquiry().id());
        execution.setVariable("product", m.inquiry().product());
        execution.setVariable("quantity", m.inquiry().quantity());
        execution.setVariable("channel", m.inquiry().channel());
        execution.setVariable("externalRef", m.inquiry().externalRef());
        execution.setVariable(Var.MEETING_ID, id);
        execution.setVariable(Var.MEETING_KIND, m.kind().name());
        execution.setVariable(Var.HELD_AT, Date.from(m.heldAt()));
        execution.setVariable(Var.MINUTES_DUE_AT, Date.from(minutesDue));
    }
}
