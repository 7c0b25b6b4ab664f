package io.meridian.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.meridian.moments.TeamMoments;
import io.meridian.system.Inputs;
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

    /**
     * The latest day something still to come for an order may be set to (a stock date, a key milestone): as far ahead as a
     * decision may be asked for ({@link Inputs#DECISION_SPAN}, two years: a long project's milestone a year and a half out is
     * fine), or the delivery date the client was promised when that lies later. Further is a slip of the year ("9999-02-10",
     * 2207 for 2027), which the client would read and no calendar of the client's answers for (a 500 for a milestone).
     */
    public LocalDate latest(LocalDate promisedDelivery) {
        LocalDate spanAhead = date.plus(Inputs.DECISION_SPAN);
        return promisedDelivery != null && promisedDelivery.isAfter(spanAhead) ? promisedDelivery : spanAhead;
    }

    /**
     * Refuses a day after {@link #latest}: the message names the field, the day as typed, this today and the latest day,
     * as the exception notice refuses a recovery more than a year away. A null day passes.
     */
    public LocalDate notTooFar(String field, LocalDate day, LocalDate promisedDelivery) {
        String tooFar = tooFar(field, day, promisedDelivery);
        if (tooFar != null) {
            throw new InvalidInputException(field, tooFar);
        }
        return day;
    }

    /** What {@link #notTooFar} says of a day after {@link #latest}; null for a day up to it, or none. */
    public String tooFar(String field, LocalDate day, LocalDate promisedDelivery) {
        LocalDate latest = latest(promisedDelivery);
        return day == null || !day.isAfter(latest) ? null : field + " " + day + " is more than " + Inputs.DECISION_SPAN.getYears() + " years away (" + said()
            + "; the latest is " + TeamMoments.day(latest) + (latest.equals(promisedDelivery) ? ", the promised delivery date" : "")
            + "): check the year";
    }
}
