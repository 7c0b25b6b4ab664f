package io.meridian.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.meridian.process.ClientBackAt;
import io.meridian.process.ClientRaisedAt;
import io.meridian.process.ManagersAlerted;
import io.meridian.process.RoundTheClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the open user tasks with a due time that the sweep must check, with what it needs of each:
 * the process variables {@code tier} and {@code severity}, the desk of the client the process names
 * ({@code clientId}, through the client ledger), whether the task is on the 7×24 clock (its task-local
 * {@link io.meridian.process.RoundTheClock#VARIABLE}), when the client raised what it answers where that was before
 * the task (its task-local {@link ClientRaisedAt#VARIABLE}), when the team can reach a closed client again (its
 * task-local {@link ClientBackAt#VARIABLE}) and the level already recorded in
 * {@code task_escalation}. One query instead of the engine API because the engine caps query
 * results (meridian.security.query-max-results) and would need one more query per task for
 * variables and levels; the sweep must check 10,000 tasks in well under two seconds.
 * <p>
 * Reads Camunda's runtime tables directly, with the engine's configured table prefix
 * ({@code camunda.bpm.database.table-prefix}, e.g. {@code camunda.}): active tasks
 * ({@code SUSPENSION_STATE_ = 1}), string variables of the process instance's own scope (not
 * task-local, not of a child execution). The apply re-reads each task through the engine's API.
 * <p>
 * The variables are found through the index on {@code EXECUTION_ID_}: "not task-local" is written
 * {@code coalesce(TASK_ID_, '') = ''}, which no index serves, because H2 otherwise answers
 * {@code TASK_ID_ is null and NAME_ = 'tier'} from Camunda's index on
 * {@code (TASK_ID_, NAME_, TYPE_)} and reads the tier of every open journey for each task (3.2
 * million index entries for 500 tasks at 6,340 open journeys; 8,000 through the execution).
 * <p>
 * Which tasks: those without a plan in {@code task_escalation_due} for their due date and the
 * table version in force, and those whose planned moment has come ({@link EscalationPlans}).
 * Finding them is one pass over the open tasks joined to their plan by primary key; only the
 * tasks found are read with their variables and decided, so the work grows with the tasks that
 * reach a new level, not with every open task.
 */
@Repository
class DueTasks {

    static final String TASKS_BY_ID = """
        select t.ID_ as task_id, t.NAME_ as task_name, t.TASK_DEF_KEY_ as task_kind, t.PROC_INST_ID_ as process_instance_id,
               t.ASSIGNEE_ as assignee, t.CREATE_TIME_ as created, t.DUE_DATE_ as due,
               tier.TEXT_ as tier, severity.TEXT_ as severity, c.desk as desk, clock.LONG_ as round_the_clock, raised.LONG_ as raised_at,
               alerted.LONG_ as alerted_at, clientback.LONG_ as back_at,
               (select max(e.level) from task_escalation e where e.task_id = t.ID_) as reached_level
        from {prefix}ACT_RU_TASK t
        left join {prefix}ACT_RU_VARIABLE tier on tier.EXECUTION_ID_ = t.PROC_INST_ID_ and coalesce(tier.TASK_ID_, '') = ''
             and tier.NAME_ = 'tier' and tier.TYPE_ = 'string'
        left join {prefix}ACT_RU_VARIABLE severity on severity.EXECUTION_ID_ = t.PROC_INST_ID_ and coalesce(severity.TASK_ID_, '') = ''
             and severity.NAME_ = 'severity' and severity.TYPE_ = 'string'
        left join {prefix}ACT_RU_VARIABLE cid on cid.EXECUTION_ID_ = t.PROC_INST_ID_ and coalesce(cid.TASK_ID_, '') = ''
             and cid.NAME_ = 'clientId' and cid.TYPE_ = 'string'
        left join client c on c.id = cid.TEXT_
        left join {prefix}ACT_RU_VARIABLE clock on clock.TASK_ID_ = t.ID_ and clock.NAME_ = '%s' and clock.TYPE_ = 'boolean'
        left join {prefix}ACT_RU_VARIABLE raised on raised.TASK_ID_ = t.ID_ and raised.NAME_ = '%s' and raised.TYPE_ = 'date'
        left join {prefix}ACT_RU_VARIABLE alerted on alerted.TASK_ID_ = t.ID_ and alerted.NAME_ = '%s' and alerted.TYPE_ = 'date'
        left join {prefix}ACT_RU_VARIABLE clientback on clientback.TASK_ID_ = t.ID_ and clientback.NAME_ = '%s' and clientback.TYPE_ = 'date'
        where t.ID_ in (:ids)
        """.formatted(RoundTheClock.VARIABLE, ClientRaisedAt.VARIABLE, ManagersAlerted.VARIABLE, ClientBackAt.VARIABLE);

    private static final String TASKS_TO_CHECK = """
        select t.ID_
        from {prefix}ACT_RU_TASK t
        left join task_escalation_due s on s.task_id = t.ID_
        where t.DUE_DATE_ is not null and t.SUSPENSION_STATE_ = 1 and t.CREATE_TIME_ <= :now
          and (s.task_id is null or s.next_due <= :now or s.task_due <> t.DUE_DATE_ or s.rules_version <> :version)
        """;

    /** Tasks read with their variables per query. */
    private static final int CHUNK = 500;

    private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("[A-Za-z0-9_]*\\.?");

    private final JdbcClient jdbc;
    private final String query;
    private final String toCheck;

    DueTasks(JdbcClient jdbc, @Value("${camunda.bpm.database.table-prefix:}") String tablePrefix) {
        this.jdbc = jdbc;
        String prefix = prefix(tablePrefix);
        this.query = TASKS_BY_ID.replace("{prefix}", prefix);
        this.toCheck = TASKS_TO_CHECK.replace("{prefix}", prefix);
    }

    static String prefix(String tablePrefix) {
        String prefix = tablePrefix == null ? "" : tablePrefix.trim();
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("camunda.bpm.database.table-prefix '" + prefix + "' is not a schema or table prefix");
        }
        return prefix;
    }

    /**
     * Open tasks created up to {@code now} (a task created later, by a clock set back in a test,
     * has no elapsed time) that have no plan for their due date and {@code rulesVersion}, or whose
     * planned moment has come.
     */
    List<OpenTask> toCheck(Instant now, String rulesVersion) {
        List<String> ids = jdbc.sql(toCheck).param("now", Timestamp.from(now)).param("version", rulesVersion)
            .query(String.class).list();
        List<OpenTask> tasks = new java.util.ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            tasks.addAll(jdbc.sql(query).param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                .query(DueTasks::task).list());
        }
        return tasks;
    }

    private static OpenTask task(ResultSet rs, int row) throws SQLException {
        return new OpenTask(rs.getString("task_id"), rs.getString("task_name"), rs.getString("task_kind"),
            rs.getString("process_instance_id"), rs.getString("assignee"), rs.getTimestamp("created").toInstant(),
            rs.getTimestamp("due").toInstant(), rs.getString("tier"), rs.getString("severity"), rs.getInt("reached_level"),
            rs.getString("desk"), rs.getLong("round_the_clock") == 1, instant(rs, "raised_at"),
            instant(rs, "alerted_at"), instant(rs, "back_at"));
    }

    /** A date variable's value (epoch milliseconds in {@code LONG_}), null when the task has none. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
