package io.meridian.meeting;

import java.time.Instant;
import java.time.ZoneId;

import io.meridian.meeting.NegotiationMeeting.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completion of "Write the minutes", in the transaction of the completion: the minutes are checked
 * (needs, points and at least one next action on a day to come in the client's desk's clock; a refusal is
 * a 400 and the task stays open) and the meeting ledger keeps them, so the answer to {@code POST .../minutes}
 * and every read after it show them at once; the email to the client goes out after, in a job of its own
 * ({@link SendMinutesDelegate}), with what the ledger kept.
 */
@Component("minutesWrittenListener")
class MinutesWrittenListener implements TaskListener {

    private final Meetings meetings;
    private final ClientClocks clients;

    MinutesWrittenListener(Meetings meetings, ClientClocks clients) {
        this.meetings = meetings;
        this.clients = clients;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        ZoneId clientZone = clients.decide(task, now).zone();
        Meetings.Minutes minutes = meetings.checkMinutes(task.getVariable(Var.NEEDS), task.getVariable(Var.POINTS),
            task.getVariable(Var.ACTIONS), now, clients.team(task).zone(),
            ActionDays.of(day -> clients.decide(task, ClientClocks.noon(day, clientZone))), Meetings.FORM_NAMES);
        meetings.minutesWritten(ProcessValues.requiredText(task, Var.MEETING_ID), minutes);
    }
}
