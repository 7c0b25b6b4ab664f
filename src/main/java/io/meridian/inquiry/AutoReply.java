package io.meridian.inquiry;

import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.meridian.calendar.TeamCalendar;
import io.meridian.messages.Addressee;
import io.meridian.messages.Localized;
import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * An inquiry received outside the working hours of the team that works the client (its calendar:
 * work week, public holidays, contact hours; the client's desk's, or the whole team's without desks)
 * gets an automatic reply at once (seeds 000, 001), in the client's language where a template
 * exists: when that team is back, its working hours in the client's clock and when the reply will
 * come. The reply is due 24 hours after receipt or, when the team is away longer (a weekend, a holiday
 * week), at the end of its first working day back: the inquiry's {@code replyDueAt} and its reply task's
 * due date, so that the escalation holds the team to working time, not to a weekend hour nobody works.
 * The client is promised the moment a reply sent then lands, inside their business hours. Planned in the
 * outbox in the registration's transaction.
 */
@Component
class AutoReply {

    private final ClientMail mail;
    private final ClientClocks clocks;

    AutoReply(ClientMail mail, ClientClocks clocks) {
        this.mail = mail;
        this.clocks = clocks;
    }

    /**
     * When the reply to an inquiry received outside {@code team}'s working hours is due (it then gets an auto-reply):
     * the 24-hour reply time, or the end of the team's first working day back when that is later. Empty for an
     * inquiry received while the team works, and for one entered after it was received while the team works (someone
     * at work can answer it in person): no auto-reply, and the 24 hours from receipt.
     */
    static Optional<Instant> replyDue(TeamCalendar team, Instant receivedAt, Instant within24Hours, Instant now) {
        if (team.isWorking(receivedAt) || (now.isAfter(receivedAt) && team.isWorking(now))) {
            return Optional.empty();
        }
        return Optional.of(laterOfFirstDayBack(team, back(team, receivedAt, now), within24Hours));
    }

    /**
     * Plans the auto-reply to an inquiry received outside the team's working hours, whose reply is due at
     * {@code replyDue}. The client is promised the reply for when it lands: a reply sent at its due time outside the
     * client's business hours waits in the outbox for their next opening, like every client email, so the promise
     * is that opening (09:00 the next morning in Tokyo rather than 00:30, when nothing would arrive). Answers that promise.
     */
    Instant plan(DelegateExecution execution, TeamCalendar team, String inquiryId, String product, Instant receivedAt,
                 Instant replyDue, Instant now) {
        Addressee to = mail.addressee(execution, now);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("product", product);
        values.put("receivedAt", ClientMail.clientTime(receivedAt, to.zone()));
        Instant back = back(team, receivedAt, now);
        Instant lands = clocks.sendAt(execution, replyDue);
        String promised = ClientMail.clientTime(lands, to.zone());
        values.put("replyBy", promised);
        // the same promise under the name auto-reply templates written before replyBy had
        values.put("replyDueAt", promised);
        values.put("nextOpening", ClientMail.clientTime(back, to.zone()));
        values.put("workingHours", (Localized) language -> workingHours(team, back, to.zone(), Locale.forLanguageTag(language)));
        mail.messages().plan(MessageKind.AUTO_REPLY, to, values, now, inquiryId);
        return lands;
    }

    /** When the team is back at work: from receipt, or from now for an inquiry entered after it was received. */
    private static Instant back(TeamCalendar team, Instant receivedAt, Instant now) {
        return team.nextWorkingStart(now.isAfter(receivedAt) ? now : receivedAt);
    }

    /**
     * The team's working hours of the coming week in the client's clock, consecutive days with the
     * same hours joined: e.g. Monday–Friday 09:00–23:00 for a Tokyo client of a Shanghai team.
     * Day names come from the JDK's locale data (CLDR) in the part's language.
     */
    static List<Map<String, String>> workingHours(TeamCalendar team, Instant from, ZoneId client, Locale locale) {
        LocalDate first = from.atZone(team.zone()).toLocalDate();
        List<DayOfWeek> days = new ArrayList<>();
        List<String> hours = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = first.plusDays(i);
            if (!team.isWorkingDay(day)) {
                continue;
            }
            TeamCalendar.Interval interval = team.contactHours(day);
            LocalTime start = interval.start().atZone(client).toLocalTime();
            LocalTime end = interval.end().atZone(client).toLocalTime();
            boolean overnight = !interval.end().atZone(client).toLocalDate().equals(interval.start().atZone(client).toLocalDate());
            days.add(interval.start().atZone(client).getDayOfWeek());
            hours.add(start + "–" + end + (overnight ? " (+1)" : ""));
        }
        // in week order, the week starting on the client's day of the team's first working day (Sunday in New York for a Shanghai Monday)
        DayOfWeek teamFirst = io.meridian.calendar.WorkWeek.parse(team.settings().workWeek()).iterator().next();
        DayOfWeek clientFirst = team.contactHours(first.with(java.time.temporal.TemporalAdjusters.nextOrSame(teamFirst)))
            .start().atZone(client).getDayOfWeek();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < days.size(); k++) {
            order.add(k);
        }
        order.sort(java.util.Comparator.comparingInt(k -> (days.get(k).getValue() - clientFirst.getValue() + 7) % 7));
        List<DayOfWeek> sortedDays = order.stream().map(days::get).toList();
        List<String> sortedHours = order.stream().map(hours::get).toList();
        days.clear();
        days.addAll(sortedDays);
        hours.clear();
        hours.addAll(sortedHours);
        List<Map<String, String>> joined = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && hours.get(j + 1).equals(hours.get(i)) && days.get(j + 1) == days.get(j).plus(1)) {
                j++;
            }
            String name = days.get(i).getDisplayName(TextStyle.FULL, locale)
                + (j > i ? "–" + days.get(j).getDisplayName(TextStyle.FULL, locale) : "");
            joined.add(Map.of("days", name, "hours", hours.get(i)));
            i = j + 1;
        }
        return joined;
    }

    /** {@code replyDueAt} (24 hours after receipt), or the end of the team's contact hours on the day it is {@code back} when that is later. */
    static Instant laterOfFirstDayBack(TeamCalendar team, Instant back, Instant replyDueAt) {
        Instant firstDayEnds = team.contactHours(back.atZone(team.zone()).toLocalDate()).end();
        return firstDayEnds.isAfter(replyDueAt) ? firstDayEnds : replyDueAt;
    }
}
