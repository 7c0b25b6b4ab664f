package io.meridian.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.ContactWindows;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The configured desks, each on its own calendar, and which one a client goes to.
 *
 * <p><b>Which desk covers a client best</b> (README "Desks"): over the client's next
 * {@value #ROUTING_DAYS} working days, starting with the client's local day the client is recorded
 * on (whole days, so the hour of the inquiry does not matter), the desk with the most time in which
 * its regular contact hours on its own working days overlap the client's business hours. A tie goes
 * to the desk with the most overlap of its stretch hours (early morning, late evening), and a tie
 * there to the desk configured first.
 */
@Component
@EnableConfigurationProperties(DeskSettings.class)
public class Desks {

    /** How many of the client's working days the coverage of a desk is measured on. */
    public static final int ROUTING_DAYS = 10;
    static final int ROUTES_KEPT = 4096;
    /** The version number of a workbook under test, not yet accepted. */
    private static final String CANDIDATE = "0";

    private static final Logger log = LoggerFactory.getLogger(Desks.class);

    private final TeamCalendar team;
    private final List<Desk> desks;
    private final EtiquetteService etiquette;
    private final Map<RouteKey, Optional<Desk>> routes = new ConcurrentHashMap<>();
    private final LongAdder routings = new LongAdder();

    Desks(DeskSettings settings, TeamCalendar team, ObservanceCalendar holidays, ObjectProvider<AnnouncedDays.Source> announced,
          EtiquetteService etiquette) {
        this.team = team;
        this.etiquette = etiquette;
        TeamSettings t = team.settings();
        List<Desk> built = new ArrayList<>();
        for (DeskSettings.Desk d : settings.desks()) {
            TeamSettings own = new TeamSettings(d.timeZone(), or(d.contactStart(), t.contactStart()), or(d.contactEnd(), t.contactEnd()),
                or(d.stretchEarly(), t.stretchEarly()), or(d.stretchLate(), t.stretchLate()), or(d.workWeek(), t.workWeek()),
                or(d.country(), t.country()));
            built.add(new Desk(d.name(), d.group(), d.title() == null || d.title().isBlank() ? d.name() : d.title(),
                new TeamCalendar(own, holidays, announced), d.demoUser()));
        }
        this.desks = List.copyOf(built);
        if (!desks.isEmpty()) {
            log.info("Desks: {}", desks.stream().map(d -> d.name() + " (" + d.group() + ", " + d.calendar().zone() + ", "
                + d.calendar().settings().country() + ")").collect(Collectors.joining(", ")));
        }
    }

    /** The desks in configured order; empty for one team. */
    public List<Desk> all() {
        return desks;
    }

    public boolean configured() {
        return !desks.isEmpty();
    }

    public Optional<Desk> byName(String name) {
        return name == null ? Optional.empty() : desks.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return desks.stream().map(Desk::name).toList();
    }

    /** The calendar a client's work is planned on: its desk's, or the team's when it has none. */
    public TeamCalendar calendar(Optional<Desk> desk) {
        return desk.map(Desk::calendar).orElse(team);
    }

    /** How well one desk covers a client: call-window time over the client's next {@value #ROUTING_DAYS} working days. */
    public record Coverage(Desk desk, Duration regular, Duration stretched) {
    }

    /** Every desk's coverage of the client, in configured order. */
    public List<Coverage> coverage(ClientCalendar client, Instant now) {
        List<LocalDate> days = workingDays(client, client.localDate(now));
        List<Coverage> result = new ArrayList<>(desks.size());
        for (Desk desk : desks) {
            Duration regular = Duration.ZERO;
            Duration stretched = Duration.ZERO;
            for (LocalDate day : days) {
                regular = regular.plus(ContactWindows.callOverlap(client, desk.calendar(), day, false));
                stretched = stretched.plus(ContactWindows.callOverlap(client, desk.calendar(), day, true));
            }
            result.add(new Coverage(desk, regular, stretched));
        }
        return result;
    }

    /** The desk that covers the client best (see the class comment); empty when there are no desks. */
    public Optional<Desk> route(ClientCalendar client, Instant now) {
        // max keeps the first of equal elements only with a strict comparison: compare, then prefer the earlier on ties
        Coverage best = null;
        Comparator<Coverage> better = Comparator.comparing(Coverage::regular).thenComparing(Coverage::stretched);
        for (Coverage c : coverage(client, now)) {
            if (best == null || better.compare(c, best) > 0) {
                best = c;
            }
        }
        return Optional.ofNullable(best).map(Coverage::desk);
    }

    /**
     * The same for a client known by country, tier and own zone (null: the country's zone), by the etiquette in force.
     * The answer depends only on the client's calendar, its local day and the etiquette table in force (the desks'
     * announced days come from it), so it is remembered for them: every new client of a country, tier and zone
     * on one day is routed once ({@value #ROUTES_KEPT} answers at most, all forgotten when full).
     */
    public Optional<Desk> route(String country, Tier tier, ZoneId zone, Instant now) {
        if (desks.isEmpty()) {
            return Optional.empty();
        }
        Etiquette decided = etiquette.decide(country, now, tier == null ? Tier.B : tier);
        ClientCalendar client = decided.calendar(zone);
        if (CANDIDATE.equals(decided.rulesVersion())) {
            // a workbook under test (version 0): another candidate may carry the same number
            return route(client, now);
        }
        RouteKey key = new RouteKey(decided.rulesVersion(), client, client.localDate(now));
        Optional<Desk> known = routes.get(key);
        if (known != null) {
            return known;
        }
        Optional<Desk> routed = route(client, now);
        routings.increment();
        if (routes.size() >= ROUTES_KEPT) {
            routes.clear();
        }
        routes.put(key, routed);
        return routed;
    }

    private record RouteKey(String rulesVersion, ClientCalendar client, LocalDate clientDay) {
    }

    /** How many routes were worked out rather than remembered (for tests). */
    long routings() {
        return routings.sum();
    }

    private static List<LocalDate> workingDays(ClientCalendar client, LocalDate first) {
        List<LocalDate> days = new ArrayList<>(ROUTING_DAYS);
        LocalDate day = first;
        for (int guard = 0; days.size() < ROUTING_DAYS && guard < 366; guard++, day = day.plusDays(1)) {
            if (client.isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
