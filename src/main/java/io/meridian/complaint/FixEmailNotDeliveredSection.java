package io.meridian.complaint;

import java.time.ZoneId;
import java.util.Optional;

import io.meridian.complaint.ComplaintHandling.Activity;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The follow-up of a fix whose email the outbox gave up on: its briefing says so first-hand, as the client cannot answer
 * about a fix they never got, where it read as if the client had it.
 */
@Component
class FixEmailNotDeliveredSection implements ComplaintBriefingSection {

    private final FixEmail fixEmail;

    FixEmailNotDeliveredSection(FixEmail fixEmail) {
        this.fixEmail = fixEmail;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        if (!Activity.FOLLOW_UP_COMPLAINT.equals(task.getTaskDefinitionKey()) || task.getExecution().getProcessBusinessKey() == null) {
            return Optional.empty();
        }
        return fixEmail.notDelivered(task.getExecution().getProcessBusinessKey())
            .map(failed -> "**Fix email not delivered:** " + fixEmail.describe(task.getExecution().getProcessBusinessKey(), failed) + ". Give the client the root cause and fix"
                + " first; their verdict is taken once that task is done (\"No answer yet\" until then).");
    }
}
