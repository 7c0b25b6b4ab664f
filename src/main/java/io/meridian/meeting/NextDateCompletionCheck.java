package io.meridian.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;

import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.moments.TeamMoments;
import io.meridian.moments.TeamToday;
import io.meridian.process.ClientClocks;
import io.meridian.process.TaskGuidance;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Agree a next date" is completed only with that date, today or later in the team's clock (the client's desk's), a
 * working day of the client, and a day the team works too: the journey wakes at the first call window both share.
 */
@Component
class NextDateCompletionCheck implements CompletionCheck {

    static final int MAX_DAYS_AHEAD = 366;

    private final ClientClocks clocks;

    NextDateCompletionCheck(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public String processKey() {
        return ClientJourney.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(ClientJourney.Activity.HANDLE_OBJECTION);
    }

    @Override
    public void check(DelegateTask task) {
        if (!ClientJourney.ObjectionOutcome.NEXT_DATE.name().equals(String.valueOf(task.getVariable(Var.OBJECTION_OUTCOME)))) {
            return;
        }
        Object value = task.getVariable(Var.NEXT_STEP_ON);
        TeamToday today = TeamToday.at(ClockUtil.now().toInstant(), clocks.team(task).zone());
        if (value == null || String.valueOf(value).isBlank()) {
            throw new InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn is required for a next date: the day agreed with the client, yyyy-mm-dd");
        }
        LocalDate day;
        try {
            day = value instanceof java.util.Date d ? d.toInstant().atZone(today.zone()).toLocalDate() : LocalDate.parse(String.valueOf(value).strip());
        } catch (RuntimeException e) {
            // present but not a day: say so and how to write it, not that it is missing ("11/12/2026" reads two ways)
            throw new InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn '" + value + "' is not a date: write the day agreed with the client"
                + " as yyyy-mm-dd, e.g. " + today.date().plusDays(7));
        }
        if (day.isBefore(today.date())) {
            throw new InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn " + day + " is in the past (" + today.said() + ")");
        }
        if (day.isAfter(today.date().plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn " + day + " is more than a year ahead");
        }
        // the journey wakes at the first call window of that day: on the client's weekend it would wake days later, unsaid
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client decided = clocks.decide(task, now);
        ZoneId clientZone = decided.zone();
        ClientClocks.Client client = clocks.decide(task, ClientClocks.noon(day, clientZone));
        if (!client.calendar().isWorkingDay(day)) {
            LocalDate next = client.calendar().nextWorkingDay(day);
            LocalDate both = wakeAt(decided, next, now).atZone(clientZone).toLocalDate();
            throw new InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn " + day + " is " + client.whyClosed(day)
                + ": agree a working day of the client, the next is " + TeamMoments.day(next)
                + (both.equals(next) ? "" : " (the team does not work it: the next day both work is " + TeamMoments.day(both) + ")"));
        }
        // a day the client works and the team does not (a Saudi client's Sunday): the follow-up would open on the team's
        // next working day; said now, where the journey woke days after the date agreed with the client without a word
        Instant wake = wakeAt(decided, day, now);
        if (!decided.team().isWorkingDay(day) && !wake.atZone(clientZone).toLocalDate().equals(day)) {
            throw new InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn " + day + " is a "
                + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", a day the client works and the team does not:"
                + " the journey would wake only on " + TaskGuidance.both(wake, decided.teamZone(), clientZone)
                + "; agree a day both work, the next is " + TeamMoments.day(wake.atZone(clientZone).toLocalDate()));
        }
    }

    private Instant wakeAt(ClientClocks.Client decided, LocalDate day, Instant now) {
        return ScheduleAgreedDateDelegate.wakeAt(clocks, decided, day, now);
    }
}
