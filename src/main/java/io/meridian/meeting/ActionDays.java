package io.meridian.meeting;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;

import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientClocks;

/**
 * A next action of the minutes falls on a day the client and the team both work: the client reads its date in the
 * minutes as a promise ("Saturday, 12 December 2026: Send the report" to a client in Dubai, who does not work then),
 * and its "Next action" task opens and falls due that day, when nobody of the team is at work either.
 */
@FunctionalInterface
interface ActionDays {

    /** How far ahead the next day both work is looked for (a week's closure such as the Spring Festival, and more). */
    int MAX_DAYS_AHEAD = 31;

    /** Why {@code day} is not a day both work, with the next one that is; null when both work it. */
    String problem(LocalDate day);

    /** Every day taken: no client to judge by. */
    ActionDays ANY = day -> null;

    /** The client as decided on a day ({@code decidedOn}, so that the observances in force then are known). */
    static ActionDays of(Function<LocalDate, ClientClocks.Client> decidedOn) {
        return day -> {
            ClientClocks.Client client = decidedOn.apply(day);
            boolean clientWorks = client.calendar().isWorkingDay(day);
            if (clientWorks && client.team().isWorkingDay(day)) {
                return null;
            }
            String why = clientWorks
                ? "a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", a day the client works and the team"
                    + " does not"
                : client.whyClosed(day);
            LocalDate next = day.plusDays(1);
            // the calendars decided for the day know the observances that follow it: decided once, not again per day scanned
            for (int ahead = 1; ahead < MAX_DAYS_AHEAD; ahead++, next = next.plusDays(1)) {
                if (client.calendar().isWorkingDay(next) && client.team().isWorkingDay(next)) {
                    return day + " is " + why + ": agree a day both work, the next is " + TeamMoments.day(next);
                }
            }
            return day + " is " + why + ": agree a day both work";
        };
    }
}
