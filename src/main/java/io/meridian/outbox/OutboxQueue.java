package io.meridian.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery side of the outbox table, shared by every node on the database. Each change is one
 * conditional UPDATE, committed on its own: a node owns a message only when its claim changed the
 * row, and the attempt count it wrote fences its later updates, so a node whose lease ran out can
 * no longer touch a message another node has claimed since.
 */
@Repository
class OutboxQueue {

    /** A message this node has claimed; {@code attempt} counts this attempt and identifies the claim. */
    record Claim(OutboxMessage message, int attempt) {
    }

    /**
     * Due now and not held: an email that follows another ({@code follows}, migration V20_1) waits while that one is still
     * to go out (PLANNED, a retry included, or SENDING), so the client reads them in the order they were written.
     */
    private static final String DUE = """
        ((status = 'PLANNED' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_until <= :now))
        and not exists (select 1 from outbox_message earlier where earlier.id = outbox_message.follows
                        and earlier.status in ('PLANNED', 'SENDING'))""";

    private final JdbcClient jdbc;

    OutboxQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Messages to send now: planned and due, or claimed by a node whose lease ran out. Oldest first. */
    List<OutboxMessage> due(Instant now, int limit) {
        return jdbc.sql("select * from outbox_message where " + DUE + " order by next_attempt_at, id fetch first :limit rows only")
            .param("now", Timestamp.from(now))
            .param("limit", limit)
            .query((rs, n) -> Outbox.read(rs))
            .list();
    }

    /** Messages planned and due but not sent (one waiting for the email it follows is not due yet). */
    long countDue(Instant now) {
        return jdbc.sql("select count(*) from outbox_message where status = 'PLANNED' and " + DUE)
            .param("now", Timestamp.from(now))
            .query(Long.class)
            .single();
    }

    /** Claims a message seen by {@link #due}; empty when another node was faster. */
    Optional<Claim> claim(OutboxMessage message, String node, Instant now, Instant leaseUntil) {
        int seen = message.delivery().attempts();
        int updated = jdbc.sql("update outbox_message set status = 'SENDING', attempts = attempts + 1, claimed_until = :leaseUntil,"
                + " claimed_by = :node where id = :id and attempts = :seen and " + DUE)
            .param("leaseUntil", Timestamp.from(leaseUntil))
            .param("node", node)
            .param("id", message.id())
            .param("seen", seen)
            .param("now", Timestamp.from(now))
            .update();
        return updated == 1 ? Optional.of(new Claim(message, seen + 1)) : Optional.empty();
    }

    /** Whether the claim still held when the message was marked sent. */
    boolean sent(Claim claim, Instant sentAt) {
        return whileClaimed(claim, "status = 'SENT', sent_at = :sentAt", Map.of("sentAt", Timestamp.from(sentAt)));
    }

    /** Back to PLANNED, due again at {@code nextAttemptAt}. */
    boolean retryLater(Claim claim, Instant nextAttemptAt, String error) {
        return whileClaimed(claim, "status = 'PLANNED', next_attempt_at = :next, last_error = :error",
            Map.of("next", Timestamp.from(nextAttemptAt), "error", error));
    }

    /**
     * Back to PLANNED as it was before the claim, the attempt not counted: the mail server could not be
     * reached, which says nothing about the message. {@code last_error} says what the relay waits for.
     */
    boolean released(Claim claim, String error) {
        return whileClaimed(claim, "status = 'PLANNED', attempts = attempts - 1, last_error = :error", Map.of("error", error));
    }

    /**
     * Every message due and waiting says what it waits for (one statement a round while the server is away, changing
     * only the rows that do not say so yet), so that a record's message list tells why its email has not gone out.
     */
    int waitingForServer(Instant now, String error) {
        return jdbc.sql("update outbox_message set last_error = :error where status = 'PLANNED' and next_attempt_at <= :now"
                + " and (last_error is null or last_error <> :error)")
            .param("error", error)
            .param("now", Timestamp.from(now))
            .update();
    }

    /**
     * A client email that missed the client's send window waits for their next one ({@link ClientSendWindow}): still
     * PLANNED, due at {@code opening}, {@code last_error} saying why; its attempts stay. False when another node claimed
     * or changed it first.
     */
    boolean moved(OutboxMessage message, Instant now, Instant opening, String why) {
        return jdbc.sql("update outbox_message set next_attempt_at = :opening, last_error = :why"
                + " where id = :id and status = 'PLANNED' and attempts = :seen and next_attempt_at <= :now")
            .param("opening", Timestamp.from(opening))
            .param("why", why)
            .param("id", message.id())
            .param("seen", message.delivery().attempts())
            .param("now", Timestamp.from(now))
            .update() == 1;
    }

    /**
     * WITHDRAWN instead of sent: the matter it is about ended while it waited (an order cancelled behind the server's back,
     * {@link ClientEmailCheck}); {@code last_error} says why. Never sent again.
     */
    boolean withdrawn(Claim claim, String why) {
        return whileClaimed(claim, "status = 'WITHDRAWN', last_error = :why", Map.of("why", why));
    }

    /** FAILED for good: kept in the table for a person to look at, never sent again by the relay. */
    boolean failed(Claim claim, String error) {
        return whileClaimed(claim, "status = 'FAILED', last_error = :error", Map.of("error", error));
    }

    /**
     * One update of a message this node has claimed, fenced by the claim: {@code set} (with its {@code params}) applies
     * only while the message is SENDING with this claim's attempt count, and the claim ends. Whether it applied.
     */
    private boolean whileClaimed(Claim claim, String set, Map<String, Object> params) {
        return jdbc.sql("update outbox_message set " + set + ", claimed_until = null"
                + " where id = :id and status = 'SENDING' and attempts = :attempt")
            .params(params)
            .param("id", claim.message().id())
            .param("attempt", claim.attempt())
            .update() == 1;
    }

    /** FAILED without a new attempt: the lease of the last allowed attempt ran out (the node stopped mid-send). */
    boolean abandoned(OutboxMessage message, Instant now, String error) {
        return jdbc.sql("update outbox_message set status = 'FAILED', last_error = :error, claimed_until = null"
                + " where id = :id and status = 'SENDING' and attempts = :attempt and claimed_until <= :now")
            .param("error", error)
            .param("id", message.id())
            .param("attempt", message.delivery().attempts())
            .param("now", Timestamp.from(now))
            .update() == 1;
    }
}
