package io.meridian.process;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.moments.TeamMoments;

/**
 * The moments a briefing names, written again on other clocks: after a client's time zone is corrected or the client moves to
 * another desk, every time in the briefing reads on the clock that now holds, not only its "Due" and "Next contact window"
 * lines. A moment is found as {@link TeamMoments} and {@link TaskGuidance} write it ("Mon 18 Jan 2027 22:00", a window's
 * "…–10:00"), with the clock named after it: "team time (Zone) = … client time (Zone)", "team and client time (Zone)",
 * "team time (Zone)", "client time (Zone)", "team time", "client time" (the clock the briefing was written on) or a zone alone,
 * "(Zone)", when it is the team's or the client's. The same instant is written on the new clock; a moment whose clock is not
 * named, or another zone's, stays as it is.
 */
final class BriefingTimes {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final String DT = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}";
    private static final String ZONE = "[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)+";
    private static final Pattern MOMENT = Pattern.compile("(?<at>" + DT + ")(?:–(?<end>\\d{2}:\\d{2}))?(?:"
        + " team and client time \\((?<same>" + ZONE + ")\\)"
        + "| team time \\((?<team>" + ZONE + ")\\) = " + DT + "(?:–\\d{2}:\\d{2})? client time \\((?<client>" + ZONE + ")\\)"
        + "| team time \\((?<teamOnly>" + ZONE + ")\\)"
        + "| client time \\((?<clientOnly>" + ZONE + ")\\)"
        + "|(?<teamBare> team time)"
        + "|(?<clientBare> client time)"
        + "| \\((?<zone>" + ZONE + ")\\))");

    /** The team's and the client's clock a briefing was written on, or is to be read on. */
    record Clocks(ZoneId team, ZoneId client) {
    }

    private BriefingTimes() {
    }

    /** {@code text} with every moment it names on the clocks {@code was} on the clocks {@code now}. */
    static String onNewClocks(String text, Clocks was, Clocks now) {
        Matcher m = MOMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(rewrite(m, was, now).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> rewrite(Matcher m, Clocks was, Clocks now) {
        try {
            if (m.group("same") != null || m.group("team") != null) {
                ZoneId zone = ZoneId.of(m.group("same") != null ? m.group("same") : m.group("team"));
                Moment at = Moment.of(m, zone);
                if (now.team().equals(now.client())) {
                    return Optional.of(at.on(now.team()) + " team and client time (" + now.team() + ")");
                }
                return Optional.of(at.on(now.team()) + " team time (" + now.team() + ") = " + at.on(now.client())
                    + " client time (" + now.client() + ")");
            }
            if (m.group("teamOnly") != null) {
                return Optional.of(Moment.of(m, ZoneId.of(m.group("teamOnly"))).on(now.team()) + " team time (" + now.team() + ")");
            }
            if (m.group("clientOnly") != null) {
                return Optional.of(Moment.of(m, ZoneId.of(m.group("clientOnly"))).on(now.client())
                    + " client time (" + now.client() + ")");
            }
            if (m.group("teamBare") != null) {
                return Optional.of(Moment.of(m, was.team()).on(now.team()) + " team time");
            }
            if (m.group("clientBare") != null) {
                return Optional.of(Moment.of(m, was.client()).on(now.client()) + " client time");
            }
            ZoneId zone = ZoneId.of(m.group("zone"));
            ZoneId to = zone.equals(was.team()) ? now.team() : zone.equals(was.client()) ? now.client() : null;
            return to == null ? Optional.empty() : Optional.of(Moment.of(m, zone).on(to) + " (" + to + ")");
        } catch (DateTimeException e) {
            // not a moment after all (a weekday that does not match its date, a zone no longer known): as it was
            return Optional.empty();
        }
    }

    /** A moment, or a window from a moment to a time of day (the next day's when it is not later), on its zone's clock. */
    private record Moment(Instant start, Instant end) {

        static Moment of(Matcher m, ZoneId zone) {
            ZonedDateTime start = LocalDateTime.parse(m.group("at"), DAY_AND_TIME).atZone(zone);
            if (m.group("end") == null) {
                return new Moment(start.toInstant(), null);
            }
            ZonedDateTime end = start.toLocalDate().atTime(LocalTime.parse(m.group("end"))).atZone(zone);
            return new Moment(start.toInstant(), (end.isAfter(start) ? end : end.plusDays(1)).toInstant());
        }

        String on(ZoneId zone) {
            return TeamMoments.at(start, zone) + (end == null ? "" : "–" + end.atZone(zone).toLocalTime());
        }
    }
}
