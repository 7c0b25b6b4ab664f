package io.meridian.metrics;

import java.time.Instant;

import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.OutboxStatistics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox as the database holds it, so every node reports the same: messages per state
 * ({@code meridian.outbox.messages}, tag {@code status}: planned, sending, sent, failed, withdrawn) and the backlog of planned
 * messages whose time has come ({@code meridian.outbox.due}). Each is one indexed count per scrape.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final OutboxStatistics statistics;

    OutboxMetrics(OutboxStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
            Gauge.builder("meridian.outbox.messages", statistics, s -> s.count(status))
                .description("Client messages and staff notifications in the outbox, by state")
                .tag("status", status.name().toLowerCase())
                .register(registry);
        }
        Gauge.builder("meridian.outbox.due", statistics, s -> s.due(Instant.now()))
            .description("Planned messages whose time has come and that are not sent yet")
            .register(registry);
    }
}
