package io.meridian.escalation;

import java.util.List;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.FiredRule;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a task stands on the escalation ladder, and which spreadsheet rows said so.
 *
 * @param level   the highest level reached, 0 when nothing is due yet
 * @param actions every action up to {@code level}, each with the level it belongs to
 */
record EscalationDecision(
    @Schema(description = "the task kind, as asked") String taskKind,
    @Schema(description = "the client's tier, as asked") Tier tier,
    @Schema(description = "the severity, as asked") Severity severity,
    @Schema(description = "the share of the due time elapsed, as asked") double elapsedShare,
    @Schema(description = "the client culture's pace the decision assumed") String pace,
    @Schema(description = "the escalation level reached (0: none)") int level,
    @Schema(description = "what to do now: remind, escalate to a group, notify a manager") List<EscalationAction> actions,
    @Schema(description = "the workbook rows that decided this") List<FiredRule> firedRules,
    @Schema(description = "the version of the rule workbook that decided (GET /api/rules/{table}/versions)") String rulesVersion) {

    /** The actions of the levels above {@code reached}: what is left to do for a task that reached it before. */
    public List<EscalationAction> actionsAbove(int reached) {
        return actions.stream().filter(a -> a.level() > reached).toList();
    }
}
