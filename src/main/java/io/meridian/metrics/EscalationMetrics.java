package io.meridian.metrics;

import io.meridian.escalation.EscalationListener;
import io.meridian.escalation.SweepReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The escalation sweep: levels applied by level ({@code meridian.escalation.levels.applied}), each run's duration
 * ({@code meridian.escalation.sweep}, check and apply together) and the open tasks it checked
 * ({@code meridian.escalation.sweep.tasks.checked}).
 */
@Component
class EscalationMetrics implements EscalationListener {

    private final MeterRegistry registry;
    private final Timer sweeps;
    private final DistributionSummary checked;

    /**
     * The levels of the shipped escalation table (1 remind the assignee, 2 escalate to the managers, 3 notify them), counted from 0 at start so
     * that a scrape sees them before the first escalation; a level a workbook adds appears when it is first applied.
     */
    static final int SHIPPED_LEVELS = 3;

    EscalationMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (int level = 1; level <= SHIPPED_LEVELS; level++) {
            levels(level);
        }
        this.sweeps = Timer.builder("meridian.escalation.sweep").description("Escalation sweep runs, check and apply")
            .register(registry);
        this.checked = DistributionSummary.builder("meridian.escalation.sweep.tasks.checked")
            .description("Open tasks with a due time checked by one sweep").baseUnit("tasks").register(registry);
    }

    @Override
    public void escalated(String taskId, int level) {
        levels(level).increment();
    }

    private Counter levels(int level) {
        return Counter.builder("meridian.escalation.levels.applied").description("Escalation levels applied to tasks")
            .tag("level", String.valueOf(level)).register(registry);
    }

    @Override
    public void swept(SweepReport report) {
        sweeps.record(report.checkTime().plus(report.applyTime()));
        checked.record(report.tasksChecked());
    }
}
