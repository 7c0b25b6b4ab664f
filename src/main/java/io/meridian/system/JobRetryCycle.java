package io.meridian.system;

import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.stereotype.Component;

/**
 * Checks the default retry cycle of failed jobs ({@code MERIDIAN_JOB_RETRY_CYCLE}) at start. Camunda reads it only when
 * a job fails, and one it cannot parse ({@code R5/PT1MIN}, {@code 5 minutes}) it logs and drops: the job then gets
 * Camunda's 3 retries at once instead of the cycle, and stops with an incident within seconds, months after the typo.
 * The start is refused instead, naming the setting and its value.
 */
@Component
class JobRetryCycle {

    static final String PROPERTY = "camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle";

    JobRetryCycle(@Value("${" + PROPERTY + ":}") String cycle) {
        check(cycle);
    }

    /** Refuses what Camunda would not parse: one ISO 8601 repeating interval, or a comma-separated list of durations. */
    static void check(String cycle) {
        if (cycle == null || cycle.isEmpty()) {
            return;
        }
        String[] intervals = cycle.split(",", -1);
        for (String interval : intervals) {
            try {
                DurationHelper parsed = new DurationHelper(interval.strip());
                if (intervals.length > 1 && parsed.isRepeat()) {
                    throw new IllegalArgumentException("a list holds durations, not repetitions");
                }
            } catch (Exception e) {
                throw new InvalidConfigurationPropertyValueException(PROPERTY, cycle, "MERIDIAN_JOB_RETRY_CYCLE '" + cycle
                    + "' is not a retry cycle Camunda reads ('" + interval.strip() + "'): write R5/PT1M (5 retries a minute"
                    + " apart) or a list of waits such as PT1M,PT5M,PT10M");
            }
        }
    }
}
