package io.meridian.moments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in the clock of the team that works the client (its desk's, or the team's without desks): the day by which a
 * date the team types for its own work (a next action, a fix's effective day) is judged, and from which the team's own
 * cadences count. Not the server's UTC date: at 17:00 UTC it is already the next day in Shanghai. The client's today
 * is the process module's {@code ClientToday}.
 */
public record TeamToday(LocalDate date, ZoneId zone) {

    /** The team's day at {@code now}, {@code zone} being the clock of the client's desk or of the team. */
    public static TeamToday at(Instant now, ZoneId zone) {
        return new TeamToday(LocalDate.ofInstant(now, zone), zone);
    }

    /** As a refusal says it: "today is Mon 8 Mar 2027 in the team's time zone America/New_York". */
    public String said() {
        return TeamMoments.today(date, "team's", zone);
    }
}
