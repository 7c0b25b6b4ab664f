package io.meridian.process;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * Where a journey stands: an open user task (with its groups, due and follow-up dates) or an
 * event the process waits for (a message, or a timer with its due time).
 */
public record CurrentStep(
    @Schema(description = "the process it belongs to, e.g. clientJourney") String processDefinitionKey,
    @Schema(description = "the step's id in the process, e.g. replyToInquiry") String activityId,
    @Schema(description = "the step's name as Tasklist shows it; null when the step has none") @Nullable String name,
    @Schema(description = "USER_TASK (a person's task), WAITING_FOR_MESSAGE (an event such as the client's answer) or "
        + "TIMER") Kind kind,
    @Schema(description = "the user task's id (engine-rest, Tasklist); null for other kinds") @Nullable String taskId,
    @Schema(description = "the groups that may claim the task; empty for other kinds") List<String> candidateGroups,
    @Schema(description = "when the task or timer is due; null when it has no due time") @Nullable Instant due,
    @Schema(description = "the task's follow-up date; null when none") @Nullable Instant followUp,
    @Schema(description = "the message the step waits for, e.g. ClientResponse; null for other kinds") @Nullable String message) {

    public enum Kind { USER_TASK, WAITING_FOR_MESSAGE, TIMER }
}
