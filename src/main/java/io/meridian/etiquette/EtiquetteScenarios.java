package io.meridian.etiquette;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.WorkWeek;
import io.meridian.rules.CellFormat;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.FiredRule;
import io.meridian.rules.RuleCell;
import io.meridian.rules.RuleProblem;
import io.meridian.rules.ScenarioRunner;
import io.meridian.system.CountryCodes;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.kie.api.runtime.rule.ConsequenceException;
import org.springframework.stereotype.Component;

/**
 * Runs the Scenarios sheet of {@code etiquette.drl.xlsx}. GIVEN columns: {@code country}
 * (required), {@code at} (an ISO date-time such as 2027-03-01T10:00:00Z, or a date, which
 * means noon in the client's time zone; default now) and {@code tier} (A, B, C; default B).
 * EXPECT columns: any field of the etiquette answer by name ({@code directness},
 * {@code timeZone}, {@code tabooTopics}, {@code notes}, ...), with {@code workWeek} written
 * as in the table (MONDAY-FRIDAY), {@code businessHours} as 09:00-18:00, and the observances
 * in force as {@code observances} (names), {@code observanceKinds} and {@code observanceEffects}; those of the next 90 days
 * as {@code upcomingObservances} in words ("Spring Festival, 6–13 Feb 2027, closed: advice") and the announced working
 * days in them as {@code workingDays}.
 * A column {@code withoutNotes} (any list output after {@code without}) expects none of its items.
 */
@Component
class EtiquetteScenarios implements ScenarioRunner {

    private static final List<String> GIVEN = List.of("country", "at", "tier");
    private static final Pattern RULE_NAME = Pattern.compile("([A-Za-z][A-Za-z_]*?)_(\\d+)\\b");

    private final EtiquetteService etiquette;

    EtiquetteScenarios(EtiquetteService etiquette) {
        this.etiquette = etiquette;
    }

    @Override
    public String table() {
        return EtiquetteService.TABLE;
    }

    @Override
    public List<CellFormat> cellFormats() {
        return EtiquetteService.cellFormats();
    }

