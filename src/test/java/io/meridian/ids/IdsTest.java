package io.meridian.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void shouldMakeVersion7UuidsInLowerCaseText() {
        String id = Ids.next();

        UUID uuid = UUID.fromString(id);
        assertThat(id).hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).as("RFC 9562's variant").isEqualTo(2);
    }

    @Test
    void shouldCarryTheMillisecondsItWasMadeIn() {
        Ids ids = new Ids(System::currentTimeMillis);
        long before = System.currentTimeMillis();
        UUID uuid = ids.uuid();
        long after = System.currentTimeMillis();

        long millis = uuid.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after);
    }

    @Test
    void shouldSortAsTextInTheOrderTheIdsWereMadeAcrossMilliseconds() {
        long[] clock = {1L, 2L, 15L, 16L, 255L, 256L, 4_095L, 4_096L, 1_764_900_000_000L, 1_764_900_000_001L, 281_474_976_710_655L};
        int[] tick = {0};
        Ids ids = new Ids(() -> clock[Math.min(tick[0]++ / 3, clock.length - 1)]);
        List<String> made = new ArrayList<>();

        for (int i = 0; i < clock.length * 3; i++) {
            made.add(ids.uuid().toString());
        }

        assertThat(made).isSorted().doesNotHaveDuplicates();
        assertThat(UUID.fromString(made.get(made.size() - 1)).getMostSignificantBits() >>> 16)
            .as("the largest time of 48 bits").isEqualTo(281_474_976_710_655L);
    }

    @Test
    void shouldCountOnWithinOneMillisecondAndMoveTheTimeOnWhenTheCounterIsFull() {
        Ids ids = new Ids(() -> 1_000L);
        List<String> made = new ArrayList<>();

        for (int i = 0; i < 6_000; i++) {
            made.add(ids.uuid().toString());
        }

        assertThat(made).isSorted().doesNotHaveDuplicates();
        assertThat(UUID.fromString(made.get(0)).getMostSignificantBits() >>> 16).isEqualTo(1_000L);
        assertThat(UUID.fromString(made.get(made.size() - 1)).getMostSignificantBits() >>> 16)
            .as("6,000 ids cannot fit one millisecond's counter of 4,096").isGreaterThan(1_000L).isLessThanOrEqualTo(1_003L);
    }

    @Test
    void shouldNotGoBackWhenTheClockStepsBack() {
        AtomicLong clock = new AtomicLong(50_000L);
        Ids ids = new Ids(clock::get);
        String early = ids.uuid().toString();

        clock.set(10_000L);
        String afterTheStep = ids.uuid().toString();

        assertThat(afterTheStep).isGreaterThan(early);
        assertThat(UUID.fromString(afterTheStep).getMostSignificantBits() >>> 16).isEqualTo(50_000L);
    }

    @Test
    void shouldStayUniqueAndOrderedPerThreadWhenManyThreadsAskAtOnce() throws Exception {
        Set<String> all = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> sortedPerThread = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                sortedPerThread.add(threads.submit(() -> {
                    String previous = "";
                    boolean sorted = true;
                    for (int i = 0; i < 25_000; i++) {
                        String id = Ids.next();
                        sorted &= id.compareTo(previous) > 0;
                        previous = id;
                        all.add(id);
                    }
                    return sorted;
                }));
            }
            for (Future<Boolean> sorted : sortedPerThread) {
                assertThat(sorted.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(all).hasSize(100_000);
    }

    @Test
    void shouldDrawTheLast62BitsAtRandom() {
        Ids ids = new Ids(() -> 7L);
        Set<Long> tails = new HashSet<>();

        for (int i = 0; i < 1_000; i++) {
            tails.add(ids.uuid().getLeastSignificantBits());
        }

        assertThat(tails).hasSize(1_000).allMatch(bits -> bits >>> 62 == 0b10);
    }
}
