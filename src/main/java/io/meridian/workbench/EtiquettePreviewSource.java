package io.meridian.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.desk.DeskSettings;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.EtiquetteWords;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.ClientJourney;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleCell;
import io.meridian.rules.PreviewSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Etiquette decisions for every country and tier, now and a quarter, a half and three quarters of a year ahead
 * ({@link #MOMENTS}): each decision judges the client's observances of the next 90 days, so together they see a
 * change to any observance of the coming year (Golden Week in spring, Christmas in December), not only of the next
 * weeks. The running journeys and complaints by their client's country and tier, now. Work week, business hours, short days,
 * time zone, follow-up cadence and observances move due times and contact windows; the rest is guidance.
 */
@Component
class EtiquettePreviewSource implements PreviewSource {

    private final RunningProcesses processes;
    private final ObservanceCalendar holidays;
    private final DeskSettings desks;
    private final TeamSettings team;

    /** Without desks, the default team keeping China's holidays (tests). */
    EtiquettePreviewSource(RunningProcesses processes) {
        this(processes, new ObservanceCalendar(), DeskSettings.none(), null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    EtiquettePreviewSource(RunningProcesses processes, ObservanceCalendar holidays, DeskSettings desks, TeamSettings team) {
        this.processes = processes;
        this.holidays = holidays;
        this.desks = desks;
        this.team = team;
    }

    /** An Announced days row: its sheet (as the analyst named it), row, country, what, name and days as written. */
    private record Announced(String sheet, int row, String country, String what, String name, String from, String to) {
    }

    private static List<Announced> announced(CompiledTable table) {
        // the sheet is the one whose rows say what a day is, whatever the analyst named it ("Announced days" as shipped)
        String sheet = table.cellsOfColumns("$d.day(").stream().map(RuleCell::sheet).findFirst().orElse(ANNOUNCED);
        Map<Integer, Map<String, String>> rows = new TreeMap<>();
        for (String code : List.of("country == ", "$d.day(", "$d.name(", "$d.from(", "$d.to(")) {
            table.cellsOfColumns(code).stream().filter(c -> c.sheet().equals(sheet))
                .forEach(c -> rows.computeIfAbsent(c.row(), r -> new HashMap<>()).put(code, c.text()));
        }
        return rows.entrySet().stream().map(e -> new Announced(sheet, e.getKey(), e.getValue().get("country == "), e.getValue().get("$d.day("),
            e.getValue().get("$d.name("), e.getValue().get("$d.from("), e.getValue().getOrDefault("$d.to(", e.getValue().get("$d.from("))))
            .toList();
    }

    private static final String ANNOUNCED = "Announced days";

    /**
     * Each holiday the candidate announces that the version in force does not: the calendar library's holidays of its country
     * it overlaps (one holiday written twice, or the official dates replacing the library's), and the desks and the team
     * whose own calendar keeps that country's holidays, whose working days it closes too (their tasks' due times move).
     */
    @Override
    public List<String> notes(CompiledTable inForce, CompiledTable candidate) {
        Set<List<String>> before = announced(inForce).stream()
            .map(a -> Arrays.asList(a.country(), a.what(), a.name(), a.from(), a.to())).collect(Collectors.toSet());
        List<String> notes = new ArrayList<>();
        for (Announced a : announced(candidate)) {
            if (!"HOLIDAY".equals(a.what()) || a.country() == null || before.contains(Arrays.asList(a.country(), a.what(),
                a.name(), a.from(), a.to()))) {
                continue;
            }
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(a.from());
                to = LocalDate.parse(a.to());
            } catch (RuntimeException e) {
                continue; // the check refuses such a row on its cell
            }
            String row = a.sheet() + " row " + a.row() + " (" + a.country() + " HOLIDAY '" + a.name() + "', "
                + EtiquetteWords.days(from, to) + ")";
            List<String> overlaps = IntStream.rangeClosed(from.getYear(), to.getYear()).boxed()
                .flatMap(y -> holidays.publicHolidays(a.country(), y).stream())
                .filter(h -> !h.from().isAfter(to) && !from.isAfter(h.to())).distinct()
                .map(h -> "'" + h.name() + "' (" + EtiquetteWords.days(h.from(), h.to()) + ")").toList();
            if (!overlaps.isEmpty()) {
                notes.add(row + " overlaps the calendar library's " + String.join(", ", overlaps) + " for " + a.country()
                    + ": both close their days; if they are one holiday, check that the row's dates are the official ones");
            }
            List<String> calendars = new ArrayList<>();
            for (DeskSettings.Desk desk : desks.desks()) {
                String country = desk.country() != null ? desk.country() : team == null ? null : team.country();
                if (a.country().equalsIgnoreCase(String.valueOf(country))) {
                    calendars.add("desk " + desk.name() + " (group " + desk.group() + ")");
                }
            }
            if (team != null && a.country().equalsIgnoreCase(team.country())) {
                calendars.add("the team's calendar (meridian.team.country=" + team.country() + ", for work that is no desk's)");
            }
            if (!calendars.isEmpty()) {
                notes.add(row + " also closes these days for " + String.join(" and ", calendars) + (calendars.size() == 1 ? ", which keeps " : ", which keep ")
                    + a.country() + "'s holidays: the due times of their tasks move, whatever the client's country");
            }
        }
        return notes;
    }

    @Override
    public String table() {
        return EtiquetteService.TABLE;
    }

    /** The moments of the decisions compared, in days from now: each looks 90 days ahead, so these four see a year. */
    static final List<Integer> MOMENTS = List.of(0, 91, 182, 273);

    @Override
    public List<PreviewCase> cases() {
        Instant now = ClockUtil.now().toInstant().truncatedTo(ChronoUnit.MINUTES);
        List<PreviewCase> cases = new ArrayList<>();
        for (int days : MOMENTS) {
            Instant at = now.plus(days, ChronoUnit.DAYS);
            String from = days == 0 ? "" : ", from " + at.atOffset(ZoneOffset.UTC).toLocalDate();
            for (String country : EtiquetteService.countryCodes()) {
                for (Tier tier : Tier.values()) {
                    String label = country + ", tier " + tier;
                    cases.add(new PreviewCase(label + from, given(country, tier.name(), at.toString()), days == 0 ? null : label));
                }
            }
        }
        return cases;
    }

    @Override
    public List<RunningWork> running() {
        String now = now();
        List<RunningWork> work = new ArrayList<>();
        for (RunningProcesses.Running r : processes.of(ClientJourney.KEY, ClientJourney.Var.COUNTRY, ClientJourney.Var.TIER,
            ClientJourney.Var.COMPANY)) {
            add(work, "journey", r, now);
        }
        for (RunningProcesses.Running r : processes.of(ComplaintHandling.KEY, ComplaintHandling.Var.COUNTRY,
            ComplaintHandling.Var.TIER, ComplaintHandling.Var.COMPANY)) {
            add(work, "complaint", r, now);
        }
        return work;
    }

    @Override
    public Set<String> timingOutputs() {
        return Set.of("timeZone", "workWeek", "businessHours", "shortDays", "followUpAfterBusinessDays", "maxFollowUps", "observances",
            "observanceKinds", "observanceEffects", "workingDay", "upcomingObservances", "workingDays");
    }

    private static void add(List<RunningWork> work, String kind, RunningProcesses.Running r, String now) {
        String country = r.variables().get("country");
        if (country == null) {
            return;
        }
        String tier = r.variables().getOrDefault("tier", Tier.B.name());
        work.add(new RunningWork(kind, r.businessKey(), r.variables().getOrDefault("company", "") + " (" + country + ", " + tier + ")",
            given(country, tier, now), r.openTasks()));
    }

    private static Map<String, String> given(String country, String tier, String at) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("country", country);
        given.put("tier", tier);
        given.put("at", at);
        return given;
    }

    private static String now() {
        return ClockUtil.now().toInstant().truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
