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
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.meridian.calendar.ContactWindows;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.ObservanceKind;
import io.meridian.calendar.ObservancePeriod;
import io.meridian.calendar.ShortWeekdays;
import io.meridian.calendar.WorkWeek;
import io.meridian.names.Nearest;
import io.meridian.rules.CellFormat;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.FiredRule;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleRun;
import io.meridian.system.CountryCodes;
import io.meridian.system.InvalidInputException;
import io.meridian.system.LanguageTags;
import io.meridian.system.TimeZones;
import org.springframework.stereotype.Service;

/** Decides the etiquette for a client with the etiquette decision table. */
@Service
public class EtiquetteService {

    public static final String TABLE = "etiquette";
    private static final String COUNTRY_ROWS = "Countries_";
    /** Real offsets run from UTC-12 to UTC+14: these bound the client's local date. */
    private static final Duration WEST = Duration.ofHours(12);
    private static final Duration EAST = Duration.ofHours(14);
    /** How far ahead one decision judges the client's calendar, so the clocks plan without asking again. */
    public static final int HORIZON_DAYS = ContactWindows.LOOK_AHEAD_DAYS + 30;
    private static final int MEMO_SIZE = 20_000;

    private final RuleBook ruleBook;
    private final ObservanceCalendar calendar;
    private final LongAdder evaluations = new LongAdder();
    private final Map<CompiledTable, Map<String, List<AnnouncedDay>>> announcedDays = new WeakHashMap<>();
    private volatile Memo memo;

    public EtiquetteService(RuleBook ruleBook, ObservanceCalendar calendar) {
        this.ruleBook = ruleBook;
        this.calendar = calendar;
    }

    /**
     * The etiquette for a client at a moment, by the table in force. A decision depends on the
     * client's local day only, so it is remembered per rules version, country, tier and local
     * day: one journey step asks the table at most once for them.
     */
    public Etiquette decide(String country, Instant at, Tier tier) {
        String code = requireCountry(country);
        CompiledTable table = ruleBook.active(TABLE);
        Memo memo = memo(table);
        ZoneId zone = memo.zones.get(code);
        if (zone != null) {
            Etiquette known = memo.decisions.get(new MemoKey(code, tier, at.atZone(zone).toLocalDate()));
            if (known != null) {
                return known.at(at);
            }
        }
        Etiquette decided = decide(table, code, at, tier);
        ZoneId decidedZone = ZoneId.of(decided.timeZone());
        memo.zones.put(code, decidedZone);
        if (memo.decisions.size() >= MEMO_SIZE) {
            memo.decisions.clear();
        }
        memo.decisions.put(new MemoKey(code, tier, at.atZone(decidedZone).toLocalDate()), decided);
        return decided;
    }

