package io.meridian.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords counted per calling address and user. Over {@link LoginSettings#maxFailures()}
 * within the window, that address must wait before it may try that user again (the wait doubles
 * with each further wrong password, up to the maximum); a right password clears the count. The
 * same user from another address is never held up. Kept in memory per node: a restart or another
 * node starts counting afresh, which costs an attacker nothing he could not get by changing address.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    private final LoginSettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(LoginSettings settings) {
        this(settings, Clock.systemUTC());
    }

    LoginThrottle(LoginSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    private record Failures(int count, Instant first, Instant blockedUntil) {
    }

    /** The address of the request being served on this thread; null outside a request. */
    static void callerAddress(String address) {
        if (address == null) {
            CALLER.remove();
        } else {
            CALLER.set(address);
        }
    }

    static String callerAddress() {
        return CALLER.get();
    }

    /** How long {@code address} must still wait before it may try {@code user} again; empty when it may now. */
    public Optional<Duration> waitFor(String address, String user) {
        Failures f = failures.get(key(address, user));
        Instant now = clock.instant();
        if (f == null || f.blockedUntil() == null || !f.blockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    /** Records the outcome of a password check made for the current request (none outside a request). */
    void checked(String user, boolean right) {
        String address = CALLER.get();
        if (address == null || user == null) {
            return;
        }
        String key = key(address, user);
        if (right) {
            failures.remove(key);
            return;
        }
        Instant now = clock.instant();
        Failures f = failures.compute(key, (k, old) -> {
            int count = old == null || old.first().plus(settings.window()).isBefore(now) ? 1 : old.count() + 1;
            Instant first = count == 1 ? now : old.first();
            Instant blockedUntil = null;
            if (count >= settings.maxFailures()) {
                int doublings = Math.min(count - settings.maxFailures(), 20);
                Duration wait = settings.firstBlock().multipliedBy(1L << doublings);
                blockedUntil = now.plus(wait.compareTo(settings.maxBlock()) > 0 ? settings.maxBlock() : wait);
            }
            return new Failures(count, first, blockedUntil);
        });
        if (f.blockedUntil() != null) {
            log.warn("Login of user '{}' from {} held until {} after {} wrong passwords", user, address, f.blockedUntil(), f.count());
        }
        if (failures.size() > settings.maxTracked()) {
            forgetExpired(now);
        }
    }

    private void forgetExpired(Instant now) {
        failures.entrySet().removeIf(e -> e.getValue().first().plus(settings.window()).isBefore(now)
            && (e.getValue().blockedUntil() == null || e.getValue().blockedUntil().isBefore(now)));
        if (failures.size() > settings.maxTracked()) {
            // still too many live entries: drop the oldest half rather than grow without bound
            failures.values().stream().map(Failures::first).sorted().skip(failures.size() / 2).findFirst()
                .ifPresent(median -> failures.entrySet().removeIf(e -> e.getValue().first().isBefore(median)));
        }
    }

    private static String key(String address, String user) {
        return address + '\n' + user;
    }
}
