package io.meridian.escalation;

import java.util.List;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleRun;
import org.springframework.stereotype.Service;

/** Decides with the escalation table how far a task has climbed the escalation ladder. */
@Service
class EscalationDecisionService {

    public static final String TABLE = "escalation";
    public static final Tier DEFAULT_TIER = Tier.B;
    public static final Severity DEFAULT_SEVERITY = Severity.NORMAL;

    private final RuleBook ruleBook;

    public EscalationDecisionService(RuleBook ruleBook) {
        this.ruleBook = ruleBook;
    }

    /**
     * @param tier         null counts as {@link #DEFAULT_TIER}
     * @param severity     null counts as {@link #DEFAULT_SEVERITY}: most tasks have none
     * @param elapsedShare the share of the time from the task's creation to its due time that has passed (the sweep
     *                     counts the team's working time, or the hours as they pass for a 7×24 task: {@link ShareClock})
     */
    public EscalationDecision decide(String taskKind, Tier tier, Severity severity, double elapsedShare) {
        return decide(inForce(), taskKind, tier, severity, elapsedShare);
    }

    /** The build in force now; a sweep takes it once so that all its tasks are decided by one version. */
    CompiledTable inForce() {
        return ruleBook.active(TABLE);
    }

    /** Decides with one given build: the one in force, or a candidate under test. */
    EscalationDecision decide(CompiledTable table, String taskKind, Tier tier, Severity severity, double elapsedShare) {
        Tier t = tier == null ? DEFAULT_TIER : tier;
        Severity s = severity == null ? DEFAULT_SEVERITY : severity;
        EscalationFact fact = new EscalationFact(taskKind, t.name(), s.name(), elapsedShare);
        RuleRun run = ruleBook.decide(table, List.of(fact));
        if (fact.getPace() == null) {
            throw new IllegalStateException("escalation table decided no pace for task kind " + taskKind
                + " (is the default row of the Pace sheet missing? rows that fired: " + run.firedRows() + ")");
        }
        return new EscalationDecision(taskKind, t, s, elapsedShare, fact.getPace(), fact.getLevel(),
            List.copyOf(fact.getActions()), run.firedRules(), run.rulesVersion());
    }
}
