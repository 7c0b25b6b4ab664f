package io.meridian.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every clock of a journey, from a client calendar already decided: when to call, when a message
 * should land, when to follow up, and working-day arithmetic on the team's calendar. Which clock a
 * rule uses is the rule's business; the arithmetic is here, once.
 */
@Component
public class Clocks {

    private final TeamCalendar team;

    public Clocks(TeamCalendar team) {
        this.team = team;
    }

    public TeamCalendar team() {
        return team;
    }

    public ZoneId teamZone() {
        return team.zone();
    }

    public List<ContactWindow> windows(ClientCalendar client, WindowKind kind, Instant from, int count) {
        return kind == WindowKind.SEND
            ? ContactWindows.send(client, team.zone(), from, count)
            : ContactWindows.call(client, team, from, count);
    }

    /** The next window in which {@code desk} (a desk's calendar, or the team's) can call the client (a task's follow-up date). */
    public Optional<ContactWindow> nextCall(ClientCalendar client, TeamCalendar desk, Instant from) {
        return ContactWindows.call(client, desk, from, 1).stream().findFirst();
    }

    /** When a client email should go out: now inside the client's business hours, else when they next open. */
    public Instant sendAt(ClientCalendar client, Instant from) {
        return ContactWindows.send(client, team.zone(), from, 1).stream().findFirst().map(ContactWindow::start).orElse(from);
    }

    /**
     * The first call window of {@code desk} (a desk's calendar, or the team's) on the {@code businessDays}-th
     * client working day after {@code from} ("follow up after N business days" is about the client, so the
     * client's days count).
     */
    public Instant followUpAt(ClientCalendar client, TeamCalendar desk, int businessDays, Instant from) {
        LocalDate day = client.localDate(from);
        int counted = 0;
        for (int guard = 0; counted < Math.max(1, businessDays) && guard < 366; guard++) {
            day = day.plusDays(1);
            if (client.isWorkingDay(day)) {
                counted++;
            }
        }
        Instant opening = client.opening(day);
        Instant start = opening.isAfter(from) ? opening : from;
        return nextCall(client, desk, start).map(ContactWindow::start).orElseGet(() -> sendAt(client, start));
    }

    /** The first call window of {@code desk} (a desk's calendar, or the team's) once a period that ends on {@code lastDay} (client time) is over. */
    public Instant after(ClientCalendar client, TeamCalendar desk, LocalDate lastDay, Instant now) {
        Instant end = lastDay.plusDays(1).atStartOfDay(client.zone()).toInstant();
        Instant from = end.isAfter(now) ? end : now;
        return nextCall(client, desk, from).map(ContactWindow::start).orElse(from);
    }

    /**
     * When work that reaches the client (a call, a check-in) and came in at {@code from} is due, the rule's own time being
     * {@code ruleDue} (72 hours after a delivery, say): inside a window in which {@code desk} (a desk's calendar, or the
     * team's) can call the client, that is the client's business hours on a working day of theirs met with the desk's
     * working time ({@link ContactWindows#call}). {@code ruleDue} itself inside such a window; else the end of the last
     * window that opens before it, so that the rule is kept; else, when none opens in between (a long closure), the end
     * of the next one. Without any window in {@value ContactWindows#LOOK_AHEAD_DAYS} days, the desk's working time alone
     * ({@link TeamCalendar#dueInWorkingTime}).
     */
    public Instant dueInCallWindow(ClientCalendar client, TeamCalendar desk, Instant from, Instant ruleDue) {
        Instant due = null;
        for (ContactWindow window : ContactWindows.call(client, desk, from, 2 * ContactWindows.LOOK_AHEAD_DAYS)) {
            if (!window.start().isBefore(ruleDue)) {
                return due != null ? due : window.end();
            }
            due = window.end().isAfter(ruleDue) ? ruleDue : window.end();
        }
        return due != null ? due : desk.dueInWorkingTime(from, ruleDue);
    }

    /** The same time of day {@code days} team working days later: for rules about the team's own work. */
    public Instant plusTeamWorkingDays(Instant from, int days) {
        return team.plusWorkingDays(from, days);
    }
}
