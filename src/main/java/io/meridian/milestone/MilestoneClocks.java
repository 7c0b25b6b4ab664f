package io.meridian.milestone;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.meridian.process.ClientClocks;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.milestone.OrderMilestone.Var;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The clock of the milestone task (seed 003): the client confirms by the milestone itself, so the task is due at
 * the milestone and the escalation sweep treats a missing confirmation like any late task.
 */
@Component
class MilestoneClocks implements TaskDueRule {

    @Override
    public Optional<Instant> due(DelegateTask task, Instant now, ClientClocks.Client client) {
        if (!Activity.CONFIRM_MILESTONE.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        Instant milestone = ProcessValues.instant(task, Var.MILESTONE_AT, ZoneOffset.UTC);
        return Optional.of(milestone == null || milestone.isBefore(now) ? now : milestone);
    }
}
