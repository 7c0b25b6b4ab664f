package io.meridian.inquiry;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** One inquiry as the inquiry ledger keeps it; {@code quote} is the last quote sent, as text. */
public record InquiryRecord(
    @Schema(description = "the inquiry's id (also the journey's business key)") String id,
    @Schema(description = "the id of the client record it is for (GET /api/clients/{id})") String clientId,
    @Schema(description = "the product asked about") String product,
    @Schema(description = "the quantity asked for") int quantity,
    @Schema(description = "the client's message as sent; null when none") @Nullable String message,
    @Schema(description = "when the inquiry reached the company") Instant receivedAt,
    @Schema(description = "the channel it came in on, e.g. EMAIL") String channel,
    @Schema(description = "the shop's own reference for it; sent again, it answers this inquiry instead of starting "
        + "another; null when none") @Nullable String externalRef,
    @Schema(description = "where the inquiry stands: NEW (waiting for the quote), QUOTED, DECLINED, ORDERED (the client "
        + "accepted; see orderId) or LOST") Status status,
    @Schema(description = "by when the team owes the client a reply (the quote): the reply task's due time, set from the "
        + "client's tier and etiquette") Instant replyDueAt,
    @Schema(description = "the Camunda process instance of its journey (engine-rest, Cockpit); null only if it never "
        + "started") @Nullable String processInstanceId,
    @Schema(description = "the quote sent to the client (the reply task's text); null until the team quoted") @Nullable String quote,
    @Schema(description = "why the client declined (PRICE, NEED, TRUST or DELAY); null unless they declined with a reason") @Nullable String objection,
    @Schema(description = "the order the client's acceptance created (GET /api/orders/{id}); null until they accept") @Nullable String orderId,
    @Schema(description = "when Meridian recorded it") Instant createdAt) {

    public enum Status { NEW, QUOTED, DECLINED, ORDERED, LOST }
}
