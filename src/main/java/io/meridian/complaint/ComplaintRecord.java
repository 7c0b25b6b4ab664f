package io.meridian.complaint;

import java.time.Instant;

/** One row of the complaint ledger: every complaint is recorded and tracked until the client is satisfied. */
public record ComplaintRecord(String id, String complaintNumber, String clientId, String orderId, String inquiryId,
                              ComplaintHandling.Source source, ComplaintCategory category, Wording wording, String description,
                              Instant receivedAt, Severity severity, Instant firstResponseDueAt, String team,
                              Boolean seniorContact, Boolean crisis, String channel, Status status, int escalationLevel,
                              String processInstanceId, Instant resolvedAt, Instant createdAt) {

    /** Where the complaint stands; each stage sends the client an update. */
    public enum Status { RECEIVED, ACKNOWLEDGED, DIAGNOSED, INTERIM_SOLUTION, ROOT_CAUSE_FIXED, REOPENED, RESOLVED }
}
