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

    EscalationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sweeps = Timer.builder("meridian.escalation.sweep").description("Escalation sweep runs, check and apply")
            .register(registry);
        this.checked = DistributionSummary.builder("meridian.escalation.sweep.tasks.checked")
            .description("Open tasks with a due time checked by one sweep").baseUnit("tasks").register(registry);
    }

    @Override
    public void escalated(String taskId, int level) {
        Counter.builder("meridian.escalation.levels.applied").description("Escalation levels applied to tasks")
            .tag("level", String.valueOf(level)).register(registry).increment();
    }

    @Override
    public void swept(SweepReport report) {
        sweeps.record(report.checkTime().plus(report.applyTime()));
        checked.record(report.tasksChecked());
    }
}
