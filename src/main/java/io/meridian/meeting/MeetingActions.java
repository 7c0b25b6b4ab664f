package io.meridian.meeting;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.meeting.NegotiationMeeting.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The next actions of a meeting for its process: which there are ({@code ${meetingActions.positions(execution)}},
 * the multi-instance collection), and, when one starts waiting, what it is and when it falls due:
 * the start of the team's contact hours on its date (the action is the team's work), at once when
 * that has passed. The team is the client's desk, with its clock and hours, or the whole team without desks.
 */
@Component("meetingActions")
public class MeetingActions implements ExecutionListener {

    private final Meetings meetings;
    private final ClientClocks clocks;

    MeetingActions(Meetings meetings, ClientClocks clocks) {
        this.meetings = meetings;
        this.clocks = clocks;
    }

    public List<Integer> positions(DelegateExecution execution) {
        int count = meetings.actions(ProcessValues.requiredText(execution, Var.MEETING_ID)).size();
        return IntStream.range(0, count).boxed().toList();
    }

    @Override
    public void notify(DelegateExecution execution) {
        int position = ((Number) execution.getVariable(Var.ACTION_POSITION)).intValue();
        NextAction action = meetings.action(ProcessValues.requiredText(execution, Var.MEETING_ID), position);
        Instant at = clocks.team(execution).contactHours(action.dueOn()).start();
        Instant now = ClockUtil.now().toInstant();
        execution.setVariableLocal(Var.ACTION_TEXT, action.text());
        execution.setVariableLocal(Var.ACTION_DUE_ON, action.dueOn().toString());
        execution.setVariableLocal(Var.ACTION_DUE_AT, Date.from(at.isBefore(now) ? now : at));
    }
}
