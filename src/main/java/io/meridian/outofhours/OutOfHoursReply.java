package io.meridian.outofhours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.WorkWeek;
import io.meridian.messages.Addressee;
import io.meridian.messages.ClientDates;
import io.meridian.messages.Localized;
import io.meridian.messages.MessageKind;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The automatic reply to a client's message received outside the working hours of the team that works the client
 * (its calendar: work week, public holidays, contact hours; the client's desk's, or the whole team's without desks),
 * and when the personal answer is then due. Planned in the outbox at once, in the registering step's transaction, in
 * the client's language where a template exists.
 */
@Component
public class OutOfHoursReply {

    private final ClientMail mail;
    private final ClientClocks clocks;

    OutOfHoursReply(ClientMail mail, ClientClocks clocks) {
        this.mail = mail;
        this.clocks = clocks;
    }

    /**
     * A message received while {@code team} was away: when the team is {@code back} at work, and when the answer is
     * {@code due}.
     */
    public record Away(TeamCalendar team, Instant back, Instant due) {
    }

    /**
     * When the team is back and the answer to a message received outside {@code team}'s working hours is due (it then
     * gets an automatic reply): {@code ruleDue} (the rule's time after receipt), or the end of the team's contact hours
     * on its first working day back when that is later, so that the escalation holds the team to working time, not to
     * a weekend hour nobody works; either held to the team's working time ({@link TeamCalendar#dueInWorkingTime}).
     * Empty for a message received while the team works, and for one entered after it was received while the team
     * works (someone at work answers it in person): no automatic reply, and the answer is due as {@link #due} says.
     */
    public static Optional<Away> away(TeamCalendar team, Instant receivedAt, Instant ruleDue, Instant now) {
        if (team.isWorking(receivedAt) || (now.isAfter(receivedAt) && team.isWorking(now))) {
            return Optional.empty();
        }
        // back from receipt, or from now for a message entered after it was received
        Instant back = team.nextWorkingStart(now.isAfter(receivedAt) ? now : receivedAt);
        return Optional.of(new Away(team, back, team.dueInWorkingTime(back, laterOfFirstDayBack(team, back, ruleDue))));
    }

    /**
     * {@link #away}, unless the answer was due already when the message was entered ({@code now}): an inquiry received
     * ten days ago and keyed in tonight gets no automatic reply, which would tell the client when it came and promise an
     * answer after the one the team owed them long since; its answer stays due at the rule's time (late from the start).
     */
    public static Optional<Away> awayUnlessLate(TeamCalendar team, Instant receivedAt, Instant ruleDue, Instant now) {
        return lateOnEntry(team, receivedAt, ruleDue, now) ? Optional.empty() : away(team, receivedAt, ruleDue, now);
    }

    /**
     * Whether the answer to a message received at {@code receivedAt} was due (the rule's time held to the team's
     * working time, as for a message received while the team works) before it was entered at {@code now}.
     */
    public static boolean lateOnEntry(TeamCalendar team, Instant receivedAt, Instant ruleDue, Instant now) {
        return now.isAfter(receivedAt) && team.dueInWorkingTime(receivedAt, ruleDue).isBefore(now);
    }

    /**
     * When the answer to a message received at {@code receivedAt} is due, the rule's own time being {@code ruleDue}:
     * {@code away}'s due time when the team was away, else the rule's time held to the team's working time (an inquiry
     * received on Friday afternoon is due at the end of the team's Monday, not on Saturday).
     */
    public static Instant due(TeamCalendar team, Instant receivedAt, Instant ruleDue, Optional<Away> away) {
        return away.map(Away::due).orElseGet(() -> team.dueInWorkingTime(receivedAt, ruleDue));
    }

    /**
     * Plans the automatic reply of {@code kind} to a message received while the team was {@link #away}, with the kind's
     * own {@code values}. The template gets besides them
     * {@code receivedAt}, {@code nextOpening} (the team back), {@code replyBy} (the promise) and {@code workingHours}
     * (each with {@code days} and {@code hours}), all in the client's clock. The client is promised the answer for
     * when it lands: an email sent at its due time outside the client's business hours waits in the outbox for their
     * next opening, like every client email, so the promise is that opening (09:00 the next morning in Tokyo rather
     * than 00:30, when nothing would arrive). Answers that promise.
     */
    public Instant plan(MessageKind kind, DelegateExecution execution, String reference, Instant receivedAt, Away away,
                        Instant now, Map<String, Object> values) {
        Addressee to = mail.addressee(execution, now);
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put("receivedAt", ClientMail.clientTime(receivedAt, to.zone()));
        Instant back = away.back();
        // the client's calendar as at the due time, for when the answer lands and for the days of their week
        ClientCalendar week = clocks.calendar(execution, away.due());
        Instant lands = promise(clocks.clocks().sendAt(week, away.due()));
        all.put("replyBy", ClientMail.clientTime(lands, to.zone()));
        if (kind.placeholders().contains("replyDueAt")) {
            // the same promise under the name the auto-reply's templates written before replyBy use
            all.put("replyDueAt", all.get("replyBy"));
        }
        all.put("nextOpening", ClientMail.clientTime(back, to.zone()));
        all.put("workingHours", (Localized) language -> workingHours(away.team(), back, week, Locale.forLanguageTag(language)));
        mail.messages().plan(kind, to, all, now, reference);
        return lands;
    }

    /**
     * The moment promised for an answer that lands at {@code lands}: the next quarter hour, so that a client reads
     * "by 15:15" rather than "by 15:01" for an answer due 48 hours after a complaint came at 15:01; never earlier.
     */
    public static Instant promise(Instant lands) {
        long quarter = Duration.ofMinutes(15).toMillis();
        long millis = lands.toEpochMilli();
        return Instant.ofEpochMilli(Math.floorDiv(millis + quarter - 1, quarter) * quarter);
    }

    /** {@code ruleDue}, or the end of the team's contact hours on the day it is {@code back} when that is later. */
    static Instant laterOfFirstDayBack(TeamCalendar team, Instant back, Instant ruleDue) {
        Instant firstDayEnds = team.contactHours(back.atZone(team.zone()).toLocalDate()).end();
        return firstDayEnds.isAfter(ruleDue) ? firstDayEnds : ruleDue;
    }

    /**
     * The team's working hours of the coming week in the client's clock, consecutive days with the
     * same hours joined: e.g. Monday–Friday 09:00–23:00 for a Tokyo client of a Shanghai team.
     * Day names come from the JDK's locale data (CLDR) in the part's language. In a week in which the clocks change in
     * one of the two places and not in the other (the US's or the EU's summer time, when Shanghai keeps its clock), the
     * hours are not the same every day: the days then come in their order, each run of days named by its dates
     * ("Wednesday, 10 March 2027 – Thursday, 11 March 2027: 19:00–09:00 (+1)", then "Sunday, 14 March 2027 – …:
     * 20:00–10:00 (+1)"), so that no hours of this week stand for next week's days on the same weekday; a working day of
     * the client's that the team's hours miss stands among them, closed, as in any other week.
     */
    static List<Map<String, String>> workingHours(TeamCalendar team, Instant from, ZoneId client, Locale locale) {
        return workingHours(team, from, client, null, locale);
    }

    /**
     * {@link #workingHours(TeamCalendar, Instant, ZoneId, Locale)} for a client whose working week is {@code client}'s:
     * a working day of theirs in the coming week on which the team's hours touch no hour of theirs is listed as closed
     * ({@code closed}, its {@code hours} empty), and the list then runs in the client's week from their first working day.
     * A Saudi client, whose week runs Sunday to Thursday, reads "Sunday: closed", then "Monday–Friday: 03:00–17:00" for a
     * Shanghai team, where the list began on Monday, the second day of their week, and left Sunday out.
     */
    static List<Map<String, String>> workingHours(TeamCalendar team, Instant from, ClientCalendar client, Locale locale) {
        return workingHours(team, from, client.zone(), client, locale);
    }

    private static List<Map<String, String>> workingHours(TeamCalendar team, Instant from, ZoneId client, ClientCalendar week,
                                                          Locale locale) {
        LocalDate first = from.atZone(team.zone()).toLocalDate();
        Set<LocalDate> touched = new HashSet<>();
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = first.plusDays(i);
            if (!team.isWorkingDay(day)) {
                continue;
            }
            TeamCalendar.Interval interval = team.contactHours(day);
            LocalTime start = interval.start().atZone(client).toLocalTime();
            LocalTime end = interval.end().atZone(client).toLocalTime();
            boolean overnight = !interval.end().atZone(client).toLocalDate().equals(interval.start().atZone(client).toLocalDate());
            for (LocalDate d = interval.start().atZone(client).toLocalDate(); !d.isAfter(interval.end().minusNanos(1).atZone(client).toLocalDate());
                 d = d.plusDays(1)) {
                touched.add(d);
            }
            days.add(new Day(interval.start().atZone(client).toLocalDate(), start + range(locale) + end + (overnight ? " (+1)" : ""), false));
        }
        List<Day> closed = closedDays(from.atZone(client).toLocalDate(), week, touched);
        if (days.stream().map(Day::hours).distinct().count() > 1) {
            // the clocks change in between: in the order the days come, by their dates, the client's closed days among them
            String language = locale.toLanguageTag();
            days.addAll(closed);
            days.sort(Comparator.comparing(Day::date));
            return joined(days, (a, b) -> b.date().equals(a.date().plusDays(1)),
                d -> String.valueOf(ClientDates.day(d.date()).in(language)),
                "ja".equals(locale.getLanguage()) ? range(locale) : " " + range(locale) + " ");
        }
        // in week order, the week starting on the client's day of the team's first working day (Sunday in New York for a Shanghai Monday)
        DayOfWeek teamFirst = WorkWeek.parse(team.settings().workWeek()).iterator().next();
        DayOfWeek weekStarts = team.contactHours(first.with(TemporalAdjusters.nextOrSame(teamFirst)))
            .start().atZone(client).getDayOfWeek();
        if (!closed.isEmpty()) {
            // the client's own week, from their first working day (Sunday in Riyadh)
            weekStarts = firstOfWeek(week.workWeek());
            days.addAll(closed);
        }
        DayOfWeek clientFirst = weekStarts;
        days.sort(Comparator.comparingInt(d -> (d.day().getValue() - clientFirst.getValue() + 7) % 7));
        return joined(days, (a, b) -> b.day() == a.day().plus(1), d -> d.day().getDisplayName(TextStyle.FULL, locale), range(locale));
    }

    /** The client's working days in the seven days from {@code from} that no hour of the team's touches. */
    private static List<Day> closedDays(LocalDate from, ClientCalendar week, Set<LocalDate> touched) {
        if (week == null) {
            return List.of();
        }
        List<Day> closed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = from.plusDays(i);
            if (week.isWorkingDay(day) && !touched.contains(day)) {
                closed.add(new Day(day, "", true));
            }
        }
        return closed;
    }

    /**
     * The first day of a working week: the day after its days off (Sunday for Sunday–Thursday, Monday for Monday–Friday),
     * the week's lowest day for a week without a break.
     */
    private static DayOfWeek firstOfWeek(Set<DayOfWeek> workWeek) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (workWeek.contains(day) && !workWeek.contains(day.minus(1))) {
                return day;
            }
        }
        return DayOfWeek.MONDAY;
    }

    /**
     * A working day of the team as the client's day it starts on, and its hours in the client's clock; or a working day of
     * the client's on which the team is {@code closed} (no hours; the template writes the word in its language).
     */
    private record Day(LocalDate date, String hours, boolean closed) {
        DayOfWeek day() {
            return date.getDayOfWeek();
        }
    }

    /** {@code days} with runs of days that {@code follow} one another and have the same hours joined, each named by {@code name}. */
    private static List<Map<String, String>> joined(List<Day> days, BiPredicate<Day, Day> follow, Function<Day, String> name,
                                                    String between) {
        List<Map<String, String>> joined = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).hours().equals(days.get(i).hours()) && follow.test(days.get(j), days.get(j + 1))) {
                j++;
            }
            String named = name.apply(days.get(i)) + (j > i ? between + name.apply(days.get(j)) : "");
            joined.add(days.get(i).closed() ? Map.of("days", named, "hours", "", "closed", "closed")
                : Map.of("days", named, "hours", days.get(i).hours()));
            i = j + 1;
        }
        return joined;
    }

    /** Between the ends of a range of days or hours ({@link ClientDates#range}). */
    static String range(Locale locale) {
        return ClientDates.range(locale);
    }
}
