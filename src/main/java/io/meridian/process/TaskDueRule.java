package io.meridian.process;

import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The clock rules of one capability's user tasks (DOMAIN.md "The journey and its clocks"): each
 * capability contributes the due times of its own tasks as a bean, so {@link TaskClocks} names no
 * task of any capability.
 */
public interface TaskDueRule {

    /**
     * The due time of {@code task}, or empty when it is not one of this capability's tasks. A rule about the
     * team's own work counts the working days of {@code client.team()} (the client's desk, else the team). None by default:
     * a rule whose tasks get their due time from their own listener only works it out again for another desk
     * ({@link #dueOnAnotherDesk}).
     */
    default Optional<Instant> due(DelegateTask task, Instant now, ClientClocks.Client client) {
        return Optional.empty();
    }

    /**
     * The due time of {@code task}, made at {@code created}, once its client has moved to another desk ({@code client.team()}
     * is the new desk's calendar): its rule counted in the new desk's working time, or empty when this rule has none for it.
     * {@code byTheClockRules} says who gave the task its due time when it was made: the clock rules ({@link #due}, through
     * {@link JourneyTaskListener}), whose time is by default what {@link #due} gives for the moment the task was made; or the
     * task's own listener (a survey's, an undelivered email's), whose rule works it out here, the task keeping its due time
     * by default. A rule whose due time a step fixed before the task was made (in the old desk's clock) works it out again
     * here; one whose due time is a moment of the client's (a milestone, a promised first response) keeps it.
     */
    default Optional<Instant> dueOnAnotherDesk(DelegateTask task, Instant created, ClientClocks.Client client, boolean byTheClockRules) {
        return byTheClockRules ? due(task, created, client) : Optional.empty();
    }

    /**
     * Whether this rule's due time for {@code task} runs on the 7×24 clock ({@link RoundTheClock}): its escalation then
     * counts elapsed hours, not the team's working time. No by default.
     */
    default boolean roundTheClock(DelegateTask task) {
        return false;
    }

    /**
     * When the client raised what {@code task} answers, where its due time counts from that moment rather than from the
     * task ({@link ClientRaisedAt}: its escalation then counts from it too); empty for the others, by default.
     */
    default Optional<Instant> clientRaisedAt(DelegateTask task) {
        return Optional.empty();
    }

    /**
     * Whether {@code task} contacts the client. One that does not is the team's own work (talking to a supplier,
     * designing a fix): its due time belongs in the team's working time, its follow-up date is when the team is next at
     * work, and its form shows its times in the team's clock with no client window ({@link TaskGuidance}). Yes by default.
     */
    default boolean contactsClient(DelegateTask task) {
        return true;
    }
}
