package io.meridian.escalation;

import java.util.List;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.FiredRule;

/**
 * Where a task stands on the escalation ladder, and which spreadsheet rows said so.
 *
 * @param level   the highest level reached, 0 when nothing is due yet
 * @param actions every action up to {@code level}, each with the level it belongs to
 */
record EscalationDecision(
    String taskKind,
    Tier tier,
    Severity severity,
    double elapsedShare,
    String pace,
    int level,
    List<EscalationAction> actions,
    List<FiredRule> firedRules,
    String rulesVersion) {

    /** The actions of the levels above {@code reached}: what is left to do for a task that reached it before. */
    public List<EscalationAction> actionsAbove(int reached) {
        return actions.stream().filter(a -> a.level() > reached).toList();
    }
}
