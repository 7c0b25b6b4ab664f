package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.client.ClientLedger;
import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintRecord;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The list tests' rows: written as the fixture says, with the statuses and times the list tests count on, new each seed. */
@MeridianTest
class ListFixtureTest {

    @Autowired
    ClientLedger clients;
    @Autowired
    InquiryLedger inquiries;
    @Autowired
    OrderLedger orders;
    @Autowired
    ComplaintLedger complaints;

    @Autowired
    PlatformTransactionManager transactions;

    /** In a transaction rolled back afterwards: the list tests count on their month holding only their own rows. */
    @Test
    void shouldWriteTheRowsTheListTestsCountOn() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ListFixture seeded = tx.execute(status -> {
            status.setRollbackOnly();
            ListFixture rows = ListFixture.seed(clients, inquiries, orders, complaints);
            check(rows);
            return rows;
        });
        assertThat(inquiries.byId(seeded.i1())).as("rolled back").isEmpty();
    }

    private void check(ListFixture rows) {

        assertThat(rows.jp().country()).isEqualTo("JP");
        assertThat(rows.de().country()).isEqualTo("DE");
        assertThat(inquiries.byId(rows.i3()).orElseThrow().status()).isEqualTo(InquiryRecord.Status.ORDERED);
        assertThat(inquiries.byId(rows.i4()).orElseThrow().clientId()).isEqualTo(rows.de().id());
        assertThat(inquiries.byId(rows.i5()).orElseThrow().receivedAt()).isEqualTo(ListFixture.at("2011-05-04T10:00:00Z"));
        OrderRecord o1 = orders.byId(rows.o1()).orElseThrow();
        assertThat(o1.status()).isEqualTo(OrderRecord.Status.AWAITING_PAYMENT);
        assertThat(o1.inquiryId()).isEqualTo(rows.i3());
        assertThat(orders.byId(rows.o2()).orElseThrow().status()).isEqualTo(OrderRecord.Status.PAID);
        assertThat(complaints.byId(rows.c2()).map(ComplaintRecord::status)).contains(ComplaintRecord.Status.RESOLVED);

        ListFixture other = ListFixture.seed(clients, inquiries, orders, complaints);
        assertThat(other.jp().id()).as("each seed its own clients").isNotEqualTo(rows.jp().id());
        assertThat(other.jp().email()).isNotEqualTo(rows.jp().email());
    }
}
