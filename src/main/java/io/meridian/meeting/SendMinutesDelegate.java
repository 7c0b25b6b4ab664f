package io.meridian.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.process.ProcessValues;
import io.meridian.meeting.NegotiationMeeting.Var;
import io.meridian.messages.Flags;
import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The minutes go to the client in the next send window (an email of kind {@code meeting-minutes}), as
 * the ledger keeps them with their next actions since their task was completed.
 */
@Component
class SendMinutesDelegate implements JavaDelegate {

    /** The prefix of the template's flags for the kind of talk: kindCall, kindVideo, kindMeeting. */
    static final String KIND_FLAG = "kind";

    private final Meetings meetings;
    private final ClientMail mail;
    private final ClientClocks clocks;

    SendMinutesDelegate(Meetings meetings, ClientMail mail, ClientClocks clocks) {
        this.meetings = meetings;
        this.mail = mail;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        Instant held = ProcessValues.instant(execution, Var.HELD_AT, ZoneId.of("UTC"));
        String meetingId = ProcessValues.requiredText(execution, Var.MEETING_ID);
        // the minutes as the ledger kept them when their task was completed (MinutesWrittenListener), checked then
        Meetings.Meeting minutes = meetings.byId(meetingId)
            .orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " is not in the ledger"));
        meetings.minutesSent(meetingId, now);
        ClientClocks.Client client = clocks.decide(execution, now);
        Map<String, Object> v = new HashMap<>();
        String ref = ProcessValues.text(execution, "externalRef");
        v.put("recordNumber", ref != null ? ref : ProcessValues.text(execution, "product"));
        Flags.put(v, "meetingKind", KIND_FLAG, NegotiationMeeting.Kind.class,
            NegotiationMeeting.Kind.valueOf(ProcessValues.requiredText(execution, Var.MEETING_KIND)));
        v.put("heldAt", ClientMail.clientTime(held, client.zone()));
        v.put("needs", minutes.needs());
        v.put("points", minutes.points());
        v.put("actions", NextAction.forClient(minutes.actions()));
        v.put("actionList", NextAction.listForClient(minutes.actions()));
        mail.plan(execution, MessageKind.MEETING_MINUTES, v, clocks.clocks().sendAt(client.calendar(), now),
            ProcessValues.requiredText(execution, Var.INQUIRY_ID));
    }
}
