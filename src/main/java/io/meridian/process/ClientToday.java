package io.meridian.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.meridian.moments.TeamMoments;
import io.meridian.system.InvalidInputException;

/**
 * The client's today: the day on the client's clock, by which a date the client is promised or reads (a quote's
 * validity, a delivery date, a stock date) is judged. Not the server's UTC date: at 23:30 UTC it is already the
 * next day in Tokyo, at 03:00 UTC still the day before in Los Angeles.
 */
public record ClientToday(LocalDate date, ZoneId zone) {

    public static ClientToday at(Instant now, ZoneId zone) {
        return new ClientToday(LocalDate.ofInstant(now, zone), zone);
    }

    /** As a refusal says it to the team: "today is Tue 8 Dec 2026 in the client's time zone Asia/Tokyo". */
    public String said() {
        return TeamMoments.today(date, "client's", zone);
    }

    /**
     * Refuses a day before today for something still to come (a delivery date, a stock date): the message names the
     * field, the day as typed and this today, then {@code hint}. A null day passes.
     */
    public LocalDate notPassed(String field, LocalDate day, String hint) {
        if (day != null && day.isBefore(date)) {
            throw new InvalidInputException(field, field + " " + day + " lies in the past (" + said() + "): " + hint);
        }
        return day;
    }
}