    @Override
    public Map<String, Object> run(CompiledTable candidate, Map<String, String> given) {
        Map<String, String> inputs = ScenarioRunner.inputs(given, GIVEN);
        String country = inputs.get("country");
        Tier tier = Inputs.enumValue("tier", inputs.get("tier"), Tier.class, Tier.B);
        String at = inputs.get("at");
        Etiquette answer;
        try {
            if (at != null && at.trim().length() == 10) {
                LocalDate day = parseDate(at.trim());
                Etiquette first = etiquette.decide(candidate, country, day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), tier);
                Instant localNoon = day.atTime(LocalTime.NOON).atZone(ZoneId.of(first.timeZone())).toInstant();
                answer = etiquette.decide(candidate, country, localNoon, tier);
            } else {
                answer = etiquette.decide(candidate, country, moment(at), tier);
            }
        } catch (RuntimeException e) {
            throw refusedRow(e);
        }
        return outputs(answer);
    }

    /**
     * Every country the service accepts gets an answer from the candidate, so a cell that only
     * fails when its row fires (a dated row of "Announced days" that does not read, a Drop note
     * naming a note no row above gave, a time zone or work week that cannot be read) is refused
     * at upload, not when a client of that country calls.
     */
    @Override
    public List<RuleProblem> check(CompiledTable candidate) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<List<Integer>> duplicates = new HashSet<>();
        Set<String> fired = new HashSet<>();
        Set<String> unanswered = new HashSet<>();
        Instant now = Instant.now();
        for (String country : EtiquetteService.countryCodes()) {
            try {
                etiquette.announced(candidate, country);
                Etiquette answer = etiquette.decide(candidate, country, now, Tier.B);
                KEYED.forEach(keyed -> keyed.oneRow(answer, country, duplicates, problems));
                answer.firedRules().forEach(r -> fired.add(r.rule()));
            } catch (ConsequenceException e) {
                unanswered.add(country);
                FiredRule row = candidate.locate(e.getMatch().getRule().getName());
                String message = row.sheet() + " row " + row.row() + " (" + country + "): " + rootMessage(e);
                RuleProblem onRow = new RuleProblem(row.sheet(), row.row() == 0 ? null : row.row(), null, null, message);
                // an end before its start: the To cell is the one to change
                problems.add(causeOf(e, AnnouncedDaysFact.ToBeforeFrom.class).isEmpty() ? onRow : candidate.cellsOfColumns(".to(").stream()
                    .filter(c -> c.sheet().equals(row.sheet()) && c.row() == row.row()).findFirst()
                    .map(cell -> cell.problem(message)).orElse(onRow));
            } catch (RuntimeException e) {
                unanswered.add(country);
                List<RuleProblem> withoutFrom = causeOf(e, AnnouncedDaysFact.FromMissing.class).isPresent()
                    ? onBlankFromCells(candidate, country) : List.of();
                if (!withoutFrom.isEmpty()) {
                    problems.addAll(withoutFrom);
                    continue;
                }
                problems.add(causeOf(e, EtiquetteService.ShortDayRefused.class).flatMap(refused -> onShortDaysCell(candidate, refused))
                    .orElseGet(() -> noAnswer(candidate, country, e)));
            }
        }
        for (KeyedSheet keyed : KEYED) {
            candidate.rulesByName().values().stream().filter(r -> keyed.holds(r) && !fired.contains(r.rule()))
                .sorted(Comparator.comparingInt(FiredRule::row)).map(r -> keyed.appliesToNothing(candidate, r))
                // a country whose decision failed fired none of its rows: that problem says why, not this one
                .filter(problem -> problem.cell() == null || !unanswered.contains(problem.cell()))
                .forEach(problems::add);
        }
        problems.addAll(countryRowsWithoutSourcedHoliday(candidate));
        return problems;
    }

    /**
     * A sheet whose rows each stand for one key (README "The rules"), the key in column B. A second row for the
     * same key (a row copied to add a country, its code left unchanged) fires too, and the later row's cells win
     * over the earlier's, so an analyst's edit of one of them may change nothing; a row whose key matches none
     * of the Countries directory's fires for no country. The sheet is known by its rule table's name ({@code RuleTable
     * Countries}), which names its rules, so that a sheet the analyst renamed is checked all the same.
     *
     * @param ruleTable the name of the sheet's rule table
     * @param form      how the key is written, for a row whose key matches nothing
     */
    private record KeyedSheet(String ruleTable, String key, String form) {

        /** Whether {@code rule} is one of this sheet's rows. */
        boolean holds(FiredRule rule) {
            return rule.sheet() != null && rule.rule().startsWith(ruleTable + "_");
        }

        /** A problem on each later row when more than one row of the sheet decided {@code country}'s answer, once per set of rows. */
        void oneRow(Etiquette answer, String country, Set<List<Integer>> reported, List<RuleProblem> problems) {
            List<FiredRule> firedRows = answer.firedRules().stream().filter(this::holds).toList();
            List<Integer> rows = firedRows.stream().map(FiredRule::row).distinct().sorted().toList();
            if (rows.size() < 2 || !reported.add(rows)) {
                return;
            }
            String sheet = firedRows.get(0).sheet();
            String which = key.equals("country") ? country : answer.region();
            for (int row : rows.subList(1, rows.size())) {
                problems.add(new RuleProblem(sheet, row, "B", which, sheet + " rows " + rows.stream().map(String::valueOf)
                    .collect(Collectors.joining(" and ")) + " are both for " + key + " " + which
                    + ": keep one row per " + key + " (the later row's cells win, so an edit of the other may change nothing)"));
            }
        }

        /** A row that fired for no key: what its column B holds, and why that is none of the directory's. */
        RuleProblem appliesToNothing(CompiledTable candidate, FiredRule rule) {
            String sheet = rule.sheet();
            int row = rule.row();
            String written = candidate.cellsOfColumns(key + " ==").stream().filter(c -> c.sheet().equals(sheet) && c.row() == row)
                .map(RuleCell::text).findFirst().orElse(null);
            String why;
            if (written == null) {
                why = "column B names no " + key + " (" + form + ")";
            } else if (key.equals("country") && !CountryCodes.isKnown(written.toUpperCase(Locale.ROOT))) {
                why = CountryCodes.unknown(written, written);
            } else {
                why = "'" + written + "' in column B is none of the Countries directory's " + (key.equals("country")
                    ? "codes: add the country's row there first (its name, region and time zone)" : "regions (" + form + ")");
            }
            return new RuleProblem(sheet, row, "B", written, sheet + " row " + row + " applies to no " + key + ": " + why);
        }
    }

    /** The first of {@code e}'s causes (itself included) of that type. */
    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /**
     * A short day the client does not work, or no shorter than their usual day, on the Short days cell of the country's row
     * (the last, which wins), not on its directory row: that cell is what to change, or the row's work week or hours.
     */
    private static Optional<RuleProblem> onShortDaysCell(CompiledTable candidate, EtiquetteService.ShortDayRefused refused) {
        String countries = sheetOf(candidate, COUNTRIES);
        Optional<Integer> row = candidate.cellsOfColumns("country == \"$param\"").stream()
            .filter(c -> c.sheet().equals(countries) && c.text().equals(refused.country)).map(RuleCell::row).reduce((a, b) -> b);
        return row.flatMap(r -> candidate.cellsOfColumns("setShortDays(").stream()
                .filter(c -> c.sheet().equals(countries) && c.row() == r).findFirst())
            .map(cell -> cell.problem("'" + cell.text() + "' " + refused.onCell));
    }

    /**
     * The Announced days rows of {@code country} with their What but a blank From (a row left half-filled), each on its
     * From cell, where the decision's failure was placed on the country's directory row; none when the From column cannot
     * be told (no row fills it).
     */
    private static List<RuleProblem> onBlankFromCells(CompiledTable candidate, String country) {
        List<RuleCell> kinds = candidate.cellsOfColumns(".day(");
        List<RuleCell> froms = candidate.cellsOfColumns(".from(");
        List<RuleCell> names = candidate.cellsOfColumns(".name(");
        List<RuleCell> countries = candidate.cellsOfColumns("country == \"$param\"");
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleCell kind : kinds) {
            boolean ofCountry = countries.stream()
                .anyMatch(c -> c.sheet().equals(kind.sheet()) && c.row() == kind.row() && c.text().equals(country));
            boolean hasFrom = froms.stream().anyMatch(c -> c.sheet().equals(kind.sheet()) && c.row() == kind.row());
            Optional<String> fromColumn = froms.stream().filter(c -> c.sheet().equals(kind.sheet())).map(RuleCell::column).findFirst();
            if (!ofCountry || hasFrom || fromColumn.isEmpty()) {
                continue;
            }
            String name = names.stream().filter(c -> c.sheet().equals(kind.sheet()) && c.row() == kind.row()).map(RuleCell::text)
                .findFirst().orElse(kind.text());
            problems.add(new RuleProblem(kind.sheet(), kind.row(), fromColumn.get(), null, kind.sheet() + " row " + kind.row()
                + " (" + country + "): '" + name + "' has no From: write its first day as YYYY-MM-DD, e.g. 2027-10-01"
                + " (To is its last day, blank for one day)"));
        }
        return problems;
    }

    /** The country's decision failed (a time zone that does not read, a region no row gives defaults): on its directory row. */
    private static RuleProblem noAnswer(CompiledTable candidate, String country, RuntimeException e) {
        String message = "no answer for " + country + ": " + rootMessage(e);
        return candidate.cellsOfColumns("country ==").stream()
            .filter(c -> c.sheet().equals(sheetOf(candidate, DIRECTORY)) && c.text().equals(country)).findFirst()
            .map(c -> new RuleProblem(c.sheet(), c.row(), null, null, message + " (from " + c.sheet() + " row " + c.row()
                + ": its region and time zone)"))
            .orElse(new RuleProblem(null, null, null, null, message));
    }

    /** The rule table of the Countries directory sheet ({@code RuleTable Directory}). */
    private static final String DIRECTORY = "Directory";
    /** The rule table of the Countries sheet, one row per country with its own etiquette. */
    private static final String COUNTRIES = "Countries";

    /** The sheet that holds rule table {@code ruleTable}, whatever the analyst named it; null when the workbook has none. */
    private static String sheetOf(CompiledTable candidate, String ruleTable) {
        return candidate.rulesByName().values().stream().filter(r -> r.sheet() != null && r.rule().startsWith(ruleTable + "_"))
            .map(FiredRule::sheet).findFirst().orElse(null);
    }

    /**
     * A country with its own Countries row is a market the team serves, so the workbook checks its calendar: at least one
     * scenario expects a public holiday of it ({@code observanceKinds} PUBLIC_HOLIDAY) and names the law or official
     * list that makes it one in "Why (sources)". (The shipped workbook has one a year, 2026 to 2030:
     * {@code CountryRowsHaveHolidaysTest}.)
     */
    static List<RuleProblem> countryRowsWithoutSourcedHoliday(CompiledTable candidate) {
        Set<String> covered = candidate.scenarioRows().stream()
            .filter(r -> List.of(r.get("observanceKinds").split("\\s*,\\s*")).contains("PUBLIC_HOLIDAY") && !r.get("Why (sources)").isBlank())
            .map(r -> r.get("country")).collect(Collectors.toSet());
        List<RuleProblem> problems = new ArrayList<>();
        String countries = sheetOf(candidate, COUNTRIES);
        for (RuleCell cell : candidate.cellsOfColumns("country == \"$param\"")) {
            if (cell.sheet().equals(countries) && CountryCodes.isKnown(cell.text()) && !covered.contains(cell.text())) {
                problems.add(cell.problem(countries + " row " + cell.row() + " (" + cell.text() + ") has no public-holiday scenario with its"
                    + " source: add a Scenarios row for " + cell.text() + " on one of its public holidays (at: the date, observanceKinds:"
                    + " PUBLIC_HOLIDAY) naming the law or official list that makes it one in 'Why (sources)'"));
            }
        }
        return problems;
    }

    private static final List<KeyedSheet> KEYED = List.of(
        new KeyedSheet(COUNTRIES, "country", "an ISO 3166 code in two capital letters, such as JP"),
        new KeyedSheet("RegionDefaults", "region", "a region name in capitals with underscores, such as NORTH_AMERICA"));

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /**
     * A row whose cell the fact refuses (a Drop note naming a note no row above gave) fails the
     * rule run; say which row, as the analyst sees it: "Countries row 20 drops a note ...".
     */
    static RuntimeException refusedRow(RuntimeException e) {
        IllegalArgumentException refusal = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IllegalArgumentException iae && iae.getMessage() != null) {
                refusal = iae;
            }
        }
        if (refusal == null || refusal == e) {
            return e;
        }
        Matcher rule = RULE_NAME.matcher(String.valueOf(e.getMessage()));
        String where = rule.find() ? rule.group(1).replace('_', ' ') + " row " + rule.group(2) : "a row";
        return new IllegalArgumentException(where + " " + refusal.getMessage(), e);
    }

    static Map<String, Object> outputs(Etiquette answer) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (RecordComponent component : Etiquette.class.getRecordComponents()) {
            try {
                outputs.put(component.getName(), plain(component.getAccessor().invoke(answer)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        // the observances of the decision's next 90 days and the announced working days in them, in words (not as
        // records), under the names the what-if counts as moving due times
        outputs.remove("upcoming");
        outputs.remove("extraWorkingDays");
        outputs.put("upcomingObservances", answer.upcoming().stream().map(EtiquetteScenarios::inWords).toList());
        outputs.put("workingDays", answer.extraWorkingDays().stream().map(EtiquetteScenarios::day).toList());
        outputs.put("workWeek", workWeek(answer.workWeek()));
        outputs.put("businessHours", answer.businessHours().start() + "-" + answer.businessHours().end());
        // as the table writes it: FRIDAY 09:00-12:00
        outputs.put("shortDays", answer.shortDays().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().start() + "-" + e.getValue().end()).collect(Collectors.joining(", ")));
        outputs.put("observances", answer.observances().stream().map(Observance::name).toList());
        outputs.put("observanceKinds", answer.observances().stream().map(Observance::kind).toList());
        // whether the client works that day: its work week, announced make-up days, no closing observance
        ClientCalendar calendar = answer.calendar(null);
        LocalDate localDay = calendar.localDate(answer.at());
        outputs.put("workingDay", calendar.isWorkingDay(localDay));
        // the client's hours that local day: shorter in Ramadan in Saudi Arabia, from 14:00 on Ash Wednesday in Brazil
        ClientCalendar.Hours dayHours = calendar.hoursOn(localDay);
        outputs.put("dayHours", calendar.isWorkingDay(localDay) ? dayHours.opens() + "-" + dayHours.closes() : null);
        outputs.put("observanceEffects", answer.observances().stream().map(o -> o.effect().name()).toList());
        outputs.put("observanceKind", outputs.get("observanceKinds"));
        outputs.put("observanceEffect", outputs.get("observanceEffects"));
        outputs.put("firedRules", answer.firedRules().stream().map(FiredRule::rule).toList());
        return outputs;
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(EtiquetteScenarios::plain).toList();
        }
        return value;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    /** An observance as the what-if shows it: "Spring Festival, 6–13 Feb 2027, closed: &lt;its advice&gt;". */
    static String inWords(Observance o) {
        String words = o.name() + ", " + days(o.from(), o.to()) + ", " + o.effect().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (o.businessHours() == null ? "" : ", open " + o.businessHours().start() + "-" + o.businessHours().end());
        return o.advice() == null || o.advice().isBlank() ? words : words + ": " + o.advice();
    }

    static String days(LocalDate from, LocalDate to) {
        return EtiquetteWords.days(from, to);
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** As the table writes it: a run of days as FIRST-LAST, anything else as a list. */
    static String workWeek(List<DayOfWeek> days) {
        return WorkWeek.format(days);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(notAMoment(text));
        }
    }

    /** A GIVEN {@code at} that is no date: a date-time with offset, or now when blank. */
    private static Instant moment(String at) {
        try {
            return Inputs.instant("at", at, Instant.now());
        } catch (InvalidInputException e) {
            try {
                OffsetDateTime.parse(at.trim());
            } catch (DateTimeParseException notOne) {
                throw new IllegalArgumentException(notAMoment(at.trim()), e);
            }
            throw e;
        }
    }

    /** A spreadsheet's day number (46167 is 25 May 2026) as a cell formatted as a number shows a typed date. */
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{5}");
    /** Day 0 of the day numbers of Excel and LibreOffice Calc (their 1900 date system). */
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);

    /**
     * Why an {@code at} cell does not read, both forms it may take; a day number (a date typed into a cell formatted as a
     * number, which the spreadsheet shows as 46167) is named as the date it stands for, with how to show it as one.
     */
    static String notAMoment(String text) {
        String why = "at '" + text + "' is neither a date (2027-03-01) nor a date-time (2027-03-01T10:00:00Z)";
        if (DAY_NUMBER.matcher(text).matches()) {
            why += ": " + text + " is how the spreadsheet keeps the day " + DAY_ZERO.plusDays(Long.parseLong(text))
                + " in a cell formatted as a number; give the cell a date format (YYYY-MM-DD) or type the date as text";
        }
        return why;
    }
}
