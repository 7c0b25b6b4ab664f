package io.meridian.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.WorkWeek;
import io.meridian.etiquette.Effect;
import io.meridian.etiquette.Observance;
import io.meridian.moments.TeamMoments;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The due time of a task that asks the client something (a quote's follow-up, a follow-up on a fix the client has
 * not confirmed): the team's own rule (24 hours, 1 working day) in the team's working time, except where that falls
 * on a day the client does not work (their weekend, such as Friday and Saturday in Riyadh; a public holiday; a company
 * closure such as Japan's year-end or China's Spring Festival; not a merely slow day), when nobody could answer it: then
 * it is due when the team's first call window from the client's first working day back ends, and its escalation counts
 * from when that window opens ({@link ClientBackAt}). The
 * team's own work keeps the team's clock. The reason is kept for the task's briefing ({@link #why}), as its "Due:"
 * line says it.
 */
public final class ClientClosedDue {

    /**
     * Transient task-local variable with the reason a due time is not the team's rule (later: the client is closed then;
     * earlier or later: outside a call window, {@link CallWindowDue}): never stored.
     */
    static final String WHY = "dueWhy";

    private ClientClosedDue() {
    }

    /**
     * {@code ruleDue}, the team's rule for {@code task} made at {@code now}, or, when that falls on a day the client is
     * closed, the end of the call window of their next working day (marking the task with the reason).
     */
    public static Instant due(DelegateTask task, ClientClocks.Client client, Clocks clocks, Instant now, Instant ruleDue) {
        Held held = held(client, clocks, now, ruleDue);
        if (held.why().isEmpty()) {
            return kept(task, ruleDue);
        }
        // its escalation counts from when the team can reach the client again
        ClientBackAt.mark(task, held.clientBack().orElseThrow());
        task.setVariableLocal(WHY, Variables.stringValue(held.why().get(), true));
        return held.due();
    }

    /**
     * A due time held off the client's closed days: {@code due} the rule's own where the client works that day; else
     * {@code clientBack}, when the team can reach them again, and {@code why}, said as the task's "Due:" line says it.
     */
    public record Held(Instant due, Optional<Instant> clientBack, Optional<String> why) {
    }

    /**
     * {@link #due} for a moment that is no task's yet (the day a survey email asks the client to answer by, which its
     * task is then due at): the rule's own time, or the end of the call window of the client's first working day back.
     */
    public static Held held(ClientClocks.Client client, Clocks clocks, Instant now, Instant ruleDue) {
        ClientCalendar calendar = client.calendar();
        LocalDate day = calendar.localDate(ruleDue);
        Held kept = new Held(ruleDue, Optional.empty(), Optional.empty());
        if (calendar.isWorkingDay(day)) {
            return kept;
        }
        LocalDate back = calendar.nextWorkingDay(day);
        if (back.equals(day)) {
            return kept;
        }
        Instant opens = calendar.opening(back);
        Optional<ContactWindow> window = clocks.nextCall(calendar, client.team(), opens.isAfter(now) ? opens : now);
        Instant due = window.map(ContactWindow::end).orElseGet(() -> client.team().dueInWorkingTime(now, calendar.closing(back)));
        if (!due.isAfter(ruleDue)) {
            return kept;
        }
        // every closure between the rule's day and their return: Japan's year-end runs into the New Year holidays
        String closure = client.etiquette().upcoming().stream()
            .filter(o -> o.effect() == Effect.CLOSED && !o.to().isBefore(day) && o.from().isBefore(back))
            .map(ClientClosedDue::named).distinct().collect(Collectors.joining("; "));
        return new Held(due, Optional.of(window.map(ContactWindow::start).orElse(opens.isAfter(now) ? opens : now)),
            Optional.of("later than the team's own rule gives ("
                + TeamMoments.at(ruleDue, client.teamZone()) + "): the client is closed then ("
                + (closure.isEmpty() ? weekend(client, day) : closure) + ") and cannot answer, so it is due when "
                + backWindow(back, window.map(w -> w.clientLocalStart().toLocalDate()).orElse(back))));
    }

    /** "Friday, their weekend: work week SUNDAY-THURSDAY", for a day outside the client's work week. */
    private static String weekend(ClientClocks.Client client, LocalDate day) {
        if (client.calendar().workWeek().contains(day.getDayOfWeek())) {
            return "not a working day of theirs";
        }
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", their weekend: work week "
            + WorkWeek.format(client.etiquette().workWeek());
    }

    /**
     * "the call window of their first working day back, Mon 4 Jan 2027, ends", or, where the team cannot call them that
     * day (its own weekend: a Saudi client is back on Sunday), the day of the team's first window with them.
     */
    private static String backWindow(LocalDate back, LocalDate windowDay) {
        if (windowDay.equals(back)) {
            return "the call window of their first working day back, " + TeamMoments.day(back) + ", ends";
        }
        return "the team's first call window from their first working day back, " + TeamMoments.day(back) + ", ends, on "
            + TeamMoments.day(windowDay);
    }

    /** The rule's own time, dropping a mark an earlier due time of the task left (a client moved to another desk). */
    private static Instant kept(DelegateTask task, Instant ruleDue) {
        if (task.hasVariableLocal(ClientBackAt.VARIABLE)) {
            task.removeVariableLocal(ClientBackAt.VARIABLE);
        }
        return ruleDue;
    }

    /** Why {@code task}'s due time is not the team's rule, when {@link #due} or {@link CallWindowDue} made it so. */
    public static Optional<String> why(DelegateTask task) {
        Object why = task.getVariableLocal(WHY);
        return why == null ? Optional.empty() : Optional.of(why.toString());
    }

    private static String named(Observance o) {
        return o.name() + ", " + TeamMoments.day(o.from()) + (o.to().equals(o.from()) ? "" : " to " + TeamMoments.day(o.to()));
    }
}
