package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * How the two-node test tells the killed node's locks from the surviving node's: a dead node locks nothing
 * more, and a job leaves its locks only once the lock has run out. It once asked for every lock to stay, and
 * failed on a busy machine where the killed node held locks taken long before the kill, which ran out meanwhile.
 */
@RunsBeside
class KilledNodeLocksTest {

    private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

    @Test
    void aDeadNodeKeepsWhatItStillHoldsThoughItsOldestLocksRanOutMeanwhile() {
        Map<String, Instant> atKill = Map.of("old", NOW.minusSeconds(1), "a", NOW.plusSeconds(9), "b", NOW.plusSeconds(10));
        Map<String, Instant> later = Map.of("a", NOW.plusSeconds(9), "b", NOW.plusSeconds(10));

        assertThat(TwoNodesOnPostgresTest.stillLockedIfDead(atKill, later, NOW)).containsOnlyKeys("a", "b");
    }

    @Test
    void aNodeThatLockedAnotherJobOrRanOneBeforeItsLockRanOutIsAlive() {
        Map<String, Instant> atKill = Map.of("a", NOW.plusSeconds(9), "b", NOW.plusSeconds(10));

        assertThat(TwoNodesOnPostgresTest.stillLockedIfDead(atKill, Map.of("a", NOW.plusSeconds(9), "b", NOW.plusSeconds(10),
            "new", NOW.plusSeconds(15)), NOW)).as("locked a new job").isEmpty();
        assertThat(TwoNodesOnPostgresTest.stillLockedIfDead(atKill, Map.of("b", NOW.plusSeconds(10)), NOW))
            .as("ran job a while its lock held").isEmpty();
    }
}
