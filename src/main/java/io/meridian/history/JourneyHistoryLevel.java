package io.meridian.history;

import java.util.Set;

import io.meridian.process.TaskGuidance;
import io.meridian.process.TaskLabels;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Everything Camunda's {@code full} history keeps (process, activity, task and variable history,
 * the user operation log that Cockpit's audit log shows, incidents, job logs, identity links) except
 * the {@code ACT_HI_DETAIL} row written for every single variable write. The last value of every
 * variable stays in {@code ACT_HI_VARINST}; what a variable held in between is gone. Measured on one
 * inquiry start (README "Benchmarks"): {@code full} writes 63 detail rows of 162 inserts.
 *
 * <p>Nor does it keep the history of a task's copies of the card variables ({@link TaskLabels#CARD_VARIABLES}:
 * company, country, tier, copied onto each task so that a team, which may read its tasks and not the process
 * instance, sees them on Tasklist's cards): the process instance's own variables of those names keep theirs.
 * Nor of the texts its form renders from what the ledgers, the task and the outbox keep
 * ({@link TaskGuidance#RENDERINGS}: briefing, guidance, email preview); {@code why}, the rows that decided the
 * task's guidance, keeps its history. Six history rows less than {@code full} for every user task (three
 * copies, three renderings; README "What a journey keeps, and its history").
 */
public final class JourneyHistoryLevel implements HistoryLevel {

    /** The name to configure ({@code camunda.bpm.history-level}). */
    public static final String NAME = "full-without-variable-details";
    /** Stored in {@code ACT_GE_PROPERTY.historyLevel}; unique among Camunda's levels (0 to 3). */
    public static final int ID = 13;

    public static final JourneyHistoryLevel INSTANCE = new JourneyHistoryLevel();

    private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE, HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

    private JourneyHistoryLevel() {
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
            && !(VARIABLE_EVENTS.contains(eventType) && isTaskCopyOrRendering(entity))
            && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }


    /** A task's own copy of a card variable or a rendering its form shows (the process instance's variables of those names keep theirs). */
    private static boolean isTaskCopyOrRendering(Object entity) {
        return entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null
            && (TaskLabels.CARD_VARIABLES.contains(variable.getName()) || TaskGuidance.RENDERINGS.contains(variable.getName()));
    }

    @Override
    public String toString() {
        return NAME + " (" + ID + ")";
    }
}
