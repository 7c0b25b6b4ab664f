package io.meridian.inquiry;

import java.time.Instant;

/** One inquiry as the inquiry ledger keeps it; {@code quote} is the last quote sent, as text. */
public record InquiryRecord(String id, String clientId, String product, int quantity, String message, Instant receivedAt,
                            String channel, String externalRef, Status status, Instant replyDueAt,
                            String processInstanceId, String quote, String objection, String orderId, Instant createdAt) {

    public enum Status { NEW, QUOTED, DECLINED, ORDERED, LOST }
}
