package io.meridian.process;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.meridian.calendar.Clocks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The due time of each user task, from the clock rules of DOMAIN.md "The journey and its clocks"
 * that each capability contributes ({@link TaskDueRule}). These rules are about the team's own
 * work, so working days are the team's (its work week and the public holidays of its country,
 * {@link io.meridian.calendar.TeamCalendar}), or those of the client's desk where the team has desks
 * ({@link ClientClocks.Client#team()}); a rule about reaching the client holds its time to a window in which the team
 * can call the client ({@link Clocks#dueInCallWindow}).
 */
@Component
public class TaskClocks {

    /** A task no capability has a rule for: answered within 24 hours, in the team's working time. */
    public static final Duration ANSWER_WITHIN = Duration.ofHours(24);

    private final Clocks clocks;
    private final List<TaskDueRule> rules;

    TaskClocks(Clocks clocks, List<TaskDueRule> rules) {
        this.clocks = clocks;
        this.rules = List.copyOf(rules);
    }

    public Instant due(DelegateTask task, Instant now, ClientClocks.Client client) {
        for (TaskDueRule rule : rules) {
            Optional<Instant> due = rule.due(task, now, client);
            if (due.isPresent()) {
                return due.get();
            }
        }
        return client.team().dueInWorkingTime(now, now.plus(ANSWER_WITHIN));
    }

    /**
     * The due time anew of {@code task}, made at {@code created}, for a client moved to the desk whose calendar is
     * {@code client.team()} ({@link TaskDueRule#dueOnAnotherDesk}): a task the clock rules planned ({@code byTheClockRules}) by
     * the same rules counted in the new desk's working time, 24 hours there where no rule names it; one whose own listener
     * planned it (a survey's, an undelivered email's) by its own rule, or empty: it keeps its due time.
     */
    public Optional<Instant> dueOnAnotherDesk(DelegateTask task, Instant created, ClientClocks.Client client, boolean byTheClockRules) {
        for (TaskDueRule rule : rules) {
            Optional<Instant> due = rule.dueOnAnotherDesk(task, created, client, byTheClockRules);
            if (due.isPresent()) {
                return due;
            }
        }
        return byTheClockRules ? Optional.of(client.team().dueInWorkingTime(created, created.plus(ANSWER_WITHIN))) : Optional.empty();
    }

    /** Whether a rule puts {@code task} on the 7×24 clock ({@link TaskDueRule#roundTheClock}). */
    public boolean roundTheClock(DelegateTask task) {
        return rules.stream().anyMatch(rule -> rule.roundTheClock(task));
    }

    /** Whether {@code task} contacts the client: yes unless a rule says it is the team's own work ({@link TaskDueRule#contactsClient}). */
    public boolean contactsClient(DelegateTask task) {
        return rules.stream().allMatch(rule -> rule.contactsClient(task));
    }

    /** When the client raised what {@code task} answers, where a rule counts its due time from then ({@link TaskDueRule#clientRaisedAt}). */
    public Optional<Instant> clientRaisedAt(DelegateTask task) {
        return rules.stream().map(rule -> rule.clientRaisedAt(task)).flatMap(Optional::stream).findFirst();
    }

    /** The whole team's working days: a client's work counts its desk's ({@link ClientClocks#team}). */
    public Instant plusWorkingDays(Instant from, int days) {
        return clocks.plusTeamWorkingDays(from, days);
    }
}
