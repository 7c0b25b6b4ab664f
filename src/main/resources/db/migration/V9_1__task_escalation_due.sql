-- When each open user task can next reach a new escalation level (issue 16): the escalation
-- sweep reads only the tasks without a plan (new, due date changed, table version changed) and
-- those whose planned moment has come, instead of reading and deciding every open task on every
-- run. Written by the sweep; a row is a cache of a decision, never the record of one (that is
-- task_escalation): a lost or stale row only makes the sweep check its task again.
create table task_escalation_due (
    task_id       varchar(64)  not null primary key,
    -- the task's due date the plan was made for (Camunda's ACT_RU_TASK.DUE_DATE_, same type)
    task_due      timestamp    not null,
    -- the moment the task's elapsed share reaches the next level's threshold
    next_due      timestamp    not null,
    rules_version varchar(20)  not null
);
create index task_escalation_due_next on task_escalation_due (next_due);
