package io.meridian.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long an answer is kept for repeats
 * @param waitForFirst how long a repeat that arrives while the first is still running waits for its answer
 */
@ConfigurationProperties("meridian.idempotency")
public record IdempotencySettings(
    @DefaultValue("P1D") Duration retention,
    @DefaultValue("PT30S") Duration waitForFirst) {
}
