package io.meridian.escalation;

import java.util.ArrayList;
import java.util.List;

import io.meridian.escalation.EscalationAction.Kind;

/**
 * Working-memory fact of the escalation table: the task in, its pace, level and actions out.
 * One fact per session: the table's secondary columns are patterns of their own, which would
 * pair facts with each other if several were inserted together.
 * <p>
 * The Steps sheet writes a row's level first and its actions after it, so an action belongs
 * to the level most recently set; the level decided is the highest step level set.
 */
public class EscalationFact {

    /** The lowest level a step may reach; 0 is a task that has reached none. */
    static final int FIRST_LEVEL = 1;

    private final String taskKind;
    private final String tier;
    private final String severity;
    private final double elapsedShare;
    private String pace;
    private int stepLevel;
    private int level;
    private final List<EscalationAction> actions = new ArrayList<>();

    public EscalationFact(String taskKind, String tier, String severity, double elapsedShare) {
        this.taskKind = taskKind;
        this.tier = tier;
        this.severity = severity;
        this.elapsedShare = elapsedShare;
    }

    public String getTaskKind() { return taskKind; }
    public String getTier() { return tier; }
    public String getSeverity() { return severity; }
    public double getElapsedShare() { return elapsedShare; }
    public String getPace() { return pace; }
    public void setPace(String pace) { this.pace = pace == null ? null : pace.trim(); }
    public int getLevel() { return level; }
    public List<EscalationAction> getActions() { return actions; }

    /** The level of the step (row) whose actions follow; raises the level decided. */
    public void setStepLevel(int stepLevel) {
        if (stepLevel < FIRST_LEVEL) {
            throw new IllegalArgumentException("escalation table: a step's level is 1 or more, not " + stepLevel);
        }
        this.stepLevel = stepLevel;
        this.level = Math.max(level, stepLevel);
    }

    public void addReminder(String target) {
        add(Kind.REMIND, target);
    }

    public void addEscalation(String group) {
        add(Kind.ESCALATE, group);
    }

    public void addNotification(String group) {
        add(Kind.NOTIFY, group);
    }

    private void add(Kind kind, String target) {
        if (stepLevel == 0) {
            throw new IllegalStateException("escalation table: a step row has an action but no level");
        }
        String trimmed = target.trim();
        if (trimmed.isEmpty()) {
            return;
        }
        boolean known = actions.stream().anyMatch(a -> a.action() == kind && a.target().equals(trimmed));
        if (!known) {
            actions.add(new EscalationAction(kind, trimmed, stepLevel));
        }
    }
}
