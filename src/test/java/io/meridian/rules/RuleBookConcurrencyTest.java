package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Decisions during reloads see the old or the new version, never a mix and never an error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {RulesApiTest.IN_MEMORY, RulesApiTest.NO_FOLDER})
class RuleBookConcurrencyTest {

    private static final int THREADS = 6;
    private static final int SWAPS = 400;

    @Autowired
    RuleBook book;
    @Autowired
    RuleVersions versions;
    @Autowired
    EtiquetteService etiquette;

    @Test
    void shouldAnswerEveryDecisionFromExactlyOneVersionWhileVersionsAreSwapped() throws Exception {
        CompiledTable original = book.active("etiquette");
        // two accepted versions that answer Japan differently; submitting a known workbook only re-activates it
        CompiledTable indirect = versions.submit("etiquette", Workbooks.etiquette(), "ana");
        CompiledTable direct = versions.submit("etiquette", Workbooks.etiquetteWithDirectJapan(), "ana");
        Map<String, String> directnessByVersion = Map.of(
            String.valueOf(indirect.version()), "INDIRECT", String.valueOf(direct.version()), "DIRECT");

        AtomicBoolean swapping = new AtomicBoolean(true);
        AtomicInteger decisions = new AtomicInteger();
        List<String> wrong = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch started = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                started.countDown();
                while (swapping.get()) {
                    try {
                        Etiquette answer = etiquette.decide("JP", Instant.parse("2027-03-10T10:00:00Z"), Tier.B);
                        seen.computeIfAbsent(answer.rulesVersion(), v -> new AtomicInteger()).incrementAndGet();
                        String expected = directnessByVersion.get(answer.rulesVersion());
                        boolean firedFromOneBuild = answer.firedRules().stream().allMatch(r -> r.sheet() != null);
                        if (!answer.directness().equals(expected) || !firedFromOneBuild) {
                            wrong.add(answer.rulesVersion() + " answered " + answer.directness());
                        }
                    } catch (RuntimeException e) {
                        wrong.add(e.toString());
                    }
                    decisions.incrementAndGet();
                }
            });
        }
        started.await();
        for (int i = 0; i < SWAPS; i++) {
            book.activate(i % 2 == 0 ? indirect : direct);
            Thread.sleep(1);
        }
        swapping.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        versions.activate("etiquette", original.version(), "test");

        assertThat(wrong).isEmpty();
        assertThat(seen.keySet()).containsExactlyInAnyOrder(directnessByVersion.keySet().toArray(String[]::new));
        assertThat(decisions.get()).isGreaterThan(SWAPS);
    }
}
