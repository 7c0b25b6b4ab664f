package io.meridian.history;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Everything Camunda's {@code full} history keeps (process, activity, task and variable history,
 * the user operation log that Cockpit's audit log shows, incidents, job logs, identity links) except
 * the {@code ACT_HI_DETAIL} row written for every single variable write. The last value of every
 * variable stays in {@code ACT_HI_VARINST}; what a variable held in between is gone. Measured on one
 * inquiry start (README "Benchmarks"): {@code full} writes 63 detail rows of 162 inserts.
 */
public final class JourneyHistoryLevel implements HistoryLevel {

    /** The name to configure ({@code camunda.bpm.history-level}). */
    public static final String NAME = "full-without-variable-details";
    /** Stored in {@code ACT_GE_PROPERTY.historyLevel}; unique among Camunda's levels (0 to 3). */
    public static final int ID = 13;

    public static final JourneyHistoryLevel INSTANCE = new JourneyHistoryLevel();

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
            && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }

    @Override
    public String toString() {
        return NAME + " (" + ID + ")";
    }
}
