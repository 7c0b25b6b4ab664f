package io.meridian.meeting;

import java.util.Set;

import io.meridian.meeting.NegotiationMeeting.Activity;
import io.meridian.meeting.NegotiationMeeting.Var;
import io.meridian.process.ClientClocks;
import io.meridian.system.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The minutes go out only with the needs, the points and at least one next action on a day to come (in the client's desk's clock). */
@Component
class MinutesCompletionCheck implements CompletionCheck {

    private final Meetings meetings;
    private final ClientClocks clients;

    MinutesCompletionCheck(Meetings meetings, ClientClocks clients) {
        this.meetings = meetings;
        this.clients = clients;
    }

    @Override
    public String processKey() {
        return NegotiationMeeting.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.WRITE_MINUTES);
    }

    @Override
    public void check(DelegateTask task) {
        meetings.checkMinutes(task.getVariable(Var.NEEDS), task.getVariable(Var.POINTS), task.getVariable(Var.ACTIONS),
            ClockUtil.now().toInstant(), clients.team(task).zone(), Meetings.FORM_NAMES);
    }
}