    /** Decides with one given build of the table: the one in force, or a candidate under test. */
    Etiquette decide(CompiledTable table, String country, Instant at, Tier tier) {
        String code = requireCountry(country);
        EtiquetteFact fact = new EtiquetteFact(code, tier.name());
        LocalDate westmost = at.minus(WEST).atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate eastmost = at.plus(EAST).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(HORIZON_DAYS);
        List<AnnouncedDay> announced = announced(table, code);
        List<ObservanceFact> observances = candidateObservances(code, westmost, eastmost, announced);
        List<Object> facts = new ArrayList<>(observances.size() + 1);
        facts.add(fact);
        facts.addAll(observances);
        RuleRun run = ruleBook.decide(table, facts);
        evaluations.increment();
        if (fact.getRegion() == null) {
            throw new InvalidInputException("country", "country '" + code + "' has no row in the etiquette table's Countries directory");
        }
        ZoneId zone = zone(fact);
        LocalDate localDate = at.atZone(zone).toLocalDate();
        LocalDate knownUntil = localDate.plusDays(HORIZON_DAYS);
        BusinessHours hours = new BusinessHours(time(fact, "Opens", fact.getOpens()), time(fact, "Closes", fact.getCloses()));
        List<Observance> judged = judged(fact, observances, hours);
        // the rows that decided the answer at this moment: not those that judged a later period
        List<FiredRule> fired = run.firedRulesExcept(f -> f instanceof ObservanceFact o
            && (localDate.isBefore(o.getFrom()) || localDate.isAfter(o.getTo())));
        return new Etiquette(code, fact.getRegion(), tier, at,
            fact.getDirectness(), fact.getContext(), fact.getOpening(), fact.getTime(), fact.getHierarchy(),
            fact.getFeedback(), fact.getPersuasion(), fact.getChannelStyle(), fact.getPace(), fact.getFormality(),
            fact.isHonorifics(), fact.getQuickChannel(), fact.getConfirmationChannel(), fact.getMeeting(),
            fact.isBilingualDocuments(), language(fact), choice(fact, "Name order", fact.getNameOrder(), NAME_ORDERS),
            choice(fact, "Salutation", fact.getSalutation(), SALUTATIONS), fact.isTitles(),
            choice(fact, "Greeting", fact.getGreeting(), GREETINGS), List.copyOf(fact.getTabooTopics()), List.copyOf(fact.getNotes()),
            zone.getId(), workWeek(fact), hours, shortDays(fact, hours),
            fact.getFollowUpAfterBusinessDays(), fact.getMaxFollowUps(),
            between(judged, localDate, localDate), fired.stream().noneMatch(EtiquetteService::isCountryRow),
            fired, run.rulesVersion(), between(judged, localDate, knownUntil),
            workingDays(announced, localDate, knownUntil), knownUntil);
    }

    /** The rows of the table's "Announced days" sheet for one country, read once per build. */
    List<AnnouncedDay> announced(CompiledTable table, String country) {
        Map<String, List<AnnouncedDay>> byCountry;
        synchronized (announcedDays) {
            byCountry = announcedDays.computeIfAbsent(table, t -> new ConcurrentHashMap<>());
        }
        return byCountry.computeIfAbsent(country, c -> {
            AnnouncedDaysFact fact = new AnnouncedDaysFact(c);
            RuleBook.run(table, List.of(fact));
            return fact.days();
        });
    }

    /**
     * Whether the Observances sheet of {@code table} judges a period of this kind CLOSED for a client in {@code country}
     * (its rows read the kind, the client's region and country, not the period's name or days).
     */
    boolean closes(CompiledTable table, String country, ObservanceKind kind) {
        LocalDate day = LocalDate.of(2000, 1, 1);
        ObservanceFact period = new ObservanceFact(kind.name(), kind.name(), day, day);
        RuleBook.run(table, List.of(new EtiquetteFact(country, Tier.B.name()), period));
        return Effect.CLOSED.name().equals(period.getEffect());
    }

    /** How often this service has run the etiquette table (any build) since start: decisions cost a rule run each. */
    public long evaluations() {
        return evaluations.sum();
    }

    /** Every country code the service accepts, sorted. */
    public static List<String> countryCodes() {
        return CountryCodes.sorted();
    }

    /** Accepts any case; refuses what ISO 3166-1 alpha-2 does not know. */
    public static String requireCountry(String country) {
        if (country == null || country.isBlank()) {
            throw new InvalidInputException("country", "country is required (ISO 3166-1 alpha-2, e.g. JP)");
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!CountryCodes.isKnown(code)) {
            throw new InvalidInputException("country", CountryCodes.unknown(country, country));
        }
        return code;
    }

    private List<ObservanceFact> candidateObservances(String country, LocalDate from, LocalDate to, List<AnnouncedDay> announced) {
        Set<LocalDate> cancelled = new HashSet<>();
        List<ObservancePeriod> periods = new ArrayList<>();
        for (AnnouncedDay day : announced) {
            if (day.to().isBefore(from) || day.from().isAfter(to)) {
                continue;
            }
            switch (day.kind()) {
                case "HOLIDAY" -> periods.add(new ObservancePeriod(ObservanceKind.PUBLIC_HOLIDAY, day.name(), day.from(), day.to()));
                case "NOT_A_HOLIDAY" -> day.from().datesUntil(day.to().plusDays(1)).forEach(cancelled::add);
                default -> { }
            }
        }
        for (ObservancePeriod p : calendar.overlapping(country, from, to)) {
            if ((p.kind() == ObservanceKind.PUBLIC_HOLIDAY || p.kind() == ObservanceKind.COMPANY_CLOSURE) && !cancelled.isEmpty()) {
                periods.addAll(without(p, cancelled));
            } else {
                periods.add(p);
            }
        }
        List<ObservanceFact> facts = new ArrayList<>(periods.size());
        for (ObservancePeriod p : new LinkedHashSet<>(periods)) {
            facts.add(new ObservanceFact(p.kind().name(), p.name(), p.from(), p.to()));
        }
        return facts;
    }

