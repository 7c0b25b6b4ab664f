package io.meridian.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import io.meridian.process.BriefingSection;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import io.meridian.meeting.NegotiationMeeting.Activity;
import io.meridian.meeting.NegotiationMeeting.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** What a meeting task's briefing says about the talk: when it was and what the minutes need, or the action agreed. */
@Component
class MeetingBriefing implements BriefingSection {

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String key = task.getTaskDefinitionKey();
        if (Activity.WRITE_MINUTES.equals(key)) {
            Instant held = ProcessValues.instant(task, Var.HELD_AT, ZoneOffset.UTC);
            return Optional.of("**Talk (" + task.getVariable(Var.MEETING_KIND).toString().toLowerCase(java.util.Locale.ROOT) + "):** held "
                + TaskGuidance.both(held, teamZone, clientZone)
                + (task.getVariable(Var.PARTICIPANTS) == null ? "" : " with " + task.getVariable(Var.PARTICIPANTS))
                + ". Good practice: send the minutes within 24 hours: the client's needs, the points discussed and the next actions "
                + "with their dates, one a line as `yyyy-mm-dd: what`. Each action becomes a task on its date.");
        }
        if (Activity.DO_NEXT_ACTION.equals(key)) {
            return Optional.of("**Next action agreed in the talk:** " + task.getVariable(Var.ACTION_TEXT) + " (on "
                + task.getVariable(Var.ACTION_DUE_ON) + ").");
        }
        return Optional.empty();
    }
}
