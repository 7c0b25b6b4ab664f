package io.meridian.etiquette;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservancePeriod;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.FiredRule;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleRun;
import io.meridian.system.InvalidInputException;
import org.springframework.stereotype.Service;

/** Decides the etiquette for a client with the etiquette decision table. */
@Service
public class EtiquetteService {

    public static final String TABLE = "etiquette";
    private static final String COUNTRY_ROWS = "Countries_";
    /** ISO 3166-1 alpha-2 as the JDK knows it, plus XK (Kosovo: user-assigned, used by the EU; the JDK lacks it). */
    private static final Set<String> ISO_COUNTRIES = java.util.stream.Stream.concat(java.util.Arrays.stream(Locale.getISOCountries()),
        java.util.stream.Stream.of("XK")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Real offsets run from UTC-12 to UTC+14: these bound the client's local date. */
    private static final Duration WEST = Duration.ofHours(12);
    private static final Duration EAST = Duration.ofHours(14);

    private final RuleBook ruleBook;
    private final ObservanceCalendar calendar;

    public EtiquetteService(RuleBook ruleBook, ObservanceCalendar calendar) {
        this.ruleBook = ruleBook;
        this.calendar = calendar;
    }

    public Etiquette decide(String country, Instant at, Tier tier) {
        return decide(ruleBook.active(TABLE), country, at, tier);
    }

    /** Decides with one given build of the table: the one in force, or a candidate under test. */
    Etiquette decide(CompiledTable table, String country, Instant at, Tier tier) {
        String code = requireCountry(country);
        EtiquetteFact fact = new EtiquetteFact(code, tier.name());
        List<ObservanceFact> observances = candidateObservances(code, at);
        List<Object> facts = new ArrayList<>(observances.size() + 1);
        facts.add(fact);
        facts.addAll(observances);
        RuleRun run = RuleBook.run(table, facts);
        if (fact.getRegion() == null) {
            throw new InvalidInputException("country", "country '" + code + "' has no row in the etiquette table's Countries directory");
        }
        ZoneId zone = zone(fact);
        LocalDate localDate = at.atZone(zone).toLocalDate();
        return new Etiquette(code, fact.getRegion(), tier, at,
            fact.getDirectness(), fact.getContext(), fact.getOpening(), fact.getTime(), fact.getHierarchy(),
            fact.getFeedback(), fact.getPersuasion(), fact.getChannelStyle(), fact.getPace(), fact.getFormality(),
            fact.isHonorifics(), fact.getQuickChannel(), fact.getConfirmationChannel(), fact.getMeeting(),
            fact.isBilingualDocuments(), List.copyOf(fact.getTabooTopics()), List.copyOf(fact.getNotes()),
            zone.getId(), workWeek(fact), new BusinessHours(time(fact, "Opens", fact.getOpens()), time(fact, "Closes", fact.getCloses())),
            fact.getFollowUpAfterBusinessDays(), fact.getMaxFollowUps(),
            inForce(observances, localDate), run.firedRules().stream().noneMatch(EtiquetteService::isCountryRow),
            run.firedRules(), run.rulesVersion());
    }

    /** Accepts any case; refuses what ISO 3166-1 alpha-2 does not know. */
    public static String requireCountry(String country) {
        if (country == null || country.isBlank()) {
            throw new InvalidInputException("country", "country is required (ISO 3166-1 alpha-2, e.g. JP)");
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(code)) {
            throw new InvalidInputException("country", "unknown country code '" + country + "' (ISO 3166-1 alpha-2, e.g. JP)");
        }
        return code;
    }

    private List<ObservanceFact> candidateObservances(String country, Instant at) {
        Set<ObservancePeriod> periods = new LinkedHashSet<>();
        LocalDate westmost = at.minus(WEST).atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate eastmost = at.plus(EAST).atOffset(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = westmost; !day.isAfter(eastmost); day = day.plusDays(1)) {
            periods.addAll(calendar.covering(country, day));
        }
        List<ObservanceFact> facts = new ArrayList<>(periods.size());
        for (ObservancePeriod p : periods) {
            facts.add(new ObservanceFact(p.kind().name(), p.name(), p.from(), p.to()));
        }
        return facts;
    }

    private static List<Observance> inForce(List<ObservanceFact> facts, LocalDate localDate) {
        List<Observance> result = new ArrayList<>();
        for (ObservanceFact f : facts) {
            if (f.getEffect() == null || "NONE".equals(f.getEffect())
                || localDate.isBefore(f.getFrom()) || localDate.isAfter(f.getTo())) {
                continue;
            }
            result.add(new Observance(f.getName(), f.getKind(), Effect.valueOf(f.getEffect()), f.getFrom(), f.getTo(), f.getAdvice()));
        }
        result.sort(Comparator.comparing(Observance::from));
        return List.copyOf(result);
    }

    private static boolean isCountryRow(FiredRule rule) {
        return rule.rule().startsWith(COUNTRY_ROWS);
    }

    private static ZoneId zone(EtiquetteFact fact) {
        try {
            return ZoneId.of(fact.getTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalStateException("etiquette table: country " + fact.getCountry()
                + " has no valid time zone ('" + fact.getTimeZone() + "')", e);
        }
    }

    /** "MONDAY-FRIDAY" (a range, may wrap round the week) or "SUNDAY, MONDAY, ..." (a list). */
    static List<DayOfWeek> parseWorkWeek(String text) {
        String spec = text.trim().toUpperCase(Locale.ROOT);
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<DayOfWeek> ordered = new ArrayList<>();
        if (spec.contains("-")) {
            String[] ends = spec.split("-");
            DayOfWeek from = DayOfWeek.valueOf(ends[0].trim());
            DayOfWeek to = DayOfWeek.valueOf(ends[1].trim());
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                ordered.add(d);
                if (d == to) {
                    break;
                }
            }
        } else {
            for (String day : spec.split(",")) {
                DayOfWeek d = DayOfWeek.valueOf(day.trim());
                if (days.add(d)) {
                    ordered.add(d);
                }
            }
        }
        return List.copyOf(ordered);
    }

    private static List<DayOfWeek> workWeek(EtiquetteFact fact) {
        try {
            return parseWorkWeek(fact.getWorkWeek());
        } catch (RuntimeException e) {
            throw new IllegalStateException("etiquette table: country " + fact.getCountry()
                + " has an unreadable work week '" + fact.getWorkWeek() + "'", e);
        }
    }

    /** "09:00"; also a day fraction (0.375), which is what a spreadsheet time cell reads as. */
    static LocalTime parseTime(String text) {
        String value = text.trim();
        if (value.matches("\\d*\\.\\d+|0|1")) {
            long minutes = Math.round(Double.parseDouble(value) * 24 * 60);
            return LocalTime.MIN.plusMinutes(minutes % (24 * 60));
        }
        return LocalTime.parse(value.length() == 4 ? "0" + value : value);
    }

    private static LocalTime time(EtiquetteFact fact, String column, String text) {
        try {
            return parseTime(text);
        } catch (RuntimeException e) {
            throw new IllegalStateException("etiquette table: country " + fact.getCountry()
                + " has an unreadable '" + column + "' time '" + text + "'", e);
        }
    }
}
