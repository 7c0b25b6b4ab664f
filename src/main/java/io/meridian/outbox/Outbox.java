package io.meridian.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.meridian.ids.Ids;
import io.meridian.outbox.OutboxMessage.Delivery;
import io.meridian.outbox.OutboxMessage.Kind;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Written in the caller's transaction, so a message exists exactly when the
 * process step that planned it has committed; {@link OutboxRelay} sends it later, by SMTP.
 */
@Repository
public class Outbox {

    private final JdbcClient jdbc;

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans an email to a client, to go out at {@code plannedAt} (usually the client's next
     * contact window): plain text and HTML, sent as one multipart message.
     */
    public OutboxMessage planEmail(String recipient, String subject, String text, OutboxMessage.Content content,
                                   Instant plannedAt, String reference) {
        return plan(Kind.CLIENT, recipient, subject, text, plannedAt, reference, content);
    }

    /** Plans a plain-text email to a client (no template, no HTML part). */
    public OutboxMessage planEmail(String recipient, String subject, String body, Instant plannedAt, String reference) {
        return plan(Kind.CLIENT, recipient, subject, body, plannedAt, reference, OutboxMessage.Content.PLAIN);
    }

    /** Plans a notification to a team member or a team's mailbox, to go out at once. */
    public OutboxMessage planInternal(String recipient, String subject, String body, String reference) {
        return plan(Kind.INTERNAL, recipient, subject, body, ClockUtil.now().toInstant(), reference, OutboxMessage.Content.PLAIN);
    }

    /** Every message about one inquiry, order or complaint, oldest first. */
    public List<OutboxMessage> about(String reference) {
        return jdbc.sql("select * from outbox_message where reference = :reference order by created_at, planned_at")
            .param("reference", reference)
            .query((rs, n) -> read(rs))
            .list();
    }

    /** The emails planned and sent for one inquiry, order or complaint, oldest first, without their bodies. */
    public List<PlannedMessage> plannedFor(String reference) {
        return about(reference).stream().map(PlannedMessage::of).toList();
    }

    private OutboxMessage plan(Kind kind, String recipient, String subject, String body, Instant plannedAt, String reference,
                               OutboxMessage.Content content) {
        OutboxMessage message = new OutboxMessage(Ids.next(), recipient, subject, body,
            OutboxMessage.Channel.EMAIL, plannedAt, OutboxMessage.Status.PLANNED, reference, ClockUtil.now().toInstant(),
            kind, Delivery.planned(plannedAt), content);
        jdbc.sql("""
                insert into outbox_message (id, kind, recipient, subject, body, channel, planned_at, next_attempt_at,
                                            status, reference, created_at, body_html, message_kind, languages)
                values (:id, :kind, :recipient, :subject, :body, :channel, :plannedAt, :plannedAt,
                        :status, :reference, :createdAt, :html, :messageKind, :languages)""")
            .param("html", content.html())
            .param("messageKind", content.messageKind())
            .param("languages", content.languages())
            .param("id", message.id())
            .param("kind", kind.name())
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

    static OutboxMessage read(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getString("id"), rs.getString("recipient"), rs.getString("subject"),
            rs.getString("body"), OutboxMessage.Channel.valueOf(rs.getString("channel")),
            rs.getTimestamp("planned_at").toInstant(), OutboxMessage.Status.valueOf(rs.getString("status")),
            rs.getString("reference"), rs.getTimestamp("created_at").toInstant(), Kind.valueOf(rs.getString("kind")),
            new Delivery(rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("sent_at")), rs.getString("last_error")),
            new OutboxMessage.Content(rs.getString("body_html"), rs.getString("message_kind"), rs.getString("languages")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
