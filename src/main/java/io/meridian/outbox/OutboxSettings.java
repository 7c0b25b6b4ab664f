package io.meridian.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay works. All of its state is in the database, so every node may poll.
 *
 * @param pollEnabled     whether this node polls the outbox at all (tests call the relay themselves)
 * @param pollInterval    pause between two rounds of the relay
 * @param batchSize       most messages one round sends, so a backlog never holds a node for long
 * @param maxAttempts     sending attempts before a message is marked FAILED
 * @param firstRetryDelay wait after the first failed attempt; it doubles with every further one
 * @param lease           how long a claim holds; a node that stopped mid-send frees its message after
 *                        it (keep it well above the SMTP time-outs)
 * @param reportInterval  how often, at most, the relay repeats that messages wait for an SMTP host
 */
@Validated
@ConfigurationProperties("meridian.outbox")
public record OutboxSettings(
    @DefaultValue("true") boolean pollEnabled,
    @DefaultValue("PT15S") Duration pollInterval,
    @DefaultValue("50") @Positive @Max(1000) int batchSize,
    @DefaultValue("5") @Positive int maxAttempts,
    @DefaultValue("PT1M") Duration firstRetryDelay,
    @DefaultValue("PT5M") Duration lease,
    @DefaultValue("PT1H") Duration reportInterval) {

    /** The wait after {@code attempts} failed attempts: the first delay, doubled for each attempt after the first. */
    Duration retryDelay(int attempts) {
        return firstRetryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    }
}
