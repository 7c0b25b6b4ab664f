package io.meridian.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.meridian.rules.FiredRule;

/** A task whose decided level is above the level it reached before: what the sweep will do to it. */
record DueEscalation(OpenTask task, double elapsedShare, EscalationDecision decision) {

    int level() {
        return decision.level();
    }

    /** Only the actions of the levels not reached before: a level's actions happen once. */
    List<EscalationAction> newActions() {
        return decision.actionsAbove(task.reachedLevel());
    }

    /** Why, for the task's history: the share elapsed, the pace and the rows of the table that decided. */
    String reason() {
        String rows = decision.firedRules().stream().collect(Collectors.groupingBy(FiredRule::sheet,
                LinkedHashMap::new, Collectors.mapping(r -> String.valueOf(r.row()), Collectors.joining(", "))))
            .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "Level %d at %s of the time to the due date (pace %s, tier %s, severity %s); "
                + "escalation table version %s, rows %s.", level(), percent(elapsedShare), decision.pace(), decision.tier(),
            decision.severity(), decision.rulesVersion(), rows);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
