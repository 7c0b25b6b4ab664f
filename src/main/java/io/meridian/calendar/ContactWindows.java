package io.meridian.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Overlaps of the team's contact hours with the client's business hours, worked out on the
 * real time-zone rules of both places for each day (so daylight-saving changes on either
 * side move the window), never from fixed offsets.
 */
public final class ContactWindows {

    /** How far ahead to look before concluding there is no window (e.g. a long closure). */
    public static final int HORIZON_DAYS = 60;

    private ContactWindows() {
    }

    /** The client's side of the overlap. */
    public record ClientDay(ZoneId zone, Collection<DayOfWeek> workWeek, LocalTime opens, LocalTime closes,
                            Predicate<LocalDate> closed) {
    }

    public static List<ContactWindow> next(ClientDay client, TeamSettings team, Instant from, int count) {
        List<ContactWindow> windows = new ArrayList<>(count);
        LocalDate first = from.atZone(client.zone()).toLocalDate().minusDays(1);
        for (LocalDate day = first; windows.size() < count && day.isBefore(first.plusDays(HORIZON_DAYS)); day = day.plusDays(1)) {
            if (!client.workWeek().contains(day.getDayOfWeek()) || client.closed().test(day)) {
                continue;
            }
            ZonedDateTime clientStart = ZonedDateTime.of(day, client.opens(), client.zone());
            ZonedDateTime clientEnd = ZonedDateTime.of(client.closes().isAfter(client.opens()) ? day : day.plusDays(1),
                client.closes(), client.zone());
            LocalDate teamFirst = clientStart.withZoneSameInstant(team.timeZone()).toLocalDate().minusDays(1);
            LocalDate teamLast = clientEnd.withZoneSameInstant(team.timeZone()).toLocalDate();
            for (LocalDate teamDay = teamFirst; !teamDay.isAfter(teamLast) && windows.size() < count; teamDay = teamDay.plusDays(1)) {
                ZonedDateTime teamStart = ZonedDateTime.of(teamDay, team.contactStart(), team.timeZone());
                ZonedDateTime teamEnd = ZonedDateTime.of(team.contactEnd().isAfter(team.contactStart()) ? teamDay : teamDay.plusDays(1),
                    team.contactEnd(), team.timeZone());
                Instant start = latest(from, clientStart.toInstant(), teamStart.toInstant());
                Instant end = earliest(clientEnd.toInstant(), teamEnd.toInstant());
                if (start.isBefore(end)) {
                    windows.add(new ContactWindow(start, end,
                        start.atZone(client.zone()).toLocalDateTime(), end.atZone(client.zone()).toLocalDateTime(),
                        start.atZone(team.timeZone()).toLocalDateTime(), end.atZone(team.timeZone()).toLocalDateTime()));
                }
            }
        }
        return List.copyOf(windows);
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
