package io.meridian.undelivered;

import java.time.Instant;
import java.util.Optional;

import io.meridian.calendar.Clocks;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.ClientVariables;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Reach the client: email not delivered" of a client moved to another desk: due as {@link UndeliveredEmailTask} makes
 * it, within one working day of the new desk from when it was made, held off the client's closed days
 * ({@link ClientClosedDue}). An email that names no client stays with the default team and keeps its time. The task's own
 * listener gives its due time when it is made, so {@link #due} gives none.
 */
@Component
class UndeliveredEmailClocks implements TaskDueRule {

    private final Clocks clocks;

    UndeliveredEmailClocks(Clocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public Optional<Instant> dueOnAnotherDesk(DelegateTask task, Instant created, ClientClocks.Client client, boolean byTheClockRules) {
        if (byTheClockRules || !UndeliveredEmail.Activity.REACH_CLIENT.equals(task.getTaskDefinitionKey())
            || ProcessValues.text(task, ClientVariables.COUNTRY) == null) {
            return Optional.empty();
        }
        return Optional.of(UndeliveredEmailTask.due(task, client, clocks, created));
    }
}
