package io.meridian.escalation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.system.Inputs;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The escalation decision as a pure function: every signed-in user may ask, nothing is started or changed. */
@Tag(name = "Decisions")
@RestController
class EscalationDecisionController {

    /** A user task id as BPMN writes it (an XML name without colons), of a length Camunda stores. */
    private static final Pattern TASK_KIND = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");

    private final EscalationDecisionService escalations;

    EscalationDecisionController(EscalationDecisionService escalations) {
        this.escalations = escalations;
    }

    @Operation(summary = "Who steps in for a late task",
        description = "The escalation level the escalation table decides for a kind of task, tier and how late it is.")
    @PostMapping("/api/decisions/escalation")
    EscalationDecision decide(@RequestBody EscalationDecisionRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String taskKind = request.taskKind() == null ? "" : request.taskKind().trim();
        if (taskKind.isEmpty()) {
            errors.put("taskKind", "taskKind is required: the user task id, e.g. replyToInquiry");
        } else if (!TASK_KIND.matcher(taskKind).matches()) {
            errors.put("taskKind", "taskKind must be a user task id such as replyToInquiry (letters, digits, _ . -)");
        }
        Tier tier = Inputs.collect(errors, "tier",
            () -> Inputs.enumValue("tier", request.tier(), Tier.class, EscalationDecisionService.DEFAULT_TIER));
        Severity severity = Inputs.collect(errors, "severity",
            () -> Inputs.enumValue("severity", request.severity(), Severity.class, EscalationDecisionService.DEFAULT_SEVERITY));
        Double share = request.elapsedShare();
        if (share == null) {
            errors.put("elapsedShare", "elapsedShare is required: the share of the time to the due date that has passed, e.g. 0.8");
        } else if (share.isNaN() || share.isInfinite() || share < 0) {
            errors.put("elapsedShare", "elapsedShare must be a number of zero or more, e.g. 0.8 (1 is the due time)");
        }
        Inputs.throwIfAny(errors);
        return escalations.decide(taskKind, tier, severity, share);
    }
}
