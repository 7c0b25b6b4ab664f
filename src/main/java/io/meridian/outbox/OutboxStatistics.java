package io.meridian.outbox;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many messages the outbox holds in a state, and how many are due but not sent: one indexed count each. */
@Component
public class OutboxStatistics {

    private final JdbcClient jdbc;
    private final OutboxQueue queue;

    OutboxStatistics(JdbcClient jdbc, OutboxQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    /** Messages in {@code status}, on every node. */
    public long count(OutboxMessage.Status status) {
        return jdbc.sql("select count(*) from outbox_message where status = :status")
            .param("status", status.name())
            .query(Long.class)
            .single();
    }

    /** Planned messages whose time has come and that no node has sent yet, but for those waiting for the email they follow. */
    public long due(Instant now) {
        return queue.countDue(now);
    }
}
