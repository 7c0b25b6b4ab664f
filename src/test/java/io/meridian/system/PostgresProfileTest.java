package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.meridian.client.ClientLedger;
import io.meridian.complaint.ComplaintLedger;
import io.meridian.complaint.ComplaintRecord;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.inquiry.InquiryLedger;
import io.meridian.inquiry.InquiryRecord;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.etiquette.Tier;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** The postgres profile against a real PostgreSQL server: engine, identity, rules, outbox. */
class PostgresProfileTest extends OnPostgres {

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    EtiquetteService etiquette;
    @Autowired
    Outbox outbox;
    @Autowired
    ClientLedger clients;
    @Autowired
    InquiryLedger inquiries;
    @Autowired
    OrderLedger orders;
    @Autowired
    ComplaintLedger complaints;

    @Test
    void runsTheEngineOnPostgres() throws Exception {
        try (var connection = postgres().getPostgresDatabase().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getTables(null, null, "act_ru_task", null).next()).isTrue();
        }
        assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
        assertThat(identity.checkPassword("sam", "demo")).isTrue();
        assertThat(etiquette.decide("DE", Instant.parse("2027-06-15T10:00:00Z"), Tier.B).directness()).isEqualTo("DIRECT");
    }

    @Test
    void sendsTheOutboxOnPostgres() {
        OutboxMessage planned = outbox.planEmail("pg@example.com", "Quotation", "Our quote.", ClockUtil.now().toInstant(), "INQ-PG");
        outbox.planEmail("pg-later@example.com", "Follow-up", "Later.", ClockUtil.now().toInstant().plusSeconds(3600), "INQ-PG");

        mail.deliverDue();

        // the database is shared with the other postgres tests: what they left due goes out too
        assertThat(mail.receivedBy("pg@example.com")).singleElement().satisfies(m -> assertThat(m.outboxId()).isEqualTo(planned.id()));
        assertThat(mail.receivedBy("pg-later@example.com")).isEmpty();
        assertThat(outbox.about("INQ-PG")).extracting(OutboxMessage::status)
            .containsExactlyInAnyOrder(OutboxMessage.Status.SENT, OutboxMessage.Status.PLANNED);
    }

    @Test
    void listsTheLedgersWithEveryFilterOnPostgres() {
        ListFixture rows = ListFixture.seed(clients, inquiries, orders, complaints);

        assertThat(inquiries.list(query(ListFixture.WINDOW + "&size=2&page=1", InquiryRecord.Status.class)))
            .satisfies(page -> assertThat(page.total()).isEqualTo(5))
            .satisfies(page -> assertThat(page.items()).extracting(l -> l.inquiry().id()).containsExactly(rows.i4(), rows.i2()));
        assertThat(inquiries.list(query(ListFixture.WINDOW + "&status=new,lost&country=de", InquiryRecord.Status.class)).items())
            .extracting(l -> l.inquiry().id()).containsExactly(rows.i5(), rows.i4());
        assertThat(inquiries.list(query("client=" + rows.jp().email().toUpperCase() + "&from=2011-05-02&to=2011-05-02",
            InquiryRecord.Status.class)).items()).extracting(l -> l.inquiry().id()).containsExactly(rows.i2());
        assertThat(orders.list(query(ListFixture.WINDOW + "&status=PAID", OrderRecord.Status.class)).items())
            .extracting(l -> l.client().country()).containsExactly("DE");
        assertThat(complaints.list(query("client=" + rows.jp().id(), ComplaintRecord.Status.class)).items())
            .extracting(l -> l.complaint().id()).containsExactly(rows.c1());
    }

    private static <S extends Enum<S>> ListQuery<S> query(String query, Class<S> statuses) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>(
            UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams());
        return ListQuery.parse(params, statuses);
    }
}
