package io.meridian.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the escalation sweep runs and how much one run may do.
 *
 * @param sweepCycle       the time cycle of the sweep's timer start event: ISO 8601 repeating
 *                         interval ({@code R/PT1M}, every minute) or a Quartz-style cron
 *                         expression whose first field is seconds ({@code 0 * * * * ?})
 * @param maxTasksPerSweep most tasks one run escalates, most overdue first; one run is one
 *                         transaction, so this bounds it after an outage, and the rest wait for
 *                         the next run
 */
@Validated
@ConfigurationProperties("meridian.escalation")
public record EscalationSettings(
    @DefaultValue("R/PT1M") @NotBlank String sweepCycle,
    @DefaultValue("500") @Positive int maxTasksPerSweep) {
}
