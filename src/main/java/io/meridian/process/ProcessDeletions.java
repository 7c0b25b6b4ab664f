package io.meridian.process;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** Who deleted a process instance, as Camunda's user operation log records it (Cockpit, engine-rest, a user's API call). */
public final class ProcessDeletions {

    private ProcessDeletions() {
    }

    /** The user who deleted {@code processInstanceId}; empty when a program without a user did, or it was not deleted. */
    public static Optional<String> deletedBy(HistoryService history, String processInstanceId) {
        return history.createUserOperationLogQuery().processInstanceId(processInstanceId)
            .operationType(UserOperationLogEntry.OPERATION_TYPE_DELETE).listPage(0, 1).stream().findFirst()
            .map(UserOperationLogEntry::getUserId);
    }
}
