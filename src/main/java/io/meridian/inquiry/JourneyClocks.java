package io.meridian.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.meridian.calendar.Clocks;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskClocks;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The clocks of the journey's own tasks (DOMAIN.md "The journey and its clocks"): the reply and the after-sales check-in. */
@Component
class JourneyClocks implements TaskDueRule {

    static final Duration AFTER_SALES_WITHIN = Duration.ofHours(72);

    private final Clocks clocks;

    JourneyClocks(Clocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public Optional<Instant> due(DelegateTask task, Instant now, ClientClocks.Client client) {
        return switch (task.getTaskDefinitionKey()) {
            // the inquiry's replyDueAt: 24 hours after receipt, or the auto-reply's promise (RegisterInquiryDelegate)
            case Activity.REPLY_TO_INQUIRY -> Optional.of(Optional.ofNullable(
                ProcessValues.instant(task, Var.REPLY_DUE_AT, clocks.teamZone())).orElse(now.plus(TaskClocks.ANSWER_WITHIN)));
            // satisfaction check-in within 72 hours (a poor score opens a complaint with its own clocks), in a window in
            // which the desk (or team) can call the client: the team's working time on a business day of the client's,
            // neither at night for the team nor on the client's weekend or holiday, where the check-in reaches nobody
            case Activity.AFTER_SALES_CHECK_IN ->
                Optional.of(clocks.dueInCallWindow(client.calendar(), client.team(), now, now.plus(AFTER_SALES_WITHIN)));
            default -> Optional.empty();
        };
    }

    /** The reply counts its 24 hours from when the client sent the inquiry ({@code receivedAt}), which may be before it was entered. */
    @Override
    public Optional<Instant> clientRaisedAt(DelegateTask task) {
        return Activity.REPLY_TO_INQUIRY.equals(task.getTaskDefinitionKey())
            ? Optional.ofNullable(ProcessValues.instant(task, Var.RECEIVED_AT, clocks.teamZone()))
            : Optional.empty();
    }
}
