package io.meridian.rules;

import java.util.List;

/**
 * What one evaluation of a table did: the rows that fired, in order, the facts each firing
 * matched (same order), and the table version.
 */
public record RuleRun(List<FiredRule> firedRules, List<List<Object>> matched, String rulesVersion) {

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
