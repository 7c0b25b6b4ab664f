package io.meridian.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads every open user task with a due time in one query, with what the sweep needs of each:
 * the process variables {@code tier} and {@code severity} and the level already recorded in
 * {@code task_escalation}. One query instead of the engine API because the engine caps query
 * results (meridian.security.query-max-results) and would need one more query per task for
 * variables and levels; the sweep must check 10,000 tasks in well under two seconds.
 * <p>
 * Reads Camunda's runtime tables directly, with the engine's configured table prefix
 * ({@code camunda.bpm.database.table-prefix}, e.g. {@code camunda.}): active tasks
 * ({@code SUSPENSION_STATE_ = 1}), string variables of the process instance's own scope (not
 * task-local, not of a child execution). The apply re-reads each task through the engine's API.
 */
@Repository
class DueTasks {

    private static final String OPEN_TASKS_WITH_DUE_DATE = """
        select t.ID_ as task_id, t.NAME_ as task_name, t.TASK_DEF_KEY_ as task_kind, t.PROC_INST_ID_ as process_instance_id,
               t.ASSIGNEE_ as assignee, t.CREATE_TIME_ as created, t.DUE_DATE_ as due,
               tier.TEXT_ as tier, severity.TEXT_ as severity,
               (select max(e.level) from task_escalation e where e.task_id = t.ID_) as reached_level
        from {prefix}ACT_RU_TASK t
        left join {prefix}ACT_RU_VARIABLE tier on tier.EXECUTION_ID_ = t.PROC_INST_ID_ and tier.TASK_ID_ is null
             and tier.NAME_ = 'tier' and tier.TYPE_ = 'string'
        left join {prefix}ACT_RU_VARIABLE severity on severity.EXECUTION_ID_ = t.PROC_INST_ID_ and severity.TASK_ID_ is null
             and severity.NAME_ = 'severity' and severity.TYPE_ = 'string'
        where t.DUE_DATE_ is not null and t.SUSPENSION_STATE_ = 1 and t.CREATE_TIME_ <= :now
        """;

    private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("[A-Za-z0-9_]*\\.?");

    private final JdbcClient jdbc;
    private final String query;

    DueTasks(JdbcClient jdbc, @Value("${camunda.bpm.database.table-prefix:}") String tablePrefix) {
        this.jdbc = jdbc;
        String prefix = tablePrefix == null ? "" : tablePrefix.trim();
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("camunda.bpm.database.table-prefix '" + prefix + "' is not a schema or table prefix");
        }
        this.query = OPEN_TASKS_WITH_DUE_DATE.replace("{prefix}", prefix);
    }

    /** Tasks created up to {@code now}: a task created later (by a clock set back in a test) has no elapsed time. */
    List<OpenTask> openAt(Instant now) {
        return jdbc.sql(query).param("now", Timestamp.from(now)).query(DueTasks::task).list();
    }

    private static OpenTask task(ResultSet rs, int row) throws SQLException {
        return new OpenTask(rs.getString("task_id"), rs.getString("task_name"), rs.getString("task_kind"),
            rs.getString("process_instance_id"), rs.getString("assignee"), rs.getTimestamp("created").toInstant(),
            rs.getTimestamp("due").toInstant(), rs.getString("tier"), rs.getString("severity"), rs.getInt("reached_level"));
    }
}
