package io.meridian.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /** The messages of one record, by the index on their reference (migration V15_2): the outbox only grows. */
    static final String ABOUT = "select * from outbox_message where reference = :reference order by created_at, planned_at";

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
        return plan(Kind.CLIENT, recipient, subject, text, plannedAt, reference, content, null);
    }

    /**
     * The least time between two client emails about one matter that wait for the same moment: the relay's rounds
     * (every 15 seconds by default) send the earlier before the later is due.
     */
    public static final Duration AFTER_WAITING = Duration.ofMinutes(1);

    /**
     * As {@link #planEmail(String, String, String, OutboxMessage.Content, Instant, String)}, but never before a client email
     * about one of {@code chain} (the matter and the ones it grew out of: an order's inquiry) that still waits to go out:
     * the new email follows the last of them ({@code follows}), and the relay holds it while that one is PLANNED or
     * SENDING, retries included, so the client reads them in the order they were written (the quote, then the order
     * confirmation) even when the earlier one's send failed and is tried again later. Planned for the same moment or
     * before, it is planned {@link #AFTER_WAITING} after the last of them. An email planned to go at once ({@code plannedAt}
     * not after now: the crisis channel) is not held back.
     */
    public OutboxMessage planEmail(String recipient, String subject, String text, OutboxMessage.Content content,
                                   Instant plannedAt, String reference, Collection<String> chain) {
        Optional<Waiting> last = chain.isEmpty() || !plannedAt.isAfter(ClockUtil.now().toInstant()) ? Optional.empty() : lastWaiting(chain);
        Instant at = last.filter(w -> !w.at().isBefore(plannedAt)).map(w -> w.at().plus(AFTER_WAITING)).orElse(plannedAt);
        return plan(Kind.CLIENT, recipient, subject, text, at, reference, content, last.map(Waiting::id).orElse(null));
    }

    /** A client email still to go out, and when it is due. */
    private record Waiting(String id, Instant at) {
    }

    /** The client email about {@code chain} still to go out (PLANNED or SENDING) that goes last, the latest written of a moment. */
    private Optional<Waiting> lastWaiting(Collection<String> chain) {
        return jdbc.sql("""
                select id, next_attempt_at from outbox_message
                where reference in (:chain) and kind = 'CLIENT' and status in ('PLANNED', 'SENDING')
                order by next_attempt_at desc, created_at desc, id desc fetch first 1 rows only""")
            .param("chain", List.copyOf(chain))
            .query((rs, n) -> new Waiting(rs.getString("id"), rs.getTimestamp("next_attempt_at").toInstant()))
            .optional();
    }

    /** Plans a plain-text email to a client (no template, no HTML part). */
    public OutboxMessage planEmail(String recipient, String subject, String body, Instant plannedAt, String reference) {
        return plan(Kind.CLIENT, recipient, subject, body, plannedAt, reference, OutboxMessage.Content.PLAIN, null);
    }

    /** Plans a notification to a team member or a team's mailbox, to go out at once. */
    public OutboxMessage planInternal(String recipient, String subject, String body, String reference) {
        return plan(Kind.INTERNAL, recipient, subject, body, ClockUtil.now().toInstant(), reference, OutboxMessage.Content.PLAIN, null);
    }

    /**
     * Withdraws the client emails of {@code messageKind} about {@code reference} that are still waiting to go out
     * (PLANNED: no node has claimed them), because a later one takes their place; says why in {@code last_error}.
     * One a node has claimed already goes out. Returns how many were withdrawn.
     */
    public int withdrawPlanned(String reference, String messageKind, String why) {
        return jdbc.sql("""
                update outbox_message set status = 'WITHDRAWN', last_error = :why
                where reference = :reference and message_kind = :messageKind and kind = 'CLIENT' and status = 'PLANNED'""")
            .param("why", why).param("reference", reference).param("messageKind", messageKind)
            .update();
    }

    /**
     * Withdraws every client email about {@code reference} still waiting to go out (PLANNED), whatever its kind, because
     * the matter is over (an order cancelled: no confirmation, report or tracking number reaches the client about it); says
     * why in {@code last_error}. Sent emails stay, one a node has claimed already goes out, staff notifications go on.
     * Returns how many were withdrawn.
     */
    public int withdrawAllPlanned(String reference, String why) {
        return jdbc.sql("""
                update outbox_message set status = 'WITHDRAWN', last_error = :why
                where reference = :reference and kind = 'CLIENT' and status = 'PLANNED'""")
            .param("why", why).param("reference", reference)
            .update();
    }

    /**
     * As {@link #withdrawAllPlanned}, for the emails written up to {@code writtenBy} only: a matter that ended then (a journey
     * deleted) withdraws what was written for it before, not an email the team wrote about it after.
     */
    public int withdrawAllPlannedBefore(String reference, Instant writtenBy, String why) {
        return jdbc.sql("""
                update outbox_message set status = 'WITHDRAWN', last_error = :why
                where reference = :reference and kind = 'CLIENT' and status = 'PLANNED' and created_at <= :writtenBy""")
            .param("why", why).param("reference", reference).param("writtenBy", Timestamp.from(writtenBy))
            .update();
    }

    /** Every message about one inquiry, order or complaint, oldest first. */
    public List<OutboxMessage> about(String reference) {
        return jdbc.sql(ABOUT)
            .param("reference", reference)
            .query((rs, n) -> read(rs))
            .list();
    }

    /** One message, if it exists. */
    public Optional<OutboxMessage> byId(String id) {
        return jdbc.sql("select * from outbox_message where id = :id").param("id", id).query((rs, n) -> read(rs)).optional();
    }

    /**
     * A FAILED message planned again to go out at once to {@code recipient} (the same or a corrected
     * address), its attempts counted from nought, with who did it. False when the message is not FAILED
     * (sent again or settled already).
     */
    public boolean sendAgain(String id, String recipient, OutboxMessage.Settlement settlement) {
        return jdbc.sql("""
                update outbox_message set status = 'PLANNED', recipient = :recipient, attempts = 0, next_attempt_at = :at,
                       claimed_until = null, settled_at = :at, settled_by = :by, settlement = :note
                where id = :id and status = 'FAILED'""")
            .param("recipient", recipient)
            .param("at", Timestamp.from(settlement.at()))
            .param("by", settlement.by())
            .param("note", settlement.note())
            .param("id", id)
            .update() == 1;
    }

    /**
     * Every client email still planned for {@code old} (in any case, as the client ledger compares addresses) goes to
     * {@code address} instead: a client address corrected after a bounce or changed by {@code PATCH /api/clients/{id}}.
     * Emails going out, sent or failed keep their recipient. Answers how many now go to {@code address}.
     */
    public int redirectPlanned(String old, String address) {
        return jdbc.sql("""
                update outbox_message set recipient = :address
                where lower(trim(recipient)) = :old and kind = 'CLIENT' and status = 'PLANNED'""")
            .param("address", address)
            .param("old", old.trim().toLowerCase(Locale.ROOT))
            .update();
    }

    /**
     * The client emails to {@code address} (in any case) still waiting for the time they were planned for (PLANNED, not tried
     * yet, planned for a later moment than they were written: not one planned to go at once), soonest first.
     */
    public List<OutboxMessage> waitingFor(String address) {
        return jdbc.sql("""
                select * from outbox_message
                where lower(trim(recipient)) = :address and kind = 'CLIENT' and status = 'PLANNED' and attempts = 0
                  and planned_at > created_at
                order by planned_at, created_at""")
            .param("address", address.trim().toLowerCase(Locale.ROOT))
            .query((rs, n) -> read(rs))
            .list();
    }

    /** A client email still PLANNED and not tried yet planned for {@code at} instead; false when it has gone out or been tried since. */
    public boolean replan(String id, Instant at) {
        return jdbc.sql("""
                update outbox_message set planned_at = :at, next_attempt_at = :at
                where id = :id and kind = 'CLIENT' and status = 'PLANNED' and attempts = 0""")
            .param("at", Timestamp.from(at))
            .param("id", id)
            .update() == 1;
    }

    /** A FAILED message the client got another way: it stays FAILED, with how. False when it is not FAILED or settled already. */
    public boolean settle(String id, OutboxMessage.Settlement settlement) {
        return jdbc.sql("""
                update outbox_message set settled_at = :at, settled_by = :by, settlement = :note
                where id = :id and status = 'FAILED' and settled_at is null""")
            .param("at", Timestamp.from(settlement.at()))
            .param("by", settlement.by())
            .param("note", settlement.note())
            .param("id", id)
            .update() == 1;
    }

    /** The emails planned and sent for one inquiry, order or complaint, oldest first, without their bodies. */
    public List<PlannedMessage> plannedFor(String reference) {
        return about(reference).stream().map(PlannedMessage::of).toList();
    }

    /** @param follows the email this one goes after (held while that one is still to go out), null for none */
    private OutboxMessage plan(Kind kind, String recipient, String subject, String body, Instant plannedAt, String reference,
                               OutboxMessage.Content content, String follows) {
        OutboxMessage message = new OutboxMessage(Ids.next(), recipient, subject, body,
            OutboxMessage.Channel.EMAIL, plannedAt, OutboxMessage.Status.PLANNED, reference, ClockUtil.now().toInstant(),
            kind, Delivery.planned(plannedAt, follows), content);
        jdbc.sql("""
                insert into outbox_message (id, kind, recipient, subject, body, channel, planned_at, next_attempt_at,
                                            status, reference, created_at, body_html, message_kind, languages, follows)
                values (:id, :kind, :recipient, :subject, :body, :channel, :plannedAt, :plannedAt,
                        :status, :reference, :createdAt, :html, :messageKind, :languages, :follows)""")
            .param("follows", follows)
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
                instant(rs.getTimestamp("sent_at")), rs.getString("last_error"), settlement(rs), rs.getString("follows")),
            new OutboxMessage.Content(rs.getString("body_html"), rs.getString("message_kind"), rs.getString("languages")));
    }

    private static OutboxMessage.Settlement settlement(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("settled_at");
        return at == null ? null : new OutboxMessage.Settlement(rs.getString("settled_by"), at.toInstant(), rs.getString("settlement"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
