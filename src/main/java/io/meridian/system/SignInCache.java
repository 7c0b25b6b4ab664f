package io.meridian.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The HTTP Basic sign-ins of {@code /api} and {@code /engine-rest} that were right a moment ago, with the
 * user's groups and tenants: without it every request checks the password and reads the user, its groups
 * and its tenants (three commands: 68 of a whole journey's 1,280 statements; the fuzz test's class took
 * 34–35 s without this and 25–27 s with it, alternated). Camunda's webapps keep a sign-in for five minutes
 * ("authentication cache", docs.camunda.org/manual/latest/webapps/shared-options/authentication); this
 * keeps one for {@link LoginSettings#signInTtl()} (30 s). A change of a password, a user, a group, a tenant
 * or a membership made on this node forgets every sign-in at once ({@link ThrottledIdentityProvider}); one
 * made on another node counts once the sign-ins it held are older than the time to live.
 *
 * <p>A sign-in is found by the credentials of the {@code Authorization} header exactly as sent (user and
 * password, encoded), so only a request Camunda would have judged the same way finds it; a wrong password
 * always goes to the engine (and counts in the {@link LoginThrottle}, which answers before this is asked).
 * Only a digest of them is kept, salted with a secret drawn when the server starts.
 */
@Component
class SignInCache {

    private final Clock clock;
    private final LoginSettings settings;
    private final byte[] salt = new byte[32];
    private final Map<Key, SignedIn> signIns = new ConcurrentHashMap<>();
    /** Counts {@link #forgetAll()}: a sign-in read before a change is not remembered after it. */
    private final AtomicLong changes = new AtomicLong();

    @Autowired
    SignInCache(LoginSettings settings) {
        this(settings, Clock.systemUTC());
    }

    SignInCache(LoginSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** A user signed in on an engine, with what Camunda's filter would read for it. */
    record SignedIn(String user, List<String> groups, List<String> tenants, Instant until) {
        SignedIn {
            groups = List.copyOf(groups);
            tenants = List.copyOf(tenants);
        }
    }

    /** An engine's name and the digest of credentials that signed in on it. */
    private record Key(String engine, String digest) {
    }

    /** Who these credentials signed in, if they did within the time to live. */
    Optional<SignedIn> find(String engine, String credentials) {
        SignedIn known = signIns.get(new Key(engine, digest(credentials)));
        return known != null && clock.instant().isBefore(known.until()) ? Optional.of(known) : Optional.empty();
    }

    /** What to hand {@link #remember} for a sign-in that starts now. */
    long changes() {
        return changes.get();
    }

    /**
     * Remembers credentials that signed {@code user} in, with its groups and tenants, unless an identity
     * change came since {@code changesBefore} ({@link #changes()} before the password check): what was read
     * may be what that change replaced.
     */
    void remember(long changesBefore, String engine, String credentials, String user, List<String> groups, List<String> tenants) {
        if (settings.signInTtl().isZero() || settings.signInTtl().isNegative()) {
            return;
        }
        Instant now = clock.instant();
        if (signIns.size() >= settings.signInsKept()) {
            signIns.values().removeIf(s -> !now.isBefore(s.until()));
            if (signIns.size() >= settings.signInsKept()) {
                return;
            }
        }
        Key key = new Key(engine, digest(credentials));
        signIns.put(key, new SignedIn(user, groups, tenants, now.plus(settings.signInTtl())));
        if (changes.get() != changesBefore) {
            signIns.remove(key);
        }
    }

    /** Forgets every sign-in: a user, group, tenant or membership changed. */
    void forgetAll() {
        changes.incrementAndGet();
        signIns.clear();
    }

    int size() {
        return signIns.size();
    }

    private String digest(String credentials) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(credentials.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
