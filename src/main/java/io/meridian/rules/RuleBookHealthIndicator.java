package io.meridian.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The rule book on the actuator health endpoint: each table's version in force and its last refused attempt. */
@Component
class RuleBookHealthIndicator implements HealthIndicator {

    private static final int SHOWN_PROBLEMS = 10;

    private final RuleBook book;
    private final RuleVersions versions;

    RuleBookHealthIndicator(RuleBook book, RuleVersions versions) {
        this.book = book;
        this.versions = versions;
    }

    @Override
    public Health health() {
        Map<String, Object> tables = new LinkedHashMap<>();
        for (CompiledTable table : book.tables()) {
            Map<String, Object> details = RuleVersions.describe(table);
            RuleVersions.Refusal refusal = versions.refusals().get(table.table());
            if (refusal != null) {
                details.put("lastRefused", refusal(refusal));
            }
            tables.put(table.table(), details);
        }
        versions.refusals().values().stream().filter(r -> !tables.containsKey(r.table()))
            .forEach(r -> tables.put(r.table(), Map.of("lastRefused", refusal(r))));
        Health.Builder health = book.tables().isEmpty() ? Health.down() : Health.up();
        return health.withDetail("tables", tables).withDetail("lastSync", String.valueOf(versions.lastSync())).build();
    }

    private static Map<String, Object> refusal(RuleVersions.Refusal refusal) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (refusal.note() != null) {
            details.put("note", refusal.note());
        }
        details.put("at", refusal.at().toString());
        details.put("author", refusal.author());
        details.put("problemCount", refusal.problems().size());
        details.put("problems", refusal.problems().stream().limit(SHOWN_PROBLEMS).map(RuleProblem::toString).toList());
        return details;
    }
}