    /** A library holiday without the days an announcement says are not a holiday. */
    private static List<ObservancePeriod> without(ObservancePeriod p, Set<LocalDate> cancelled) {
        List<ObservancePeriod> parts = new ArrayList<>(1);
        LocalDate runStart = null;
        for (LocalDate d = p.from(); !d.isAfter(p.to().plusDays(1)); d = d.plusDays(1)) {
            boolean kept = !d.isAfter(p.to()) && !cancelled.contains(d);
            if (kept && runStart == null) {
                runStart = d;
            } else if (!kept && runStart != null) {
                parts.add(new ObservancePeriod(p.kind(), p.name(), runStart, d.minusDays(1)));
                runStart = null;
            }
        }
        return parts;
    }

    private static List<Observance> judged(EtiquetteFact fact, List<ObservanceFact> facts, BusinessHours usual) {
        List<Observance> result = new ArrayList<>();
        for (ObservanceFact f : facts) {
            if (f.getEffect() != null && !"NONE".equals(f.getEffect())) {
                Effect effect = Effect.valueOf(f.getEffect());
                result.add(new Observance(f.getName(), f.getKind(), effect, f.getFrom(), f.getTo(), f.getAdvice(),
                    effect == Effect.CLOSED ? null : shorterHours(fact, f, usual)));
            }
        }
        result.sort(Comparator.comparing(Observance::from));
        return List.copyOf(result);
    }

    /** The client's hours while an observance lasts, when its row gives an Opens or Closes time; null otherwise. */
    private static BusinessHours shorterHours(EtiquetteFact fact, ObservanceFact f, BusinessHours usual) {
        boolean opens = f.getOpens() != null && !f.getOpens().isBlank();
        boolean closes = f.getCloses() != null && !f.getCloses().isBlank();
        if (!opens && !closes) {
            return null;
        }
        return new BusinessHours(opens ? time(fact, "Opens (" + f.getName() + ")", f.getOpens()) : usual.start(),
            closes ? time(fact, "Closes (" + f.getName() + ")", f.getCloses()) : usual.end());
    }

    /** The judged observances that touch the days {@code from} to {@code to}. */
    private static List<Observance> between(List<Observance> judged, LocalDate from, LocalDate to) {
        return judged.stream().filter(o -> !o.to().isBefore(from) && !o.from().isAfter(to)).toList();
    }

    private static List<LocalDate> workingDays(List<AnnouncedDay> announced, LocalDate from, LocalDate to) {
        return announced.stream().filter(d -> "WORKING_DAY".equals(d.kind()))
            .flatMap(d -> d.from().datesUntil(d.to().plusDays(1)))
            .filter(d -> !d.isBefore(from) && !d.isAfter(to)).sorted().toList();
    }

    private static boolean isCountryRow(FiredRule rule) {
        return rule.rule().startsWith(COUNTRY_ROWS);
    }

    /** How the Language column is written: an ISO 639-1 code in lower case, optionally with a region (zh-TW). */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
    /** A time of day as the Opens and Closes columns are written: 09:00, 9:00, 17:30:00. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");
    /** A time of day as an analyst may write it otherwise: 9.30, 9h30, 9, 5pm, 5:30 pm. */
    private static final Pattern CLOCK_IN_WORDS = Pattern.compile("(?i)(\\d{1,2})(?:[.,h:](\\d{2}))?\\s*(am|pm)?");
    private static final String CAPITAL = "write the IANA id of the country's business capital, e.g. Europe/Berlin or Asia/Tokyo";

