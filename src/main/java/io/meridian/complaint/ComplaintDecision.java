package io.meridian.complaint;

import java.time.Duration;
import java.util.List;

import io.meridian.rules.FiredRule;
import io.swagger.v3.oas.annotations.media.Schema;

/** How to handle one complaint, and which spreadsheet rows said so. */
public record ComplaintDecision(
    @Schema(description = "the complaint's category, as asked") ComplaintCategory category,
    @Schema(description = "the client's country") String country,
    @Schema(description = "the feedback style the decision assumed: the body's, else the country's etiquette (DIRECT or "
        + "INDIRECT)") String feedback,
    @Schema(description = "the client's tier, as asked (default B)") String tier,
    @Schema(description = "the order value, as asked (0 when not given)") double orderValue,
    @Schema(description = "the complaint's wording, as asked") Wording wording,
    @Schema(description = "how serious it is: LOW, NORMAL, HIGH or CRITICAL") Severity severity,
    @Schema(description = "how soon the client must have a first answer, an ISO-8601 duration such as PT2H") Duration firstResponse,
    @Schema(description = "whether it is to be handled as a crisis") boolean crisis,
    @Schema(description = "the team that handles it") String team,
    @Schema(description = "whether a senior contact must answer the client") boolean seniorContact,
    @Schema(description = "the channel to answer on") String channel,
    @Schema(description = "advice for the handler, fitted to the client's culture") List<String> guidance,
    @Schema(description = "the workbook rows that decided this, to explain it") List<FiredRule> firedRules,
    @Schema(description = "the version of the rule workbook that decided (GET /api/rules/{table}/versions)") String rulesVersion) {
}
