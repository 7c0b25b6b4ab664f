package io.meridian.milestone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import io.meridian.moments.TeamMoments;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.process.BriefingSection;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** What the milestone task's briefing says: the milestone in both clocks and the checklist the client got. */
@Component
class MilestoneBriefing implements BriefingSection {

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        if (!Activity.CONFIRM_MILESTONE.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        Instant at = ProcessValues.instant(task, Var.MILESTONE_AT, ZoneOffset.UTC);
        String checklist = Arrays.stream(String.valueOf(task.getVariable(Var.CHECKLIST)).split("\n"))
            .map(item -> "- " + item).collect(Collectors.joining("\n"));
        return Optional.of("**Key milestone:** " + task.getVariable(Var.MILESTONE_NAME) + " of order " + task.getVariable(Var.ORDER_NUMBER)
            + ", " + TeamMoments.at(at, teamZone) + " team time, " + TeamMoments.at(at, clientZone) + " client time."
            + "\n\nGood practice: 72 hours before a key milestone the client confirms it with a checklist. The client got this checklist by "
            + "email:\n\n" + checklist
            + "\n\nComplete the task when the client has confirmed every item (their reply, or a call in their window). "
            + "Without a confirmation by the milestone the task escalates like any late task.");
    }
}
