package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import org.junit.jupiter.api.Test;

/**
 * The reason a "Due:" line gives when a call window moved a task that calls the client off the team's own rule: which clock
 * is shut at the rule's time (the client's day off, their office, the team's day), and which window's end it is due at.
 */
class CallWindowDueTest {

    /** A Shanghai team, 08:00-22:00, Monday to Friday. */
    static final TeamCalendar SHANGHAI = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0),
        LocalTime.of(22, 0), Duration.ZERO, Duration.ZERO, "MONDAY-FRIDAY", "CN"), new ObservanceCalendar(), country -> AnnouncedDays.NONE);
    final Clocks clocks = new Clocks(SHANGHAI);

    /** Tue 12 Jan 2027, 10:00 in Shanghai. */
    static final Instant TUESDAY = Instant.parse("2027-01-12T02:00:00Z");

    @Test
    void aRuleAfterTheTeamsDayForAClientStillOpenIsHeldToTodaysWindowForTheTeamsSake() {
        ClientCalendar berlin = weekdays("Europe/Berlin");
        // Tue 23:00 in Shanghai, 16:00 in Berlin: the client is open, the team has gone home
        Instant rule = Instant.parse("2027-01-12T15:00:00Z");
        Instant due = clocks.dueInCallWindow(berlin, SHANGHAI, TUESDAY, rule);

        assertThat(due).as("Tue 22:00 in Shanghai").isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        assertThat(CallWindowDue.why(berlin, SHANGHAI.zone(), TUESDAY, rule, due, true)).isEqualTo("earlier than the team's own rule gives"
            + " (Tue 12 Jan 2027 23:00, 16:00 in Berlin): that is outside the team's working time, so it is due when today's call window"
            + " ends, the last one before then in which the team can call them");
    }

    @Test
    void aRuleOnTheClientsWeekendWithNoWindowBeforeItIsHeldToTheNextWindowNamingItsDay() {
        ClientCalendar tokyo = weekdays("Asia/Tokyo");
        // made Fri 15 Jan 2027 20:00 in Shanghai, after Friday's window (08:00-17:00 there); the rule gives Saturday 20:00:
        // no window opens before it, so it is due when Monday's ends, 17:00 in Shanghai (18:00 in Tokyo)
        Instant made = Instant.parse("2027-01-15T12:00:00Z");
        Instant rule = Instant.parse("2027-01-16T12:00:00Z");
        Instant due = clocks.dueInCallWindow(tokyo, SHANGHAI, made, rule);

        assertThat(due).isEqualTo(Instant.parse("2027-01-18T09:00:00Z"));
        assertThat(CallWindowDue.why(tokyo, SHANGHAI.zone(), made, rule, due, true)).isEqualTo("later than the team's own rule gives"
            + " (Sat 16 Jan 2027 20:00, 21:00 in Tokyo): that is a day they do not work and no call window opens before then,"
            + " so it is due when the next one, on Mon 18 Jan 2027, ends");
    }

    @Test
    void aClientWithNoCallWindowAtAllIsHeldToTheTeamsWorkingTimeAndSaysSo() {
        // a client calendar with no working day (no work week in the table): the team never has a call window with them
        ClientCalendar never = new ClientCalendar(ZoneId.of("Europe/Berlin"), Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0),
            Set.of(), Set.of(), LocalDate.of(2027, 12, 31));
        Instant made = Instant.parse("2027-01-16T02:00:00Z"); // Sat 16 Jan 2027 10:00 in Shanghai
        Instant rule = Instant.parse("2027-01-17T02:00:00Z"); // Sun 10:00 in Shanghai, 03:00 in Berlin
        Instant due = clocks.dueInCallWindow(never, SHANGHAI, made, rule);

        assertThat(clocks.nextCall(never, SHANGHAI, made)).isEmpty();
        assertThat(due).as("Mon 18 Jan 22:00 in Shanghai, the team's working time").isEqualTo(Instant.parse("2027-01-18T14:00:00Z"));
        assertThat(CallWindowDue.why(never, SHANGHAI.zone(), made, rule, due, false)).isEqualTo("later than the team's own rule"
            + " gives (Sun 17 Jan 2027 10:00, 03:00 in Berlin): that is a day they do not work, and the team's hours never meet"
            + " theirs in the next weeks, so it is due in the team's working time");
    }

    @Test
    void aClientZoneWithoutACityIsNamedByItsId() {
        ClientCalendar utc = weekdays("Etc/UTC");
        // Wed 10:00 in Shanghai, 02:00 UTC: before the client opens
        Instant rule = Instant.parse("2027-01-13T02:00:00Z");
        Instant due = clocks.dueInCallWindow(utc, SHANGHAI, TUESDAY, rule);

        assertThat(CallWindowDue.why(utc, SHANGHAI.zone(), TUESDAY, rule, due, true)).startsWith("earlier than the team's own rule gives"
            + " (Wed 13 Jan 2027 10:00, 02:00 client time (Etc/UTC)): that is outside their business hours, so it is due when today's"
            + " call window ends");
    }

    /** A client working 09:00-18:00, Monday to Friday, in {@code zone}. */
    private static ClientCalendar weekdays(String zone) {
        return new ClientCalendar(ZoneId.of(zone), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
            LocalTime.of(18, 0), Set.of(), Set.of(), LocalDate.of(2027, 12, 31));
    }
}
