package io.meridian.metrics;

import java.time.Duration;

import io.meridian.escalation.SweepReport;
import io.meridian.testsupport.RunsBeside;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep's meters: levels applied by level, each run's duration (check plus apply) and the tasks it checked. */
@RunsBeside
class EscalationMetricsTest {

    @Test
    void shouldCountLevelsByLevelAndTimeEachRun() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        EscalationMetrics metrics = new EscalationMetrics(registry);
        assertThat(registry.get("meridian.escalation.levels.applied").counters()).as("the shipped levels, at 0 before any escalation")
            .hasSize(EscalationMetrics.SHIPPED_LEVELS).allSatisfy(c -> assertThat(c.count()).isZero());

        metrics.escalated("task-1", 1);
        metrics.escalated("task-1", 2);
        metrics.escalated("task-2", 1);
        metrics.swept(new SweepReport(120, 2, 0, Duration.ofMillis(30), Duration.ofMillis(20)));

        assertThat(registry.get("meridian.escalation.levels.applied").tag("level", "1").counter().count()).isEqualTo(2);
        assertThat(registry.get("meridian.escalation.levels.applied").tag("level", "2").counter().count()).isEqualTo(1);
        metrics.escalated("task-3", 4);
        assertThat(registry.get("meridian.escalation.levels.applied").tag("level", "4").counter().count()).as("a level a workbook added")
            .isEqualTo(1);
        assertThat(registry.get("meridian.escalation.sweep").timer().count()).isEqualTo(1);
        assertThat(registry.get("meridian.escalation.sweep").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
            .isEqualTo(50);
        assertThat(registry.get("meridian.escalation.sweep.tasks.checked").summary().totalAmount()).isEqualTo(120);
    }
}
