package io.meridian.meeting;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.calendar.TeamCalendar;
import io.meridian.desk.DeskAccess;
import io.meridian.etiquette.Tier;
import io.meridian.ids.Ids;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.meeting.NegotiationMeeting.Activity;
import io.meridian.meeting.NegotiationMeeting.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientVariables;
import io.meridian.system.Caller;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meeting endpoints: each request is checked whole before anything is kept or started. */
@Service
class MeetingService {

    /** Body of {@code POST /api/inquiries/{id}/meetings}. */
    record MeetingRequest(@Schema(description = "the kind of talk; default CALL", allowableValues = {"CALL", "VIDEO", "MEETING"})
                          String kind,
                          @Schema(description = "when it was held: ISO-8601 with offset (2026-12-06T17:00:00+08:00), or yyyy-mm-dd hh:mm"
                              + " in the clock of the team that works the client; not in the future; default now") String heldAt,
                          @Schema(description = "who took part; kept with the talk, not sent to the client") String participants) {
    }

    /**
     * Body of {@code POST /api/inquiries/{id}/meetings/{meetingId}/minutes}: needs and points are required, as
     * {@link Meetings#checkMinutes} checks them (once the talk is found), so the description says so.
     */
    record MinutesRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "what the client needs") String needs,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the points discussed") String points,
                          @Schema(description = "the next actions agreed, each with its due day (dueOn, not before today in the"
                              + " team's clock) and text") List<Map<String, Object>> actions) {
    }

    private final Meetings meetings;
    private final InquiryLedger inquiries;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineReads engine;
    private final IdentityService identity;
    private final ClientClocks clocks;
    private final DeskAccess desks;

    MeetingService(Meetings meetings, InquiryLedger inquiries, RuntimeService runtime, TaskService tasks, EngineReads engine,
                   IdentityService identity, ClientClocks clocks, DeskAccess desks) {
        this.desks = desks;
        this.meetings = meetings;
        this.inquiries = inquiries;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.identity = identity;
        this.clocks = clocks;
    }

    @Transactional
    Meetings.Meeting record(String inquiryId, MeetingRequest request) {
        // a desk's member records talks with their own desk's clients (the id, or the shop's reference, as the check takes it)
        inquiries.byId(inquiryId).or(() -> inquiries.byExternalRef(inquiryId)).ifPresent(this::checkDesk);
        MeetingRequest r = request == null ? new MeetingRequest(null, null, null) : request;
        // "2026-12-06 17:00" without an offset is the clock of the team that works the client, as the Tasklist form takes it
        Meetings.NewMeeting checked = meetings.check(inquiryId, r.kind(), r.heldAt(), r.participants(), ClockUtil.now().toInstant(),
            inquiry -> clocks.teamOf(inquiry.clientId()).zone());
        String id = Ids.next();
        Map<String, Object> v = new HashMap<>();
        v.put(Var.INQUIRY_ID, inquiryId);
        v.put(Var.MEETING_KIND, checked.kind().name());
        v.put(Var.HELD_AT, java.util.Date.from(checked.heldAt()));
        v.put(Var.PARTICIPANTS, checked.participants());
        v.put("recordedBy", Caller.id(identity));
        engine.asSystem(() -> runtime.startProcessInstanceByKey(NegotiationMeeting.KEY, id, v));
        return meetings.byId(id).orElseThrow();
    }

    @Transactional
    Meetings.Meeting minutes(String inquiryId, String meetingId, MinutesRequest request) {
        InquiryRecord inquiry = inquiry(inquiryId);
        checkDesk(inquiry);
        Meetings.Meeting meeting = meeting(inquiry, meetingId);
        List<Task> open = engine.asSystem(() -> tasks.createTaskQuery().processInstanceBusinessKey(meetingId)
            .processDefinitionKey(NegotiationMeeting.KEY).taskDefinitionKey(Activity.WRITE_MINUTES).list());
        if (meeting.minutesSentAt() != null || open.isEmpty()) {
            throw new ConflictException("the minutes of meeting " + meetingId + " were already written");
        }
        MinutesRequest r = request == null ? new MinutesRequest(null, null, null) : request;
        Meetings.Minutes minutes = meetings.checkMinutes(r.needs(), r.points(), r.actions(), ClockUtil.now().toInstant(),
            clocks.teamOf(inquiry.clientId()).zone(), actionDays(inquiry, open.get(0).getProcessInstanceId()));
        Map<String, Object> v = new HashMap<>();
        v.put(Var.NEEDS, minutes.needs());
        v.put(Var.POINTS, minutes.points());
        v.put(Var.ACTIONS, NextAction.lines(minutes.actions()));
        // the caller wrote the minutes: the task is theirs in its history, and the minutes email is signed with their name
        String writer = Caller.id(identity);
        engine.asSystem(() -> {
            if (!Caller.SYSTEM.equals(writer)) {
                tasks.setAssignee(open.get(0).getId(), writer);
            }
            tasks.complete(open.get(0).getId(), v);
            return null;
        });
        return meetings.byId(meetingId).orElseThrow();
    }

    /** The days the talk's client and the team that works it both work, as the task's own check has them (MinutesWrittenListener). */
    private ActionDays actionDays(InquiryRecord inquiry, String talk) {
        Map<String, Object> client = engine.asSystem(() -> runtime.getVariables(talk,
            List.of(ClientVariables.COUNTRY, ClientVariables.TIER, ClientVariables.TIME_ZONE)));
        String country = (String) client.get(ClientVariables.COUNTRY);
        Tier tier = client.get(ClientVariables.TIER) == null ? Tier.B : Tier.valueOf(client.get(ClientVariables.TIER).toString());
        ZoneId zone = client.get(ClientVariables.TIME_ZONE) == null ? null : ZoneId.of(client.get(ClientVariables.TIME_ZONE).toString());
        TeamCalendar team = clocks.teamOf(inquiry.clientId());
        ZoneId clientZone = clocks.decide(country, tier, zone, ClockUtil.now().toInstant()).zone();
        return ActionDays.of(day -> {
            ClientClocks.Client decided = clocks.decide(country, tier, zone, ClientClocks.noon(day, clientZone));
            return new ClientClocks.Client(decided.etiquette(), decided.calendar(), decided.desk(), team);
        });
    }

    List<Meetings.Meeting> list(String inquiryId) {
        checkDesk(inquiry(inquiryId));
        return meetings.ofInquiry(inquiryId);
    }

    private void checkDesk(InquiryRecord inquiry) {
        desks.check(inquiry.clientId(), "inquiry '" + inquiry.id() + "'");
    }

    private InquiryRecord inquiry(String inquiryId) {
        return inquiries.byId(inquiryId).orElseThrow(() -> new NotFoundException("no inquiry with id '" + inquiryId + "'"));
    }

    private Meetings.Meeting meeting(InquiryRecord inquiry, String meetingId) {
        return meetings.byId(meetingId).filter(m -> m.inquiryId().equals(inquiry.id()))
            .orElseThrow(() -> new NotFoundException("no meeting '" + meetingId + "' on inquiry '" + inquiry.id() + "'"));
    }
}
