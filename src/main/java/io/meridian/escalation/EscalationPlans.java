package io.meridian.escalation;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code task_escalation_due} table: per open task, the moment its next escalation level
 * can be reached, for the due date and table version it was worked out with. A cache: the
 * sweep checks again every task without a plan, with a plan for another due date or version,
 * or whose planned moment has come.
 */
@Repository
class EscalationPlans {

    /** A task's plan: for its due date as stored, the moment it can next reach a new level. */
    record Plan(String taskId, Instant taskDue, Instant nextDue, String rulesVersion) {
    }

    private final JdbcClient jdbc;
    private final String dropFinished;

    EscalationPlans(JdbcClient jdbc, @Value("${camunda.bpm.database.table-prefix:}") String tablePrefix) {
        this.jdbc = jdbc;
        this.dropFinished = """
            delete from task_escalation_due
            where next_due <= :now and not exists (select 1 from {prefix}ACT_RU_TASK t where t.ID_ = task_escalation_due.task_id)"""
            .replace("{prefix}", DueTasks.prefix(tablePrefix));
    }

    /** Records or replaces a task's plan, in the caller's transaction. */
    void plan(Plan plan) {
        int updated = jdbc.sql("update task_escalation_due set task_due = :taskDue, next_due = :nextDue, rules_version = :version "
                + "where task_id = :taskId")
            .param("taskDue", Timestamp.from(plan.taskDue())).param("nextDue", Timestamp.from(plan.nextDue()))
            .param("version", plan.rulesVersion()).param("taskId", plan.taskId()).update();
        if (updated == 0) {
            jdbc.sql("insert into task_escalation_due (task_id, task_due, next_due, rules_version) values (:taskId, :taskDue, :nextDue, :version)")
                .param("taskDue", Timestamp.from(plan.taskDue())).param("nextDue", Timestamp.from(plan.nextDue()))
                .param("version", plan.rulesVersion()).param("taskId", plan.taskId()).update();
        }
    }

    /** Forgets a task's plan: the next sweep checks it again (after it reached a new level). */
    void forget(String taskId) {
        jdbc.sql("delete from task_escalation_due where task_id = :taskId").param("taskId", taskId).update();
    }

    /** Drops the plans of tasks that are gone (completed, deleted) once their planned moment has come. */
    int dropFinished(Instant now) {
        return jdbc.sql(dropFinished).param("now", Timestamp.from(now)).update();
    }
}
