package io.meridian.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import io.meridian.process.TaskLabels;
import io.meridian.meeting.NegotiationMeeting.Activity;
import io.meridian.meeting.NegotiationMeeting.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On creation of a meeting task, like every journey task: the due date from its rule (the minutes 24
 * hours after the talk; a next action by the end of the team's day it was agreed for), the follow-up
 * date at the client's next call window, the client on the card and the etiquette in the form.
 */
@Component
class MeetingTaskListener implements TaskListener {

    private final ClientClocks clients;
    private final TaskGuidance guidance;

    MeetingTaskListener(ClientClocks clients, TaskGuidance guidance) {
        this.clients = clients;
        this.guidance = guidance;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clients.decide(task, now);
        Instant due;
        if (Activity.DO_NEXT_ACTION.equals(task.getTaskDefinitionKey())) {
            // late at the end of the desk's contact hours on the action's day
            due = client.team().contactHours(LocalDate.parse(ProcessValues.requiredText(task, Var.ACTION_DUE_ON))).end();
            if (due.isBefore(now)) {
                due = now;
            }
        } else {
            due = ProcessValues.instant(task, Var.MINUTES_DUE_AT, ZoneOffset.UTC);
        }
        task.setDueDate(Date.from(due));
        TaskLabels.apply(task);
        guidance.render(task, now, client);
    }
}
