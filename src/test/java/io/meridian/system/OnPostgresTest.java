package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL tests ask their server: whether a session waits for a lock another holds. */
class OnPostgresTest extends OnPostgres {

    /** A lock key no other test takes. */
    private static final long KEY = 0x0E_5017L;

    @Test
    void aSessionWaitingForAnotherSessionsLockIsSeenUntilItGetsIt() throws Exception {
        try (Connection holder = postgres().getPostgresDatabase().getConnection();
             Statement hold = holder.createStatement()) {
            hold.execute("select pg_advisory_lock(" + KEY + ")");
            CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
                try (Connection other = postgres().getPostgresDatabase().getConnection();
                     Statement take = other.createStatement()) {
                    take.execute("select pg_advisory_lock(" + KEY + ")");
                    take.execute("select pg_advisory_unlock(" + KEY + ")");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Awaitility.await("the other session waits").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(OnPostgres::aSessionWaitsForALock);
            assertThat(waiter).isNotDone();
            hold.execute("select pg_advisory_unlock(" + KEY + ")");
            waiter.get(30, TimeUnit.SECONDS);
        }
        Awaitility.await("nobody waits once the lock is free").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
            .until(() -> !aSessionWaitsForALock());
    }
}
