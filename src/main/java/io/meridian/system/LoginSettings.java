package io.meridian.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords are slowed down (README "Login limits"): per calling address and user, never
 * per account, so nobody can lock a user out from elsewhere.
 *
 * @param maxFailures wrong passwords from one address for one user before it has to wait
 * @param window how long a wrong password counts
 * @param firstBlock the first wait once over the limit; it doubles with each further wrong password
 * @param maxBlock the longest wait
 * @param maxTracked most address-and-user pairs remembered (oldest forgotten first)
 * @param signInTtl how long a right HTTP Basic sign-in is remembered ({@link SignInCache}); zero remembers none
 * @param signInsKept most sign-ins remembered at once
 */
@ConfigurationProperties("meridian.login")
public record LoginSettings(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("PT15M") Duration window,
    @DefaultValue("PT30S") Duration firstBlock,
    @DefaultValue("PT15M") Duration maxBlock,
    @DefaultValue("100000") int maxTracked,
    @DefaultValue("PT30S") Duration signInTtl,
    @DefaultValue("10000") int signInsKept) {
}
