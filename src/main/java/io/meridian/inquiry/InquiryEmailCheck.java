package io.meridian.inquiry;

import java.util.Optional;

import io.meridian.outbox.ClientEmailCheck;
import io.meridian.outbox.OutboxMessage;
import org.springframework.stereotype.Component;

/**
 * Just before a client email about an inquiry without an order goes out (its quote, its auto-reply): when its journey was
 * deleted (in Cockpit or over {@code DELETE /engine-rest/process-instance/{id}}, with or without its listeners), the email
 * is withdrawn, the reason naming the deletion ("withdrawn before it went out: the client journey of inquiry … was deleted
 * by demo at … (reason) before any order; noticed at …"). A deletion nothing had noticed yet makes the inquiry LOST now
 * ({@link JourneyDeletions}). An email written after the deletion goes out; an inquiry with an order is the order's matter
 * ({@code OrderEmailCheck}); one only in the ledger, without a process, is not touched.
 */
@Component
class InquiryEmailCheck implements ClientEmailCheck {

    private final InquiryLedger inquiries;
    private final JourneyDeletions deletions;

    InquiryEmailCheck(InquiryLedger inquiries, JourneyDeletions deletions) {
        this.inquiries = inquiries;
        this.deletions = deletions;
    }

    @Override
    public Optional<String> withdrawBecause(OutboxMessage message) {
        if (message.reference() == null) {
            return Optional.empty();
        }
        InquiryRecord inquiry = inquiries.byId(message.reference()).orElse(null);
        if (inquiry == null || inquiry.orderId() != null || inquiry.processInstanceId() == null) {
            return Optional.empty();
        }
        return deletions.noticeIfDeleted(inquiry)
            .filter(deletion -> !message.createdAt().isAfter(deletion.at()))
            .map(deletion -> "withdrawn before it went out: " + deletion.said(inquiry.id()));
    }
}
