package io.meridian.milestone;

import java.time.Duration;

import io.meridian.inquiry.JourneyDeletions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every {@code meridian.orders.check-interval} (5 minutes by default; empty: never), each node looks for orders whose
 * journey or fulfilment was deleted without its listeners and for milestones left open on orders that are over, as the
 * start does ({@link MilestonesLeftOpen#checkRunning}): the order ledger says CANCELLED within minutes, not at the next
 * restart; so does an inquiry whose journey was deleted without its listeners before any order: LOST
 * ({@link JourneyDeletions#checkRunning}). The running processes are read once a check; an order is locked while it is cancelled, so two nodes checking at
 * once change it once. Tests switch it off and call the check themselves.
 */
@Configuration(proxyBeanMethods = false)
class OrderEndsCheck implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OrderEndsCheck.class);

    private final MilestonesLeftOpen leftOpen;
    private final JourneyDeletions journeys;
    private final Duration interval;

    OrderEndsCheck(MilestonesLeftOpen leftOpen, JourneyDeletions journeys, @Value("${meridian.orders.check-interval:PT5M}") String interval) {
        this.leftOpen = leftOpen;
        this.journeys = journeys;
        this.interval = interval == null || interval.isBlank() ? null : DurationStyle.detectAndParse(interval.strip());
        if (this.interval != null && (this.interval.isNegative() || this.interval.isZero())) {
            throw new IllegalArgumentException("meridian.orders.check-interval must be a positive duration such as PT5M or 5m, or empty"
                + " for no periodic check: " + interval);
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (interval != null) {
            // the first one an interval after the start, which has swept already
            registrar.addFixedDelayTask(new FixedDelayTask(this::checkQuietly, interval, interval));
        }
    }

    private void checkQuietly() {
        try {
            leftOpen.checkRunning();
        } catch (RuntimeException e) {
            // the database may be briefly away; the next check tries again
            log.warn("Check of running orders failed: {}", e.toString());
        }
        try {
            int lost = journeys.checkRunning();
            if (lost > 0) {
                log.info("Check of running inquiries: {} inquiry(ies) whose journey was deleted without its listeners before any"
                    + " order made LOST", lost);
            }
        } catch (RuntimeException e) {
            log.warn("Check of running inquiries failed: {}", e.toString());
        }
    }
}
