package io.meridian.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Written in the caller's transaction, so a message exists exactly when the
 * process step that planned it has committed.
 */
@Repository
public class Outbox {

    private final JdbcClient jdbc;

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OutboxMessage planEmail(String recipient, String subject, String body, Instant plannedAt, String reference) {
        OutboxMessage message = new OutboxMessage(UUID.randomUUID().toString(), recipient, subject, body,
            OutboxMessage.Channel.EMAIL, plannedAt, OutboxMessage.Status.PLANNED, reference, ClockUtil.now().toInstant());
        jdbc.sql("""
                insert into outbox_message (id, recipient, subject, body, channel, planned_at, status, reference, created_at)
                values (:id, :recipient, :subject, :body, :channel, :plannedAt, :status, :reference, :createdAt)""")
            .param("id", message.id())
            .param("recipient", message.recipient())
            .param("subject", message.subject())
            .param("body", message.body())
            .param("channel", message.channel().name())
            .param("plannedAt", Timestamp.from(message.plannedAt()))
            .param("status", message.status().name())
            .param("reference", message.reference())
            .param("createdAt", Timestamp.from(message.createdAt()))
            .update();
        return message;
    }

    /** Every message about one inquiry or order, oldest first. */
    public List<OutboxMessage> about(String reference) {
        return jdbc.sql("select * from outbox_message where reference = :reference order by created_at, planned_at")
            .param("reference", reference)
            .query((rs, n) -> new OutboxMessage(rs.getString("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), OutboxMessage.Channel.valueOf(rs.getString("channel")),
                rs.getTimestamp("planned_at").toInstant(), OutboxMessage.Status.valueOf(rs.getString("status")),
                rs.getString("reference"), rs.getTimestamp("created_at").toInstant()))
            .list();
    }
}
