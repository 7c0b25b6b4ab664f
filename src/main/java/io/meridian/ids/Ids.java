package io.meridian.ids;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Time-ordered UUIDs (RFC 9562, version 7) for the ledgers' primary keys: 48 bits of Unix time in
 * milliseconds, the version, a 12-bit counter, the variant and 62 random bits. The counter starts at a
 * random value below 2,048 in each new millisecond and counts up within it, so ids made one after the
 * other in this JVM sort in the order they were made (when it passes 4,095 the time moves on by a
 * millisecond, as RFC 9562 section 6.2 allows); a clock that steps back does not take the ids back with
 * it. Ids from several nodes stay apart by their random bits. As text (lower-case, 36 characters) a
 * later millisecond sorts after an earlier one, which is what keeps a B-tree's inserts at its right edge.
 * <p>
 * Not for anything that must be hard to guess: 62 random bits, and the moment a row was made readable
 * from its id.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Ids SYSTEM = new Ids(System::currentTimeMillis);
    private static final int COUNTER_BITS = 12;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62 = 0x3FFF_FFFF_FFFF_FFFFL;

    private final LongSupplier millis;
    /** The last id's milliseconds and counter: millis << 12 | counter. */
    private final AtomicLong last = new AtomicLong();

    Ids(LongSupplier millis) {
        this.millis = millis;
    }

    /** A new id as text, e.g. {@code 019ae5c4-2f3b-7a41-9c3e-5b8d0e2f4a61}. */
    public static String next() {
        return SYSTEM.uuid().toString();
    }

    UUID uuid() {
        long stamp = stamp();
        long most = (stamp >>> COUNTER_BITS) << 16 | VERSION_7 | (stamp & ((1 << COUNTER_BITS) - 1));
        return new UUID(most, VARIANT | (RANDOM.nextLong() & RANDOM_62));
    }

    private long stamp() {
        while (true) {
            long previous = last.get();
            long now = millis.getAsLong() << COUNTER_BITS;
            long next = now > previous ? now | RANDOM.nextInt(1 << (COUNTER_BITS - 1)) : previous + 1;
            if (last.compareAndSet(previous, next)) {
                return next;
            }
        }
    }
}
