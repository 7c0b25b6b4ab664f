package io.meridian.rules;

import java.util.List;

/**
 * What one evaluation of a table did: the rows that fired, in order, the facts each firing
 * matched (same order), and the table version.
 */
public record RuleRun(List<FiredRule> firedRules, List<List<Object>> matched, String rulesVersion) {

    /** The rows that fired as an analyst finds them in the workbook: "Categories row 9, Guidance row 7", or "none". */
    public String firedRows() {
        List<String> rows = firedRules.stream()
            .map(rule -> rule.sheet() == null ? rule.rule() : rule.sheet() + " row " + rule.row()).distinct().toList();
        return rows.isEmpty() ? "none" : String.join(", ", rows);
    }

    /** The rows whose firing matched no fact that {@code irrelevant} rejects. */
    public List<FiredRule> firedRulesExcept(java.util.function.Predicate<Object> irrelevant) {
        List<FiredRule> kept = new java.util.ArrayList<>(firedRules.size());
        for (int i = 0; i < firedRules.size(); i++) {
            if (matched.get(i).stream().noneMatch(irrelevant)) {
                kept.add(firedRules.get(i));
            }
        }
        return List.copyOf(kept);
    }
}
