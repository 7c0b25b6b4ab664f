package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.meridian.etiquette.EtiquetteService;
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

        assertThat(mail.received()).singleElement().satisfies(m -> assertThat(m.outboxId()).isEqualTo(planned.id()));
        assertThat(outbox.about("INQ-PG")).extracting(OutboxMessage::status)
            .containsExactlyInAnyOrder(OutboxMessage.Status.SENT, OutboxMessage.Status.PLANNED);
    }
}
