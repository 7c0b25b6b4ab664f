package io.meridian.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the relay every {@code meridian.outbox.poll-interval} on every node: all state is claimed
 * in the database, so an in-process scheduler is enough. Tests switch it off
 * ({@code meridian.outbox.poll-enabled=false}) and call the relay themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxPolling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxPolling.class);

    private final OutboxRelay relay;
    private final OutboxSettings settings;

    OutboxPolling(OutboxRelay relay, OutboxSettings settings) {
        this.relay = relay;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.pollEnabled()) {
            registrar.addFixedDelayTask(this::relayQuietly, settings.pollInterval());
        }
    }

    private void relayQuietly() {
        try {
            relay.relayDue();
        } catch (RuntimeException e) {
            // the database may be briefly away; the next round tries again
            log.warn("Outbox relay round failed: {}", e.toString());
        }
    }
}
