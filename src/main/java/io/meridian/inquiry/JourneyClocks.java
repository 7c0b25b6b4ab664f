package io.meridian.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import io.meridian.calendar.Clocks;
import io.meridian.calendar.TeamCalendar;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outofhours.OutOfHoursReply;
import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskClocks;
import io.meridian.process.TaskDueRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The clocks of the journey's own tasks (DOMAIN.md "The journey and its clocks"): the reply, the quote's follow-up and the
 * handling of an objection (held off the client's closed days, {@link ClientClosedDue}, and to a call window on a day they
 * work, {@link CallWindowDue}) and
 * the after-sales check-in (held to a call window).
 */
@Component
class JourneyClocks implements TaskDueRule {

    static final Duration AFTER_SALES_WITHIN = Duration.ofHours(72);

    private final Clocks clocks;
    private final Outbox outbox;
    private final InquiryLedger inquiries;

    JourneyClocks(Clocks clocks, Outbox outbox, InquiryLedger inquiries) {
        this.clocks = clocks;
        this.outbox = outbox;
        this.inquiries = inquiries;
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
                Optional.of(CallWindowDue.due(task, client.calendar(), client.team(), clocks, now, now.plus(AFTER_SALES_WITHIN)));
            // the quote's follow-up asks the client: 24 hours in the team's working time, but never on a day the client
            // does not work (their weekend, Japan's year-end, China's Spring Festival), when nobody answers and the escalation
            // would run, and on a day they work inside a call window, not at 03:00 in Berlin (as the payment chase)
            // handling an objection answers the client (a talk, a revised quote by email): held the same way
            case Activity.FOLLOW_UP_QUOTE, Activity.HANDLE_OBJECTION -> Optional.of(CallWindowDue.askingTheClient(task, client, clocks,
                now, client.team().dueInWorkingTime(now, now.plus(TaskClocks.ANSWER_WITHIN))));
            default -> Optional.empty();
        };
    }

    /**
     * The reply of a client moved to another desk: 24 hours after receipt in the new desk's working time, or the end
     * of its first working day back where it was away at receipt, as {@link RegisterInquiryDelegate} works it out for
     * a new inquiry. Where an automatic reply promised the client an answer by the due time the reply had, never later
     * than that.
     */
    @Override
    public Optional<Instant> dueOnAnotherDesk(DelegateTask task, Instant created, ClientClocks.Client client, boolean byTheClockRules) {
        if (!byTheClockRules || !Activity.REPLY_TO_INQUIRY.equals(task.getTaskDefinitionKey())) {
            return TaskDueRule.super.dueOnAnotherDesk(task, created, client, byTheClockRules);
        }
        // the inquiry's facts are the ledger's (JourneyFacts): a task read back has them no more
        String inquiryId = ProcessValues.text(task, Var.INQUIRY_ID);
        Optional<InquiryRecord> inquiry = inquiryId == null ? Optional.empty() : inquiries.byId(inquiryId);
        if (inquiry.isEmpty()) {
            return Optional.ofNullable(task.getDueDate()).map(Date::toInstant);
        }
        Instant receivedAt = inquiry.get().receivedAt();
        TeamCalendar team = client.team();
        Instant ruleDue = receivedAt.plus(RegisterInquiryDelegate.REPLY_WITHIN);
        Instant due = OutOfHoursReply.due(team, receivedAt, ruleDue, OutOfHoursReply.awayUnlessLate(team, receivedAt, ruleDue, created));
        Instant promised = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        if (promised != null && promised.isBefore(due) && autoReplied(inquiryId)) {
            return Optional.of(promised);
        }
        return Optional.of(due);
    }

    private boolean autoReplied(String inquiryId) {
        return outbox.about(inquiryId).stream()
            .anyMatch(m -> m.content() != null && MessageKind.AUTO_REPLY.name().equals(m.content().messageKind()));
    }

    /** The reply counts its 24 hours from when the client sent the inquiry ({@code receivedAt}), which may be before it was entered. */
    @Override
    public Optional<Instant> clientRaisedAt(DelegateTask task) {
        return Activity.REPLY_TO_INQUIRY.equals(task.getTaskDefinitionKey())
            ? Optional.ofNullable(ProcessValues.instant(task, Var.RECEIVED_AT, clocks.teamZone()))
            : Optional.empty();
    }
}
