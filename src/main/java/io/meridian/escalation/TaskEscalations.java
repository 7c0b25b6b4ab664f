package io.meridian.escalation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code task_escalation} table: which levels each task has reached. Its primary key
 * (task, level) is what makes a level happen once across retries, restarts and nodes.
 */
@Repository
class TaskEscalations {

    private static final int ACTIONS_LENGTH = 1000;

    private final JdbcClient jdbc;

    TaskEscalations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records every level from the one reached before up to the one decided, in the caller's
     * transaction. Not caught on purpose: when another sweep recorded a level first, the
     * duplicate key fails the caller's whole transaction (on PostgreSQL the transaction is
     * unusable after it anyway), the job is retried and then finds the level recorded.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another sweep got there first
     */
    void record(DueEscalation escalation, Instant now) {
        OpenTask task = escalation.task();
        for (int level = task.reachedLevel() + 1; level <= escalation.level(); level++) {
            int at = level;
            String actions = escalation.newActions().stream().filter(a -> a.level() == at)
                .map(EscalationAction::describe).collect(Collectors.joining(", "));
            jdbc.sql("""
                    insert into task_escalation (task_id, level, process_instance_id, task_kind, elapsed_share, actions,
                                                 rules_version, escalated_at)
                    values (:taskId, :level, :processInstanceId, :taskKind, :share, :actions, :rulesVersion, :at)""")
                .param("taskId", task.id())
                .param("level", level)
                .param("processInstanceId", task.processInstanceId())
                .param("taskKind", task.kind())
                .param("share", escalation.elapsedShare())
                .param("actions", actions.length() > ACTIONS_LENGTH ? actions.substring(0, ACTIONS_LENGTH) : actions)
                .param("rulesVersion", escalation.decision().rulesVersion())
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        }
    }

    /** The levels a task has reached, lowest first. */
    List<Integer> levels(String taskId) {
        return jdbc.sql("select level from task_escalation where task_id = :taskId order by level")
            .param("taskId", taskId).query(Integer.class).list();
    }
}
