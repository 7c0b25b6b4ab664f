package io.meridian.complaint;

import io.meridian.etiquette.Tier;
import io.meridian.system.CountryCode;
import io.meridian.system.OneOf;
import io.meridian.system.ZeroOrMore;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /api/decisions/complaint}, checked once by Bean Validation; text fields so
 * that every parse error names its field.
 */
record ComplaintDecisionRequest(
    @NotBlank(message = "[field] is required (one of QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION)")
    @OneOf(ComplaintCategory.class) String category,
    @CountryCode String country,
    @OneOf(ComplaintDecisionController.Feedback.class) String feedback,
    @OneOf(Tier.class) String tier,
    @ZeroOrMore Double orderValue,
    @OneOf(Wording.class) String wording) {
}
