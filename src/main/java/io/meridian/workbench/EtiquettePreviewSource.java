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
import org.springframework.stereotype.Component;

/**
 * Etiquette decisions for every country and tier, now; the running journeys and complaints
 * by their client's country and tier. Work week, business hours, time zone, follow-up
 * cadence and observances move due times and contact windows; the rest is guidance.
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

    @Override
    public List<PreviewCase> cases() {
        String now = now();
        List<PreviewCase> cases = new ArrayList<>();
        for (String country : EtiquetteService.countryCodes()) {
            for (Tier tier : Tier.values()) {
                cases.add(new PreviewCase(country + ", tier " + tier, given(country, tier.name(), now)));
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
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
