package io.meridian.workbench;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.meridian.rules.CheckReport;
import io.meridian.rules.CompiledTable;
import org.springframework.stereotype.Component;

/**
 * Workbooks an analyst dropped and had checked, kept on this node for an hour so the analyst can
 * look at the report, the diff and the preview before activating. Nothing here is in force;
 * activation submits the same bytes again through every check.
 */
@Component
class Candidates {

    static final Duration KEPT = Duration.ofHours(1);
    private static final int MAX = 50;

    /** One checked upload; {@code build} is null when it did not compile. */
    record Candidate(String id, String table, String fileName, String author, Instant checkedAt, byte[] workbook,
                     CheckReport report, CompiledTable build) {
    }

    private final Map<String, Candidate> kept = new LinkedHashMap<>();

    synchronized Candidate keep(String table, String fileName, String author, byte[] workbook, CheckReport report,
                                CompiledTable build) {
        expire();
        while (kept.size() >= MAX) {
            kept.remove(kept.keySet().iterator().next());
        }
        Candidate candidate = new Candidate(UUID.randomUUID().toString(), table, fileName, author, Instant.now(),
            workbook, report, build);
        kept.put(candidate.id(), candidate);
        return candidate;
    }

    synchronized Optional<Candidate> find(String id) {
        expire();
        return Optional.ofNullable(kept.get(id));
    }

    synchronized void forget(String id) {
        kept.remove(id);
    }

    private void expire() {
        Instant oldest = Instant.now().minus(KEPT);
        kept.values().removeIf(c -> c.checkedAt().isBefore(oldest));
    }
}
