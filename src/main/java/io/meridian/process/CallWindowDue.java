package io.meridian.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.TeamCalendar;
import io.meridian.moments.TeamMoments;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The due time of a task that calls the client (the quote's follow-up, the payment chase, the after-sales check-in, a
 * stock-ready notice once the stock is complete): the rule's own time where the team can call the client then, else the end of
 * a call window ({@link Clocks#dueInCallWindow}), and the reason, said as the task's "Due:" line says it
 * ({@link ClientClosedDue#why}): "earlier than the team's own rule gives (Wed 13 Jan 2027 10:00, 03:00 in Berlin): that is
 * outside their business hours, so it is due when today's call window ends, …". A salesperson sees why a follow-up made at
 * 10:00 in Shanghai is due at 22:00 that day, not at 10:00 the next, which is the middle of the night in Berlin.
 */
public final class CallWindowDue {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private CallWindowDue() {
    }

    /**
     * A task that asks the client something: {@code ruleDue} held off the days the client is closed ({@link ClientClosedDue}),
     * or, on a day they work, held to a window in which the client's desk (or the team) can call them ({@link #due}).
     */
    public static Instant askingTheClient(DelegateTask task, ClientClocks.Client client, Clocks clocks, Instant now, Instant ruleDue) {
        Instant due = ClientClosedDue.due(task, client, clocks, now, ruleDue);
        return due.equals(ruleDue) ? due(task, client.calendar(), client.team(), clocks, now, ruleDue) : due;
    }

    /**
     * A task that calls the client once a day they were told has come (a survey the client was asked to answer by a day):
     * {@code ruleDue} held off the days the client is closed ({@link ClientClosedDue}), or, on a day they work, held to a call
     * window of the client's day of {@code ruleDue} (the day they were told), never one of the day before: the rule's 10:00 in
     * Shanghai is 03:00 in Berlin, and the window of that day, not the evening before, is when support calls them.
     */
    public static Instant onTheDayTold(DelegateTask task, ClientClocks.Client client, Clocks clocks, Instant now, Instant ruleDue) {
        Instant closed = ClientClosedDue.due(task, client, clocks, now, ruleDue);
        if (!closed.equals(ruleDue)) {
            return closed;
        }
        ClientCalendar calendar = client.calendar();
        // inside a window already (its first minute too, where the desk's and the client's days open together)
        if (clocks.nextCall(calendar, client.team(), ruleDue).filter(w -> !w.start().isAfter(ruleDue)).isPresent()) {
            return ruleDue;
        }
        LocalDate told = calendar.localDate(ruleDue);
        Instant opens = calendar.opening(told);
        Instant from = opens.isAfter(now) ? opens : now;
        Instant due = clocks.dueInCallWindow(calendar, client.team(), from, ruleDue);
        if (due.equals(ruleDue)) {
            return due;
        }
        boolean windows = clocks.nextCall(calendar, client.team(), from).isPresent();
        String why = windows && due.isAfter(ruleDue) && calendar.localDate(due.minusSeconds(1)).equals(told)
            ? "later than " + rule(calendar, client.teamZone(), ruleDue) + ", so it is due when the call window of the day they were"
                + " told, " + TeamMoments.day(told) + " their time, ends"
            : why(calendar, client.teamZone(), now, ruleDue, due, windows);
        task.setVariableLocal(ClientClosedDue.WHY, Variables.stringValue(why, true));
        return due;
    }

    /**
     * {@code ruleDue} held to a window in which {@code desk} can call the client ({@link Clocks#dueInCallWindow}), the task
     * marked with the reason where that moved it.
     */
    public static Instant due(DelegateTask task, ClientCalendar client, TeamCalendar desk, Clocks clocks, Instant now, Instant ruleDue) {
        return due(task, held(client, desk, clocks, now, ruleDue));
    }

    /** {@code held}'s due time, the task marked with the reason where a call window moved it (its "Due:" line says it). */
    public static Instant due(DelegateTask task, Held held) {
        held.why().ifPresent(why -> task.setVariableLocal(ClientClosedDue.WHY, Variables.stringValue(why, true)));
        return held.due();
    }

    /** A due time held to a call window, and why it is not the rule's own, said as a "Due:" line says it. */
    public record Held(Instant due, Optional<String> why) {
    }

    /** {@link #due} for a task read back (a stock-ready notice brought forward), whose "Due:" line its caller writes anew. */
    public static Held held(ClientCalendar client, TeamCalendar desk, Clocks clocks, Instant now, Instant ruleDue) {
        Instant due = clocks.dueInCallWindow(client, desk, now, ruleDue);
        if (due.equals(ruleDue)) {
            return new Held(due, Optional.empty());
        }
        boolean windows = clocks.nextCall(client, desk, now).isPresent();
        return new Held(due, Optional.of(why(client, desk.zone(), now, ruleDue, due, windows)));
    }

    /**
     * Why {@code due} is not {@code ruleDue}, in the words of the task's "Due:" line: the end of a call window, or, where the
     * team has no call window with the client at all ({@code windows} false: their hours never meet), the team's working time.
     */
    static String why(ClientCalendar client, ZoneId teamZone, Instant now, Instant ruleDue, Instant due, boolean windows) {
        String rule = rule(client, teamZone, ruleDue);
        if (!windows) {
            return (due.isBefore(ruleDue) ? "earlier" : "later") + " than " + rule + ", and the team's hours never meet theirs in the"
                + " next weeks, so it is due in the team's working time";
        }
        // the window's day on the team's clock: a window ending at midnight belongs to the day before
        LocalDate windowDay = due.minusSeconds(1).atZone(teamZone).toLocalDate();
        if (due.isBefore(ruleDue)) {
            String window = windowDay.equals(now.atZone(teamZone).toLocalDate()) ? "today's call window"
                : "the call window of " + TeamMoments.day(windowDay);
            return "earlier than " + rule + ", so it is due when " + window
                + " ends, the last one before then in which the team can call them";
        }
        return "later than " + rule + " and no call window opens before then, so it is due when the next one, on "
            + TeamMoments.day(windowDay) + ", ends";
    }

    /** "the team's own rule gives (Wed 13 Jan 2027 10:00, 03:00 in Berlin): that is outside their business hours". */
    private static String rule(ClientCalendar client, ZoneId teamZone, Instant ruleDue) {
        return "the team's own rule gives (" + TeamMoments.at(ruleDue, teamZone) + ", " + clientTime(ruleDue, teamZone, client.zone())
            + "): that is " + outside(client, ruleDue);
    }

    /** "03:00 in Berlin" (with the weekday where the client's day is another than the team's), or "03:00 client time (UTC)". */
    private static String clientTime(Instant at, ZoneId teamZone, ZoneId clientZone) {
        boolean sameDay = at.atZone(teamZone).toLocalDate().equals(at.atZone(clientZone).toLocalDate());
        String time = (sameDay ? TIME : DAY_AND_TIME).format(at.atZone(clientZone));
        String id = clientZone.getId();
        int city = id.lastIndexOf('/');
        return city < 0 || id.startsWith("Etc/") ? time + " client time (" + id + ")" : time + " in " + id.substring(city + 1).replace('_', ' ');
    }

    /** Why the team cannot call the client at {@code at}: the client's day off, their office closed, or the team away. */
    private static String outside(ClientCalendar client, Instant at) {
        LocalDate day = client.localDate(at);
        if (!client.isWorkingDay(day)) {
            return "a day they do not work";
        }
        if (at.isBefore(client.opening(day)) || !at.isBefore(client.closing(day))) {
            return "outside their business hours";
        }
        return "outside the team's working time";
    }
}
