package io.meridian.milestone;

import java.time.Duration;

import io.meridian.inquiry.ClientJourney;
import io.meridian.inquiry.JourneyDeletions;
import io.meridian.order.OrderFulfilment;
import io.meridian.process.RunningInstances;
import io.meridian.settings.PositiveDurations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * At the start and then every {@code meridian.orders.check-interval} (5 minutes by default; empty: never), each node looks
 * for orders whose journey or fulfilment was deleted without its listeners and for milestones left open on orders that are
 * over ({@link MilestonesLeftOpen}): the order ledger says CANCELLED within minutes, not at the next restart; so does an
 * inquiry whose journey was deleted without its listeners before any order: LOST ({@link JourneyDeletions#checkRunning}).
 * The running journeys and fulfilments are read once a check, in one query, and serve both ({@link RunningInstances}); an
 * order is locked while it is cancelled, so two nodes checking at once change it once. Tests switch the periodic check off
 * and call {@link #check} themselves.
 */
@Configuration(proxyBeanMethods = false)
class OrderEndsCheck implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OrderEndsCheck.class);

    private final MilestonesLeftOpen leftOpen;
    private final JourneyDeletions journeys;
    private final RunningInstances processes;
    private final Duration interval;

    OrderEndsCheck(MilestonesLeftOpen leftOpen, JourneyDeletions journeys, RunningInstances processes,
                   @Value("${meridian.orders.check-interval:PT5M}") String interval) {
        this.leftOpen = leftOpen;
        this.journeys = journeys;
        this.processes = processes;
        this.interval = interval(interval);
    }

    private static Duration interval(String value) {
        return value == null || value.isBlank() ? null : PositiveDurations.of("meridian.orders.check-interval", value,
            "it must be a positive duration such as PT5M or 5m, or empty for no periodic check");
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (interval != null) {
            // the first one an interval after the start, which has swept already
            registrar.addFixedDelayTask(new FixedDelayTask(this::check, interval, interval));
        }
    }

    /** What the server missed while it was down: orders first (an inquiry with an order is the order's matter). */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        RunningInstances.Running running = processes.read(OrderFulfilment.KEY, ClientJourney.KEY);
        leftOpen.atStart(running);
        int lost = journeys.checkRunning(running);
        if (lost > 0) {
            log.info("At start: {} inquiry(ies) whose journey was deleted without its listeners before any order made LOST", lost);
        }
    }

    /** One periodic check: the running processes read once, then orders, then inquiries; a failure waits for the next. */
    void check() {
        RunningInstances.Running running;
        try {
            running = processes.read(OrderFulfilment.KEY, ClientJourney.KEY);
        } catch (RuntimeException e) {
            // the database may be briefly away; the next check tries again
            log.warn("Check of running orders and inquiries failed: {}", e.toString());
            return;
        }
        try {
            leftOpen.checkRunning(running);
        } catch (RuntimeException e) {
            log.warn("Check of running orders failed: {}", e.toString());
        }
        try {
            int lost = journeys.checkRunning(running);
            if (lost > 0) {
                log.info("Check of running inquiries: {} inquiry(ies) whose journey was deleted without its listeners before any"
                    + " order made LOST", lost);
            }
        } catch (RuntimeException e) {
            log.warn("Check of running inquiries failed: {}", e.toString());
        }
    }
}
