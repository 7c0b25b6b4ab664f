package io.meridian.complaint;

import java.time.Instant;
import java.util.Optional;

import io.meridian.calendar.Clocks;
import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.process.ClientClocks;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Follow up complaint" of a client moved to another desk or whose time zone was corrected: due as
 * {@link ComplaintTaskListener#followUpDue} makes it, one working day of the new desk from when it was made, held off the
 * client's closed days and to a call window on the client's clock that now holds, where it kept the old clock's time. The
 * complaint's answers keep theirs: their deadline is the complaint table's response time, promised to the client. The task's
 * own listener gives its due time when it is made, so {@link #due} gives none.
 */
@Component
class ComplaintClocks implements TaskDueRule {

    private final Clocks clocks;

    ComplaintClocks(Clocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public Optional<Instant> dueOnAnotherDesk(DelegateTask task, Instant created, ClientClocks.Client client, boolean byTheClockRules) {
        if (byTheClockRules || !Activity.FOLLOW_UP_COMPLAINT.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        return Optional.of(ComplaintTaskListener.followUpDue(task, created, client, clocks));
    }
}
