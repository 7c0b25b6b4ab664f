package io.meridian.complaint;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** One row of the complaint ledger: every complaint is recorded and tracked until the client is satisfied. */
public record ComplaintRecord(
    @Schema(description = "the complaint's id (also its process's business key)") String id,
    @Schema(description = "the number the client sees in emails") String complaintNumber,
    @Schema(description = "the client it is from") String clientId,
    @Schema(description = "the order it is about; null when none") @Nullable String orderId,
    @Schema(description = "the inquiry it is about; null when none") @Nullable String inquiryId,
    @Schema(description = "how it was opened: API, or DETRACTOR (a survey's low scores)") ComplaintHandling.Source source,
    @Schema(description = "what it is about, e.g. QUALITY") ComplaintCategory category,
    @Schema(description = "how strongly the client put it: MILD, NEUTRAL or STRONG") Wording wording,
    @Schema(description = "the complaint in the client's words") String description,
    @Schema(description = "when it reached the company") Instant receivedAt,
    @Schema(description = "the decided severity (LOW, NORMAL, HIGH, CRITICAL); null until decided") @Nullable Severity severity,
    @Schema(description = "by when the client must have a first answer; null until decided") @Nullable Instant firstResponseDueAt,
    @Schema(description = "the team that handles it; null until decided") @Nullable String team,
    @Schema(description = "whether a senior contact must answer the client; null until decided") @Nullable Boolean seniorContact,
    @Schema(description = "whether it is handled as a crisis; null until decided") @Nullable Boolean crisis,
    @Schema(description = "the channel to answer on; null until decided") @Nullable String channel,
    @Schema(description = "where the complaint stands") Status status,
    @Schema(description = "how many times it was escalated (0: not)") int escalationLevel,
    @Schema(description = "the Camunda process instance handling it; null only if it never started") @Nullable String processInstanceId,
    @Schema(description = "when the client confirmed the fix; null until then") @Nullable Instant resolvedAt,
    @Schema(description = "when Meridian recorded it") Instant createdAt) {

    /** Where the complaint stands; each stage sends the client an update. */
    public enum Status { RECEIVED, ACKNOWLEDGED, DIAGNOSED, INTERIM_SOLUTION, ROOT_CAUSE_FIXED, REOPENED, RESOLVED }
}