    /**
     * The columns whose cells {@link #decide} reads, each read as the decision reads it ({@link CellFormat}): checked
     * cell by cell before a workbook is built, so that no country's decision fails on a cell, whichever country or
     * moment reaches it.
     */
    static List<CellFormat> cellFormats() {
        List<String> effects = new ArrayList<>(Arrays.stream(Effect.values()).map(Effect::name).toList());
        effects.add("NONE");
        return List.of(
            new CellFormat("country == \"$param\"", EtiquetteService::countryProblem),
            new CellFormat("{country == \"$\"}", EtiquetteService::countriesProblem),
            new CellFormat("setTimeZone(\"$param\")", EtiquetteService::timeZoneProblem),
            new CellFormat("setWorkWeek(\"$param\")", EtiquetteService::workWeekProblem),
            new CellFormat("setOpens(\"$param\")", EtiquetteService::timeProblem),
            new CellFormat("setShortDays(\"$param\")", EtiquetteService::shortDaysProblem),
            new CellFormat("setCloses(\"$param\")", EtiquetteService::timeProblem),
            CellFormat.wholeNumber("setFollowUpAfterBusinessDays($param)", "a number of business days", 0, Etiquette.MOST_FOLLOW_UP_DAYS, 3),
            CellFormat.wholeNumber("setMaxFollowUps($param)", "a number of follow-ups", 0, Etiquette.MOST_FOLLOW_UPS, 3),
            new CellFormat("setLanguage(\"$param\")", EtiquetteService::languageProblem),
            CellFormat.oneOf("setNameOrder(\"$param\")", "a name order", NAME_ORDERS),
            CellFormat.oneOf("setSalutation(\"$param\")", "a salutation", SALUTATIONS),
            CellFormat.oneOf("setGreeting(\"$param\")", "a greeting", GREETINGS),
            CellFormat.oneOf("setEffect(\"$param\")", "an effect", effects),
            new CellFormat(".day(\"$param\")", AnnouncedDaysFact::kindProblem),
            new CellFormat(".from(\"$param\")", AnnouncedDaysFact::dateProblem),
            new CellFormat(".to(\"$param\")", AnnouncedDaysFact::dateProblem));
    }

    /**
     * What is wrong with a Country code cell (Countries directory, Countries, Announced days): a rule compares it with the
     * client's code as ISO 3166-1 alpha-2 writes it ({@link CountryCodes}: {@code Locale.getISOCountries()} and XK), so
     * 'UK', 'gb' or 'XX' would match no client: the message says which code to write where one is meant.
     */
    static Optional<String> countryProblem(String text) {
        if (CountryCodes.isKnown(text)) {
            return Optional.empty();
        }
        return Optional.of("'" + text + "' is not an ISO 3166-1 alpha-2 country code: " + CountryCodes.meant(text)
            .map(code -> "write " + code + ", not " + text + " (" + CountryCodes.englishName(code) + ")")
            .orElse("write the country's two capital letters as ISO 3166-1 gives them, e.g. JP for Japan or GB for the United Kingdom"));
    }

