package io.meridian.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builds of this JVM, so that the same bytes of a table are built once: by the start-up
 * build on its own thread ({@link RulesPrecompiler}), by every application context of a test
 * run, by the workbench's "Check" and then "Activate", and by the folder watcher seeing a
 * workbook that was just uploaded. A build is keyed by table name and the SHA-256 of the bytes
 * ({@link DecisionTableCompiler#checksum}); a second caller asking while the first builds waits
 * for that build instead of starting its own.
 *
 * <p>Kept is only what does not change and may be shared by any number of holders: the
 * knowledge base, where each rule lives, the workbook's bytes and layout. Every table handed
 * out ({@link Build#handOut}) gets its own session pool and version number, so shutting one
 * holder's pool (one context closing, a version replaced) never touches another's.
 *
 * <p>Bound: at most the last {@value #BOUND} builds are kept, the least recently used leaves
 * first, so an analyst trying a hundred variants of a workbook does not keep a hundred
 * knowledge bases. A workbook that is refused (or whose build fails otherwise) is not kept: the
 * next caller builds it again and reports its problems, exactly as without this class.
 */
final class TableBuilds {

    /** How many builds are kept at most. */
    static final int BOUND = 8;
    private static final Logger log = LoggerFactory.getLogger(TableBuilds.class);
    /** Access-ordered: the eldest entry is the least recently used. Guarded by itself. */
    private static final Map<String, CompletableFuture<Build>> BUILDS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Build>> eldest) {
            return size() > BOUND;
        }
    };

    private TableBuilds() {
    }

    /** What one build holds that every holder may share; nothing in it changes. */
    record Build(String table, String checksum, KieBase kieBase, Map<String, FiredRule> rulesByName, byte[] workbook,
                 LayoutSource layout) {

        /** A table of its own for one holder: a new session pool, the given version number. */
        CompiledTable handOut(int version, int sessions) {
            return new CompiledTable(table, version, checksum, java.time.Instant.now(), kieBase,
                kieBase.newKieSessionsPool(sessions), rulesByName, workbook, layout);
        }
    }

    /**
     * The build of these bytes of {@code table}: the one kept, the one under way (waited for), or
     * a new one made by {@code builder} on this thread and kept when it succeeds. A build that
     * failed elsewhere (at start-up, on another thread) is made again here, whose caller reports it.
     */
    static Build get(String table, String checksum, Supplier<Build> builder) {
        String key = key(table, checksum);
        for (int attempt = 0; attempt < 2; attempt++) {
            CompletableFuture<Build> mine = new CompletableFuture<>();
            CompletableFuture<Build> found;
            synchronized (BUILDS) {
                found = BUILDS.putIfAbsent(key, mine);
            }
            if (found == null) {
                return complete(key, mine, builder);
            }
            try {
                return found.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                log.debug("Rule table '{}': the build made elsewhere failed, building again: {}", table, e.getMessage());
                synchronized (BUILDS) {
                    BUILDS.remove(key, found);
                }
            }
        }
        return builder.get();
    }

    /**
     * Reserves the build of these bytes for a builder elsewhere (the start-up thread), which
     * must then call {@link #complete}; null when it is kept or under way already.
     */
    static CompletableFuture<Build> reserve(String table, String checksum) {
        CompletableFuture<Build> mine = new CompletableFuture<>();
        synchronized (BUILDS) {
            return BUILDS.putIfAbsent(key(table, checksum), mine) == null ? mine : null;
        }
    }

    /** Makes a reserved build: kept when it succeeds, forgotten (and thrown) when it fails. */
    static Build complete(String table, String checksum, CompletableFuture<Build> reserved, Supplier<Build> builder) {
        return complete(key(table, checksum), reserved, builder);
    }

    private static Build complete(String key, CompletableFuture<Build> mine, Supplier<Build> builder) {
        try {
            Build build = builder.get();
            mine.complete(build);
            return build;
        } catch (RuntimeException | Error e) {
            synchronized (BUILDS) {
                BUILDS.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Whether a finished, successful build of these bytes is kept (for tests). */
    static boolean holds(String table, String checksum) {
        String key = key(table, checksum);
        synchronized (BUILDS) {
            // not get(): looking must not count as a use
            return BUILDS.entrySet().stream().anyMatch(e -> e.getKey().equals(key)
                && e.getValue().isDone() && !e.getValue().isCompletedExceptionally());
        }
    }

    /** How many builds are kept or under way (for tests). */
    static int size() {
        synchronized (BUILDS) {
            return BUILDS.size();
        }
    }

    private static String key(String table, String checksum) {
        return table + ':' + checksum;
    }
}
