package io.meridian.escalation;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.system.OneOf;
import io.meridian.system.ZeroOrMore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Body of {@code POST /api/decisions/escalation}, checked once by Bean Validation; text fields so
 * that every parse error names its field. {@code taskKind} is a user task id as BPMN writes it
 * (an XML name without colons), of a length Camunda stores.
 */
record EscalationDecisionRequest(
    @NotBlank(message = "[field] is required: the user task id, e.g. replyToInquiry")
    @Pattern(regexp = "^\\s*$|^\\s*[A-Za-z_][A-Za-z0-9_.-]{0,254}\\s*$",
        message = "[field] must be a user task id such as replyToInquiry (letters, digits, _ . -)")
    @KnownTaskKind String taskKind,
    @OneOf(Tier.class) String tier,
    @OneOf(Severity.class) String severity,
    @NotNull(message = "[field] is required: the share of the time to the due date that has passed, e.g. 0.8")
    @ZeroOrMore(message = "[field] must be a number of zero or more, e.g. 0.8 (1 is the due time)") Double elapsedShare) {
}
