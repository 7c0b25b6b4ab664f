package io.meridian.workbench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.meridian.complaint.ComplaintHandling;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.ClientJourney;
import io.meridian.rules.PreviewSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Etiquette decisions for every country and tier, now and a quarter, a half and three quarters of a year ahead
 * ({@link #MOMENTS}): each decision judges the client's observances of the next 90 days, so together they see a
 * change to any observance of the coming year (Golden Week in spring, Christmas in December), not only of the next
 * weeks. The running journeys and complaints by their client's country and tier, now. Work week, business hours,
 * time zone, follow-up cadence and observances move due times and contact windows; the rest is guidance.
 */
@Component
class EtiquettePreviewSource implements PreviewSource {

    private final RunningProcesses processes;

    EtiquettePreviewSource(RunningProcesses processes) {
        this.processes = processes;
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
            String from = days == 0 ? "" : ", from " + at.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
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
        return Set.of("timeZone", "workWeek", "businessHours", "followUpAfterBusinessDays", "maxFollowUps", "observances",
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
