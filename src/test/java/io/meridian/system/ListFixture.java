package io.meridian.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.complaint.ComplaintCategory;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintRecord;
import io.meridian.complaint.Wording;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;

/**
 * Ledger rows for the list tests, written straight into the ledgers so their times are known: two
 * clients (JP and DE) with inquiries, orders and complaints in May 2011, a month no other test uses.
 * Newest first the inquiries are {@code i5, i3, i4, i2, i1}.
 */
record ListFixture(Client jp, Client de, String i1, String i2, String i3, String i4, String i5, String o1, String o2,
                   String c1, String c2) {

    static final String WINDOW = "from=2011-05-01&to=2011-05-31";

    static ListFixture seed(ClientLedger clients, InquiryLedger inquiries, OrderLedger orders, ComplaintLedger complaints) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = at("2011-05-01T00:00:00Z");
        Client jp = clients.record(client("Kato Lists " + run, "kato-" + run + "@lists.example.jp", "JP", Tier.A), "test", "list fixture", now);
        Client de = clients.record(client("Weber Lists " + run, "weber-" + run + "@lists.example.de", "DE", Tier.B), "test", "list fixture", now);
        String i1 = inquiry(inquiries, jp, "2011-05-01T10:00:00Z", InquiryRecord.Status.NEW);
        String i2 = inquiry(inquiries, jp, "2011-05-02T09:00:00Z", InquiryRecord.Status.QUOTED);
        String i4 = inquiry(inquiries, de, "2011-05-02T12:00:00Z", InquiryRecord.Status.LOST);
        String i3 = inquiry(inquiries, jp, "2011-05-03T10:00:00Z", InquiryRecord.Status.ORDERED);
        String i5 = inquiry(inquiries, de, "2011-05-04T10:00:00Z", InquiryRecord.Status.NEW);
        String o1 = order(orders, i3, jp, "2011-05-03T12:00:00Z", OrderRecord.Status.AWAITING_PAYMENT);
        String o2 = order(orders, i5, de, "2011-05-05T10:00:00Z", OrderRecord.Status.PAID);
        String c1 = complaint(complaints, jp, "2011-05-06T10:00:00Z", ComplaintRecord.Status.RECEIVED);
        String c2 = complaint(complaints, de, "2011-05-07T10:00:00Z", ComplaintRecord.Status.RESOLVED);
        return new ListFixture(jp, de, i1, i2, i3, i4, i5, o1, o2, c1, c2);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Client client(String company, String email, String country, Tier tier) {
        return new Client(null, company, "Contact", email, country, null, null, tier, "EMAIL", "Lighting", null, null, null);
    }

    private static String inquiry(InquiryLedger inquiries, Client client, String receivedAt, InquiryRecord.Status status) {
        String id = UUID.randomUUID().toString();
        inquiries.insert(new InquiryRecord(id, client.id(), "LED panel", 100, null, at(receivedAt), "EMAIL", null, status,
            at(receivedAt).plusSeconds(86_400), null, null, null, null, at(receivedAt)));
        return id;
    }

    private static String order(OrderLedger orders, String inquiryId, Client client, String createdAt, OrderRecord.Status status) {
        String id = UUID.randomUUID().toString();
        orders.insert(new OrderRecord(id, "L-" + id.substring(0, 8), inquiryId, client.id(), new BigDecimal("1250.00"), "USD",
            null, null, OrderRecord.PaymentStatus.UNPAID, status, null, null, null, null, null, at(createdAt), null, null, List.of()));
        return id;
    }

    private static String complaint(ComplaintLedger complaints, Client client, String receivedAt, ComplaintRecord.Status status) {
        String id = UUID.randomUUID().toString();
        complaints.insert(new ComplaintRecord(id, "L-" + id.substring(0, 8), client.id(), null, null, ComplaintHandling.Source.API,
            ComplaintCategory.QUALITY, Wording.NEUTRAL, "Scratched panels.", at(receivedAt), null, null, null, null, null, null,
            status, 0, null, null, at(receivedAt)));
        return id;
    }
}
