package io.meridian.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.meridian.calendar.TeamCalendar.Interval;

/**
 * Contact windows, worked out on the real time-zone rules of both places for each day (so
 * daylight-saving changes on either side move them), never from fixed offsets.
 * <ul>
 * <li>{@link WindowKind#SEND}: the client's business hours on the client's working days.</li>
 * <li>{@link WindowKind#CALL}: the team's contact hours on team working days overlapping the
 * client's business hours on client working days; on a client day with no overlap the team's
 * stretch hours (early, late) are used and the window says {@code stretch}; where even they do
 * not reach the client, the hour of the client's day nearest to them, with its cost.</li>
 * </ul>
 */
public final class ContactWindows {

    /** How far ahead to look (client days) before concluding there is no window, e.g. a long closure. */
    public static final int LOOK_AHEAD_DAYS = 60;
    private static final Duration COSTLY_SLOT = Duration.ofHours(1);

    private ContactWindows() {
    }

    public static List<ContactWindow> send(ClientCalendar client, ZoneId teamZone, Instant from, int count) {
        List<ContactWindow> windows = new ArrayList<>(count);
        for (LocalDate day : clientDays(client, from)) {
            if (windows.size() == count) {
                break;
            }
            if (client.isWorkingDay(day)) {
                add(windows, new Interval(client.opening(day), client.closing(day)), from, WindowKind.SEND, false, null,
                    client.zone(), teamZone);
            }
        }
        return List.copyOf(windows);
    }

    public static List<ContactWindow> call(ClientCalendar client, TeamCalendar team, Instant from, int count) {
        List<ContactWindow> windows = new ArrayList<>(count);
        for (LocalDate day : clientDays(client, from)) {
            if (windows.size() >= count) {
                break;
            }
            if (!client.isWorkingDay(day)) {
                continue;
            }
            Interval business = new Interval(client.opening(day), client.closing(day));
            List<Interval> overlaps = overlaps(business, team, false);
            boolean stretch = overlaps.isEmpty();
            if (stretch) {
                overlaps = overlaps(business, team, true);
            }
            if (!overlaps.isEmpty()) {
                for (Interval overlap : overlaps) {
                    if (windows.size() < count) {
                        add(windows, overlap, from, WindowKind.CALL, stretch, null, client.zone(), team.zone());
                    }
                }
            } else {
                Costly slot = cheapest(business, team);
                if (slot != null) {
                    add(windows, slot.slot(), from, WindowKind.CALL, true, slot.cost(), client.zone(), team.zone());
                }
            }
        }
        return List.copyOf(windows);
    }

    /**
     * How long the team can call the client on one client-local day: the overlap of the client's
     * business hours with the team's contact hours (or, {@code stretched}, its stretch hours) on
     * days both work. Zero on a day the client does not work.
     */
    public static Duration callOverlap(ClientCalendar client, TeamCalendar team, LocalDate clientDay, boolean stretched) {
        if (!client.isWorkingDay(clientDay)) {
            return Duration.ZERO;
        }
        Interval business = new Interval(client.opening(clientDay), client.closing(clientDay));
        Duration total = Duration.ZERO;
        for (Interval overlap : overlaps(business, team, stretched)) {
            total = total.plus(Duration.between(overlap.start(), overlap.end()));
        }
        return total;
    }

    /** The client's local days to look at: yesterday (a window may still run) and the look-ahead. */
    private static List<LocalDate> clientDays(ClientCalendar client, Instant from) {
        LocalDate first = client.localDate(from).minusDays(1);
        return first.datesUntil(first.plusDays(LOOK_AHEAD_DAYS + 1L)).toList();
    }

    private static List<Interval> overlaps(Interval business, TeamCalendar team, boolean stretched) {
        List<Interval> result = new ArrayList<>(2);
        for (LocalDate teamDay : teamDays(business, team.zone())) {
            if (!team.isWorkingDay(teamDay)) {
                continue;
            }
            Interval hours = stretched ? team.stretchedHours(teamDay) : team.contactHours(teamDay);
            Interval overlap = business.intersect(hours);
            if (!overlap.isEmpty()) {
                result.add(overlap);
            }
        }
        return result;
    }

    private record Costly(Interval slot, Duration gap, String cost) {
    }

    /** The hour of the client's day nearest to the team's stretched hours on one of its working days. */
    private static Costly cheapest(Interval business, TeamCalendar team) {
        Duration length = Duration.between(business.start(), business.end());
        Duration slotLength = length.compareTo(COSTLY_SLOT) < 0 ? length : COSTLY_SLOT;
        Costly best = null;
        for (LocalDate teamDay : teamDays(business, team.zone())) {
            if (!team.isWorkingDay(teamDay)) {
                continue;
            }
            Interval hours = team.stretchedHours(teamDay);
            Costly candidate;
            if (!business.end().isAfter(hours.start())) {
                Duration gap = Duration.between(business.end(), hours.start());
                candidate = new Costly(new Interval(business.end().minus(slotLength), business.end()), gap,
                    howFar(gap) + " before the team's earliest hours (" + local(hours.start(), team.zone()) + " team time)");
            } else {
                Duration gap = Duration.between(hours.end(), business.start());
                candidate = new Costly(new Interval(business.start(), business.start().plus(slotLength)), gap,
                    howFar(gap) + " after the team's latest hours (" + local(hours.end(), team.zone()) + " team time)");
            }
            if (!onTeamTime(candidate.slot(), teamDay, team)) {
                continue;
            }
            if (best == null || candidate.gap().compareTo(best.gap()) < 0) {
                best = candidate;
            }
        }
        return best;
    }

    /** "1 h", or "right" for a slot that meets the team's hours (a Phoenix Friday opens as the team's Friday ends). */
    private static String howFar(Duration gap) {
        return gap.isZero() ? "right" : Durations.words(gap);
    }

    /**
     * A slot the team can be asked to take: on one of its working days, or in the small hours
     * that continue one ({@code teamDay}'s late evening run past midnight), never on its weekend.
     */
    private static boolean onTeamTime(Interval slot, LocalDate teamDay, TeamCalendar team) {
        LocalDate slotDay = slot.start().atZone(team.zone()).toLocalDate();
        if (team.isWorkingDay(slotDay)) {
            return true;
        }
        LocalTime earliest = team.settings().contactStart().minus(team.settings().stretchEarly());
        return slotDay.equals(teamDay.plusDays(1)) && local(slot.start(), team.zone()).isBefore(earliest);
    }

    private static List<LocalDate> teamDays(Interval business, ZoneId teamZone) {
        LocalDate first = business.start().atZone(teamZone).toLocalDate().minusDays(1);
        LocalDate last = business.end().atZone(teamZone).toLocalDate().plusDays(1);
        return first.datesUntil(last.plusDays(1)).toList();
    }

    private static void add(List<ContactWindow> windows, Interval interval, Instant from, WindowKind kind, boolean stretch,
                            String cost, ZoneId clientZone, ZoneId teamZone) {
        Instant start = interval.start().isBefore(from) ? from : interval.start();
        Instant end = interval.end();
        if (!start.isBefore(end)) {
            return;
        }
        windows.add(new ContactWindow(start, end, kind, stretch,
            start.atZone(clientZone).toLocalDateTime(), end.atZone(clientZone).toLocalDateTime(),
            start.atZone(teamZone).toLocalDateTime(), end.atZone(teamZone).toLocalDateTime(), cost));
    }

    private static LocalTime local(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalTime();
    }

}
