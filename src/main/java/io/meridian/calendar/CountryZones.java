package io.meridian.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
     * The main zones of the countries with several clocks, most people first: each names the clock of the zones that keep
     * its time, where the tz database's first zone of a clock is often a small place (Broken Hill for Adelaide's, Campo
     * Grande for Manaus's, Astrakhan for Samara's). Populations of the areas each clock covers: US Census Bureau, 2020
     * Census (states); Australian Bureau of Statistics, National, state and territory population; Statistics Canada,
     * Table 17-10-0009-01 (provinces); IBGE, Censo 2022 (states); INEGI, Censo de Población y Vivienda 2020 (whole states
     * first, the US border strips after); Rosstat, population of the federal subjects, by the zones of Federal Law
     * No. 107-FZ of 3 June 2011 "On the calculation of time", art. 5; BPS Statistics Indonesia (provinces).
     */
    private static final Map<String, List<String>> MAIN_ZONES = Map.of(
        "US", List.of("America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver", "America/Phoenix",
            "Pacific/Honolulu", "America/Anchorage"),
        "AU", List.of("Australia/Sydney", "Australia/Brisbane", "Australia/Perth", "Australia/Adelaide", "Australia/Darwin"),
        "CA", List.of("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax", "America/Winnipeg",
            "America/Regina", "America/St_Johns"),
        "BR", List.of("America/Sao_Paulo", "America/Manaus", "America/Rio_Branco", "America/Noronha"),
        "MX", List.of("America/Mexico_City", "America/Mazatlan", "America/Tijuana", "America/Cancun"),
        "RU", List.of("Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Europe/Samara", "Asia/Irkutsk",
            "Asia/Vladivostok", "Asia/Omsk", "Asia/Yakutsk", "Europe/Kaliningrad", "Asia/Magadan", "Asia/Kamchatka"),
        "ID", List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"));

    /**
     * The zones of {@code country} whose clocks differ from {@code defaultZone}'s at some time in the year from
     * {@code at}, one per distinct clock: the country's main zones most people first, each for the clock it keeps (for
     * the US: America/Chicago, America/Los_Angeles, America/Denver, America/Phoenix, ...; for Australia
     * Australia/Brisbane, Australia/Perth, Australia/Adelaide, ...), then the other clocks in the tz database's order;
     * empty for a country with one clock.
     */
    public static List<ZoneId> otherClocks(String country, ZoneId defaultZone, Instant at) {
        Map<List<ZoneOffset>, List<ZoneId>> byClock = new LinkedHashMap<>();
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
                byClock.computeIfAbsent(clock, c -> new ArrayList<>()).add(zone);
            }
        }
        List<String> main = MAIN_ZONES.getOrDefault(country, List.of());
        List<ZoneId> named = new ArrayList<>();
        List<ZoneId> rest = new ArrayList<>();
        for (List<ZoneId> zones : byClock.values()) {
            Optional<ZoneId> first = main.stream().map(ZoneId::of).filter(zones::contains).findFirst();
            if (first.isPresent()) {
                named.add(first.get());
            } else {
                rest.add(zones.get(0));
            }
        }
        named.sort(Comparator.comparingInt(zone -> main.indexOf(zone.getId())));
        named.addAll(rest);
        return List.copyOf(named);
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
