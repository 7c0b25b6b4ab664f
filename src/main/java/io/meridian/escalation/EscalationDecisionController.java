package io.meridian.escalation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.system.Inputs;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The escalation decision as a pure function: every signed-in user may ask, nothing is started or changed. */
@Tag(name = "Decisions")
@RestController
class EscalationDecisionController {

    private final EscalationDecisionService escalations;

    EscalationDecisionController(EscalationDecisionService escalations) {
        this.escalations = escalations;
    }

    @Operation(summary = "Who steps in for a late task",
        description = "The escalation level the escalation table decides for a kind of task, tier and how late it is.")
    @PostMapping("/api/decisions/escalation")
    EscalationDecision decide(@Valid @RequestBody EscalationDecisionRequest request) {
        Tier tier = Inputs.enumValue("tier", request.tier(), Tier.class, EscalationDecisionService.DEFAULT_TIER);
        Severity severity = Inputs.enumValue("severity", request.severity(), Severity.class, EscalationDecisionService.DEFAULT_SEVERITY);
        return escalations.decide(request.taskKind().trim(), tier, severity, request.elapsedShare());
    }
}
