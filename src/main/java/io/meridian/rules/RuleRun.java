package io.meridian.rules;

import java.util.List;

/** What one evaluation of a table did: the rows that fired, in order, and the table version. */
public record RuleRun(List<FiredRule> firedRules, String rulesVersion) {
}
