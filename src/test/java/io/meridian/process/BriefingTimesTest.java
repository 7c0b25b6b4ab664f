package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The moments a briefing names, written again on the clocks that hold after a desk move or a zone correction. */
class BriefingTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** From APAC (Shanghai) to EMEA (Berlin, on winter time until the end of March): the team's moments move, the client's stay. */
    @Test
    void shouldWriteTheTeamsMomentsOnTheNewDesksClock() {
        String waited = "**Waited:** the follow-up fell due on Mon 4 Jan 2027 09:00 team time, in Ramadan (Mon 8 Feb 2027 to Tue 9 Mar"
            + " 2027), when the client is not to be pressed: it waited for the team's first call window with them after it,"
            + " Mon 15 Mar 2027 08:00 team time (Asia/Shanghai)";
        assertThat(BriefingTimes.onNewClocks(waited, new BriefingTimes.Clocks(SHANGHAI, NEW_YORK), new BriefingTimes.Clocks(BERLIN, NEW_YORK)))
            .isEqualTo("**Waited:** the follow-up fell due on Mon 4 Jan 2027 02:00 team time, in Ramadan (Mon 8 Feb 2027 to Tue 9 Mar"
                + " 2027), when the client is not to be pressed: it waited for the team's first call window with them after it,"
                + " Mon 15 Mar 2027 01:00 team time (Europe/Berlin)");
        String window = "Their business hours: Wed 10 Mar 2027 08:00–10:00 team time (Asia/Shanghai) = Tue 9 Mar 2027 19:00–21:00 client"
            + " time (America/New_York); sent Mon 4 Jan 2027 09:00 (Asia/Shanghai), logged Mon 4 Jan 2027 09:00 (Europe/London)"
            + " and Mon 4 Jan 2027 09:00";
        assertThat(BriefingTimes.onNewClocks(window, new BriefingTimes.Clocks(SHANGHAI, NEW_YORK), new BriefingTimes.Clocks(BERLIN, NEW_YORK)))
            .isEqualTo("Their business hours: Wed 10 Mar 2027 01:00–03:00 team time (Europe/Berlin) = Tue 9 Mar 2027 19:00–21:00 client"
                + " time (America/New_York); sent Mon 4 Jan 2027 02:00 (Europe/Berlin), logged Mon 4 Jan 2027 09:00 (Europe/London)"
                + " and Mon 4 Jan 2027 09:00");
    }

    /** The client's zone corrected from New York to Los Angeles: the client's moments move, the team's stay. */
    @Test
    void shouldWriteTheClientsMomentsOnTheCorrectedClock() {
        String milestone = "**Key milestone:** Pre-shipment inspection of order MO-1, Fri 12 Mar 2027 22:00 team time,"
            + " Fri 12 Mar 2027 09:00 client time. Received Fri 12 Mar 2027 22:00 team time (Asia/Shanghai) = Fri 12 Mar 2027 09:00"
            + " client time (America/New_York); promised Fri 12 Mar 2027 09:00 client time (America/New_York)";
        assertThat(BriefingTimes.onNewClocks(milestone, new BriefingTimes.Clocks(SHANGHAI, NEW_YORK),
            new BriefingTimes.Clocks(SHANGHAI, LOS_ANGELES)))
            .isEqualTo("**Key milestone:** Pre-shipment inspection of order MO-1, Fri 12 Mar 2027 22:00 team time,"
                + " Fri 12 Mar 2027 06:00 client time. Received Fri 12 Mar 2027 22:00 team time (Asia/Shanghai) = Fri 12 Mar 2027 06:00"
                + " client time (America/Los_Angeles); promised Fri 12 Mar 2027 06:00 client time (America/Los_Angeles)");
    }

    /** A client in the team's own zone: one clock, named once, on either side. */
    @Test
    void shouldNameOneClockWhereTheTeamsAndTheClientsAreTheSame() {
        assertThat(BriefingTimes.onNewClocks("received Tue 9 Mar 2027 09:00 team and client time (Asia/Shanghai)",
            new BriefingTimes.Clocks(SHANGHAI, SHANGHAI), new BriefingTimes.Clocks(BERLIN, SHANGHAI)))
            .isEqualTo("received Tue 9 Mar 2027 02:00 team time (Europe/Berlin) = Tue 9 Mar 2027 09:00 client time (Asia/Shanghai)");
        assertThat(BriefingTimes.onNewClocks("received Tue 9 Mar 2027 02:00 team time (Europe/Berlin) = Tue 9 Mar 2027 09:00 client time"
                + " (Asia/Shanghai)", new BriefingTimes.Clocks(BERLIN, SHANGHAI), new BriefingTimes.Clocks(SHANGHAI, SHANGHAI)))
            .isEqualTo("received Tue 9 Mar 2027 09:00 team and client time (Asia/Shanghai)");
    }
}
