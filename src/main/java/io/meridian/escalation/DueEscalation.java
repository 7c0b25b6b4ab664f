package io.meridian.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.meridian.rules.FiredRule;

/** A task whose decided level is above the level it reached before: what the sweep will do to it. */
record DueEscalation(OpenTask task, double elapsedShare, EscalationDecision decision, ShareClock clock) {

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
        return String.format(Locale.ROOT, "Level %d %s (pace %s, tier %s, severity %s); "
                + "escalation table version %s, rows %s.", level(), bornOverdue() ? "as the task was created after its due date"
                : "at " + percent(elapsedShare) + " of the " + clock.time() + " to the due date",
            decision.pace(), decision.tier(), decision.severity(), decision.rulesVersion(), rows);
    }

    /**
     * The task was made at or after its due time (an inquiry received long before it was entered, a due date
     * copied from the past): it has no time of its own, and its share counts against one minute from its creation.
     */
    boolean bornOverdue() {
        return !task.due().isAfter(task.created());
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
