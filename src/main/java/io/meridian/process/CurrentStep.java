package io.meridian.process;

import java.time.Instant;
import java.util.List;

/**
 * Where a journey stands: an open user task (with its groups, due and follow-up dates) or an
 * event the process waits for (a message, or a timer with its due time).
 */
public record CurrentStep(String processDefinitionKey, String activityId, String name, Kind kind, String taskId,
                          List<String> candidateGroups, Instant due, Instant followUp, String message) {

    public enum Kind { USER_TASK, WAITING_FOR_MESSAGE, TIMER }
}
