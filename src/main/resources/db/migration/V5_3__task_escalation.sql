-- Escalation levels reached by user tasks (issue 5, escalation sweep). One row per task and level,
-- written in the same transaction as the level's reminders, candidate group and comment: the
-- primary key lets a level happen once even when two sweeps (two nodes, or a retried job) reach
-- it together; the second insert fails and takes its whole transaction with it.
create table task_escalation (
    task_id             varchar(64)              not null,
    level               integer                  not null,
    process_instance_id varchar(64),
    task_kind           varchar(255),
    elapsed_share       double precision         not null,
    actions             varchar(1000)            not null,
    rules_version       varchar(20)              not null,
    escalated_at        timestamp with time zone not null,
    primary key (task_id, level)
);