    /** What is wrong with a cell of country codes separated by commas (Observances: Client countries), code by code. */
    static Optional<String> countriesProblem(String text) {
        List<String> problems = Arrays.stream(text.split(",")).map(String::trim).filter(code -> !code.isEmpty())
            .map(code -> countryProblem(code).orElse(null)).filter(Objects::nonNull).toList();
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /**
     * What is wrong with a Time zone cell for {@link #zone}: not a zone, or a fixed offset (UTC+1), which {@code ZoneId}
     * reads but which puts every window of a country with daylight saving time an hour off for half the year.
     */
    static Optional<String> timeZoneProblem(String text) {
        if (ZoneId.getAvailableZoneIds().contains(text)) {
            return Optional.empty();
        }
        try {
            ZoneId.of(text);
            return Optional.of("'" + text + "' is a fixed offset, which does not follow daylight saving time: " + CAPITAL);
        } catch (DateTimeException e) {
            List<String> cities = TimeZones.cities(text);
            Optional<String> meant = cities.isEmpty() ? Nearest.to(text, new TreeSet<>(ZoneId.getAvailableZoneIds()))
                : Optional.of(cities.get(0));
            return Optional.of("'" + text + "' is not a time zone: " + CAPITAL + meant.map(m -> " (did you mean '" + m + "'?)").orElse(""));
        }
    }

    /** What is wrong with a Work week cell for {@link #workWeek}. */
    static Optional<String> workWeekProblem(String text) {
        try {
            parseWorkWeek(text);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("'" + text + "' is not a work week: write the days in full, the first and the last as MONDAY-FRIDAY,"
                + " or each one with commas, e.g. SUNDAY-THURSDAY or MONDAY, TUESDAY, THURSDAY, FRIDAY");
        }
    }

    /** What is wrong with a Short days cell for {@link #shortDays}. */
    static Optional<String> shortDaysProblem(String text) {
        try {
            ShortWeekdays.parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * What is wrong with an Opens or Closes cell: only HH:MM, as {@link #parseTime} reads it. A number such as 9.30 it
     * would read as a share of a day (07:12), and a time typed as such in the spreadsheet is read as HH:MM already.
     */
    static Optional<String> timeProblem(String text) {
        if (CLOCK.matcher(text).matches()) {
            try {
                parseTime(text);
                return Optional.empty();
            } catch (DateTimeException e) {
                // 25:00: said below
            }
        }
        Matcher words = CLOCK_IN_WORDS.matcher(text);
        if (words.matches()) {
            int hour = Integer.parseInt(words.group(1));
            int minute = words.group(2) == null ? 0 : Integer.parseInt(words.group(2));
            boolean twelveHour = words.group(3) != null;
            boolean readable = minute < 60 && (twelveHour ? hour >= 1 && hour <= 12 : hour < 24);
            if (twelveHour) {
                hour = hour % 12 + (words.group(3).equalsIgnoreCase("pm") ? 12 : 0);
            }
            if (readable) {
                return Optional.of("'" + text + "' is not a time of day: write it as " + String.format(Locale.ROOT, "%02d:%02d", hour, minute)
                    + " (HH:MM, on the 24-hour clock)");
            }
        }
        return Optional.of("'" + text + "' is not a time of day: write it as HH:MM on the 24-hour clock, e.g. 09:00 or 17:30");
    }

    /** What is wrong with a Language cell for {@link #language}: its form, or a code of no language. */
    static Optional<String> languageProblem(String text) {
        String how = "write the ISO 639-1 code in lower case, with the region where it matters, e.g. en, ja or zh-TW";
        if (!LANGUAGE.matcher(text).matches()) {
            return Optional.of("'" + text + "' is not a language code: " + how);
        }
        return LanguageTags.problemOf(text).map(problem -> problem + ": " + how);
    }

    /** Values of the addressing columns (README "Messages"); a row with another value stops the workbook. */
    public static final List<String> NAME_ORDERS = List.of("GIVEN_FIRST", "FAMILY_FIRST");
    public static final List<String> SALUTATIONS = List.of("TITLE_AND_FAMILY_NAME", "FAMILY_NAME_HONORIFIC", "TITLE_AND_GIVEN_NAME",
        "GIVEN_NAME_HONORIFIC", "GIVEN_NAME");
    public static final List<String> GREETINGS = List.of("FORMAL", "STANDARD", "INFORMAL");

    private static String choice(EtiquetteFact fact, String column, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value.trim())) {
            throw new IllegalStateException("etiquette table: country " + fact.getCountry() + " has '" + value
                + "' in column '" + column + "' (one of " + String.join(", ", allowed) + ")");
        }
        return value.trim();
    }

    /** The client's language by its country: an ISO 639-1 code in lower case, optionally with a region (zh-TW). */
    private static String language(EtiquetteFact fact) {
        String value = fact.getLanguage() == null ? "" : fact.getLanguage().trim();
        if (!LANGUAGE.matcher(value).matches()) {
            throw new IllegalStateException("etiquette table: country " + fact.getCountry() + " has '" + fact.getLanguage()
                + "' in column 'Language' (an ISO 639-1 code in lower case, such as en, ja, de, optionally with a region: zh-TW)");
        }
        return value;
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
        return WorkWeek.parse(text);
    }

    private static List<DayOfWeek> workWeek(EtiquetteFact fact) {
        try {
            return parseWorkWeek(fact.getWorkWeek());
        } catch (RuntimeException e) {
            throw new IllegalStateException("etiquette table: country " + fact.getCountry()
                + " has an unreadable work week '" + fact.getWorkWeek() + "'", e);
        }
    }

    /** The days of the client's week with shorter hours: each one a day of its work week, shorter than its usual day. */
    private static Map<DayOfWeek, BusinessHours> shortDays(EtiquetteFact fact, BusinessHours usual) {
        Map<DayOfWeek, BusinessHours> days = new EnumMap<>(DayOfWeek.class);
        List<DayOfWeek> week = workWeek(fact);
        try {
            ShortWeekdays.parse(fact.getShortDays()).forEach((day, hours) -> days.put(day, new BusinessHours(hours.opens(), hours.closes())));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("etiquette table: country " + fact.getCountry() + " has unreadable short days '"
                + fact.getShortDays() + "': " + e.getMessage(), e);
        }
        String country = fact.getCountry();
        days.keySet().stream().filter(day -> !week.contains(day)).findFirst().ifPresent(day -> {
            throw new ShortDayRefused(country, "short day " + day + " in column 'Short days', which is not in its work week "
                + WorkWeek.format(week), "names " + day + ", which " + country + " does not work: its work week is " + WorkWeek.format(week)
                + " (the row's Work week, or its region's when blank). A short day is one of "
                + week.stream().map(DayOfWeek::name).collect(Collectors.joining(", ")) + " with its hours, e.g. "
                + week.get(week.size() - 1) + " 09:00-12:00; or change the Work week");
        });
        Duration usualDay = Duration.between(usual.start(), usual.end());
        days.entrySet().stream().filter(e -> !Duration.between(e.getValue().start(), e.getValue().end()).minus(usualDay).isNegative())
            .findFirst().ifPresent(e -> {
                String hours = e.getKey() + " " + e.getValue().start() + "-" + e.getValue().end();
                String usualHours = usual.start() + "-" + usual.end();
                throw new ShortDayRefused(country, "short day " + hours + " in column 'Short days', which is not shorter than its usual day "
                    + usualHours, "gives " + hours + ", which is not shorter than " + country + "'s usual day, " + usualHours + " (the row's Opens and"
                    + " Closes, or its region's when blank): a short day opens later or closes earlier, e.g. " + e.getKey() + " "
                    + usual.start() + "-12:00; longer hours belong in Opens and Closes");
            });
        return days;
    }

    /**
     * A Short days cell that reads but that the decision cannot keep: a day the client does not work (FRIDAY for a week of
     * SUNDAY-THURSDAY), or hours no shorter than the usual day's. The workbook check places it on the Countries row's cell
     * ({@link EtiquetteScenarios}), with {@link #onCell} after the cell's text.
     */
    static final class ShortDayRefused extends IllegalStateException {
        final String country;
        final String onCell;

        ShortDayRefused(String country, String problem, String onCell) {
            super("etiquette table: country " + country + " has " + problem);
            this.country = country;
            this.onCell = onCell;
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
    private Memo memo(CompiledTable table) {
        Memo current = memo;
        if (current == null || current.table != table) {
            current = new Memo(table);
            memo = current;
        }
        return current;
    }

    private record MemoKey(String country, Tier tier, LocalDate localDate) {
    }

    /** Decisions of one build of the table; a new build starts afresh. */
    private static final class Memo {
        private final CompiledTable table;
        private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
        private final Map<MemoKey, Etiquette> decisions = new ConcurrentHashMap<>();

        private Memo(CompiledTable table) {
            this.table = table;
        }
    }
}
