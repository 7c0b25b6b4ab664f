package io.meridian.testsupport;

import java.time.Instant;

/**
 * Two moments at which the server's UTC date and a client's date differ, for the tests of the checks that judge a day
 * by the client's today: in Tokyo it is already the next day, in Los Angeles still the day before.
 */
public final class ClientDays {

    /** Tuesday 12 January 2027 in UTC; already Wednesday 13 January, 08:30, in Tokyo. */
    public static final Instant TOKYO_MORNING = Instant.parse("2027-01-12T23:30:00Z");
    /** Wednesday 13 January 2027 in UTC; still Tuesday 12 January, 19:00, in Los Angeles. */
    public static final Instant LOS_ANGELES_EVENING = Instant.parse("2027-01-13T03:00:00Z");
    /** Yesterday for the Tokyo client at {@link #TOKYO_MORNING}, today for the Los Angeles client at {@link #LOS_ANGELES_EVENING}. */
    public static final String TUESDAY = "2027-01-12";

    private ClientDays() {
    }
}
