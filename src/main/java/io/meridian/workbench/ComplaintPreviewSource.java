package io.meridian.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.meridian.complaint.ComplaintCategory;
import io.meridian.complaint.ComplaintDecisionService;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.complaint.Wording;
import io.meridian.etiquette.Tier;
import io.meridian.rules.PreviewSource;
import org.springframework.stereotype.Component;

/**
 * Complaint decisions for every category, wording, feedback style and tier (a German client of
 * an ordinary order, the feedback style given); the running complaints by their own inputs.
 * Severity, first-response time and the crisis channel move due times; the rest is guidance.
 */
@Component
class ComplaintPreviewSource implements PreviewSource {

    private static final String COUNTRY = "DE";
    private static final String ORDER_VALUE = "1000";

    private final RunningProcesses processes;

    ComplaintPreviewSource(RunningProcesses processes) {
        this.processes = processes;
    }

    @Override
    public String table() {
        return ComplaintDecisionService.TABLE;
    }

    @Override
    public List<PreviewCase> cases() {
        List<PreviewCase> cases = new ArrayList<>();
        for (ComplaintCategory category : ComplaintCategory.values()) {
            for (Wording wording : Wording.values()) {
                for (String feedback : List.of("DIRECT", "INDIRECT")) {
                    for (Tier tier : Tier.values()) {
                        Map<String, String> given = new LinkedHashMap<>();
                        given.put("category", category.name());
                        given.put("country", COUNTRY);
                        given.put("feedback", feedback);
                        given.put("tier", tier.name());
                        given.put("orderValue", ORDER_VALUE);
                        given.put("wording", wording.name());
                        cases.add(new PreviewCase(category + ", " + wording + ", " + feedback + " feedback, tier " + tier, given));
                    }
                }
            }
        }
        return cases;
    }

    @Override
    public List<RunningWork> running() {
        List<RunningWork> work = new ArrayList<>();
        for (RunningProcesses.Running r : processes.of(ComplaintHandling.KEY, ComplaintHandling.Var.CATEGORY,
            ComplaintHandling.Var.COUNTRY, ComplaintHandling.Var.TIER, ComplaintHandling.Var.ORDER_VALUE,
            ComplaintHandling.Var.WORDING, ComplaintHandling.Var.COMPANY)) {
            Map<String, String> v = r.variables();
            if (v.get(ComplaintHandling.Var.CATEGORY) == null || v.get(ComplaintHandling.Var.COUNTRY) == null) {
                continue;
            }
            Map<String, String> given = new LinkedHashMap<>();
            given.put("category", v.get(ComplaintHandling.Var.CATEGORY));
            given.put("country", v.get(ComplaintHandling.Var.COUNTRY));
            given.put("tier", v.getOrDefault(ComplaintHandling.Var.TIER, Tier.B.name()));
            given.put("orderValue", v.getOrDefault(ComplaintHandling.Var.ORDER_VALUE, "0"));
            given.put("wording", v.getOrDefault(ComplaintHandling.Var.WORDING, Wording.NEUTRAL.name()));
            work.add(new RunningWork("complaint", r.businessKey(), v.getOrDefault(ComplaintHandling.Var.COMPANY, "")
                + " (" + given.get("category") + ", " + given.get("country") + ")", given, r.openTasks()));
        }
        return work;
    }

    @Override
    public Set<String> timingOutputs() {
        return Set.of("severity", "firstResponse", "crisis");
    }
}
