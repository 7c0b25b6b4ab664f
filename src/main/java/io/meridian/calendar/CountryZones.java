package io.meridian.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.time4j.tz.spi.ZoneNameProviderSPI;

/**
 * The clocks of a country with several time zones: a client of the United States, Australia, Brazil, Russia, Mexico,
 * Canada or Indonesia whose record names no zone of its own is worked on the country's default zone (the etiquette
 * table's), which may be hours off where the client is. Which zones a country has comes from the IANA tz database's
 * {@code zone1970.tab} (as Time4J ships it); whether their clocks differ from the default one, from the JDK's tz rules
 * over the coming year, so that zones that keep the same time (Europe/Zurich for Büsingen in Germany) do not count.
 */
public final class CountryZones {

    private static final ZoneNameProviderSPI TZDB = new ZoneNameProviderSPI();
    private static final int MONTHS = 12;

    private CountryZones() {
    }

    /**
     * The zones of {@code country} whose clocks differ from {@code defaultZone}'s at some time in the year from
     * {@code at}, one per distinct clock, in the tz database's order (for the US: America/Chicago, America/Denver,
     * America/Phoenix, America/Los_Angeles, ...); empty for a country with one clock.
     */
    public static List<ZoneId> otherClocks(String country, ZoneId defaultZone, Instant at) {
        Map<List<ZoneOffset>, ZoneId> byClock = new LinkedHashMap<>();
        List<ZoneOffset> own = clock(defaultZone, at);
        for (String id : TZDB.getPreferredIDs(new Locale("", country), false)) {
            ZoneId zone;
            try {
                zone = ZoneId.of(id);
            } catch (DateTimeException e) {
                continue; // a zone this JDK's tz data no longer knows
            }
            List<ZoneOffset> clock = clock(zone, at);
            if (!clock.equals(own)) {
                byClock.putIfAbsent(clock, zone);
            }
        }
        return List.copyOf(new ArrayList<>(byClock.values()));
    }

    /** A zone's offsets on the first of each month of the coming year and mid-month: enough to tell daylight saving apart. */
    private static List<ZoneOffset> clock(ZoneId zone, Instant at) {
        ZonedDateTime start = at.atZone(ZoneOffset.UTC).withDayOfMonth(1);
        List<ZoneOffset> offsets = new ArrayList<>(2 * MONTHS);
        for (int month = 0; month < MONTHS; month++) {
            ZonedDateTime first = start.plusMonths(month);
            offsets.add(zone.getRules().getOffset(first.toInstant()));
            offsets.add(zone.getRules().getOffset(first.plusDays(14).toInstant()));
        }
        return offsets;
    }
}
