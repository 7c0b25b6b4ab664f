package io.meridian.escalation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CompiledTable;
import org.springframework.stereotype.Component;

/**
 * The elapsed share at which the escalation table first gives a task of one kind, tier and
 * severity a level above a given one. It is found by asking the table itself, doubling the share
 * from a quarter and then halving the interval, so it holds for any table whose level never falls
 * as the share grows; and it is found once per table version and key, then remembered, since
 * every task of that kind, tier, severity and level has the same threshold. Planning a task is
 * then a multiplication: under start load the sweep had spent half its time asking the table
 * the same questions for each new task (JFR, 2026-12-04).
 */
@Component
class LevelThresholds {

    /** No level above is reached before {@link EscalationSweep#LAST_SHARE}. */
    static final double NONE = Double.POSITIVE_INFINITY;
    /** How far above the true threshold the answer may lie: 1 s on a task whose span is 136 years. */
    static final double PRECISION = 0x1p-32;

    private record Key(String kind, Tier tier, Severity severity, int level) {
    }

    private record Remembered(CompiledTable table, Map<Key, Double> thresholds) {
    }

    private final EscalationDecisionService decisions;
    private volatile Remembered remembered;

    LevelThresholds(EscalationDecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * The smallest elapsed share (to {@link #PRECISION}, never below it) at which {@code table}
     * decides a level above {@code level}, or {@link #NONE}.
     */
    double above(CompiledTable table, String kind, Tier tier, Severity severity, int level) {
        Remembered r = remembered;
        if (r == null || r.table() != table) {
            r = new Remembered(table, new ConcurrentHashMap<>());
            remembered = r;
        }
        return r.thresholds().computeIfAbsent(new Key(kind, tier, severity, level), key -> search(table, key));
    }

    private double search(CompiledTable table, Key key) {
        double below = 0;
        double above = 0.25;
        while (!raises(table, key, above)) {
            if (above >= EscalationSweep.LAST_SHARE) {
                return NONE;
            }
            below = above;
            above = Math.min(above * 2, EscalationSweep.LAST_SHARE);
        }
        while (above - below > PRECISION) {
            double middle = (below + above) / 2;
            if (raises(table, key, middle)) {
                above = middle;
            } else {
                below = middle;
            }
        }
        return above;
    }

    private boolean raises(CompiledTable table, Key key, double share) {
        return decisions.decide(table, key.kind(), key.tier(), key.severity(), share).level() > key.level();
    }
}
