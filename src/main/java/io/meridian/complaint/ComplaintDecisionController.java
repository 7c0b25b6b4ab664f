package io.meridian.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.meridian.etiquette.Tier;
import io.meridian.system.Inputs;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Decisions")
@RestController
class ComplaintDecisionController {

    private final ComplaintDecisionService complaints;

    ComplaintDecisionController(ComplaintDecisionService complaints) {
        this.complaints = complaints;
    }

    @Operation(summary = "Classify a complaint",
        description = "What the complaint-handling table decides for a category, impact and client: severity, who handles it and its clocks.")
    @PostMapping("/api/decisions/complaint")
    ComplaintDecision decide(@Valid @RequestBody ComplaintDecisionRequest request) {
        ComplaintCategory category = Inputs.enumValue("category", request.category(), ComplaintCategory.class, null);
        Feedback feedback = Inputs.enumValue("feedback", request.feedback(), Feedback.class, null);
        Tier tier = Inputs.enumValue("tier", request.tier(), Tier.class, Tier.B);
        Wording wording = Inputs.enumValue("wording", request.wording(), Wording.class, Wording.NEUTRAL);
        double orderValue = request.orderValue() == null ? 0 : request.orderValue();
        return complaints.decide(category, request.country(), feedback == null ? null : feedback.name(), tier, orderValue, wording);
    }

    /** The client's feedback style, as the etiquette table names it. */
    enum Feedback { DIRECT, INDIRECT }
}
