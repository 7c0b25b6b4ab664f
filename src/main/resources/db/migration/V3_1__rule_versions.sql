-- Every accepted version of every decision table, and which one is in force.
-- Shared by all nodes: a node polls rule_table for activations made by another.
create table rule_version (
    table_name       varchar(64)              not null,
    version_number   integer                  not null,
    checksum         varchar(64)              not null,
    author           varchar(255)             not null,
    created_at       timestamp with time zone not null,
    rule_count       integer                  not null,
    scenario_count   integer                  not null,
    scenario_results text                     not null,
    workbook         bytea                    not null,
    primary key (table_name, version_number)
);

create index rule_version_checksum on rule_version (table_name, checksum);

create table rule_table (
    table_name     varchar(64)              not null primary key,
    active_version integer                  not null,
    activated_at   timestamp with time zone not null,
    activated_by   varchar(255)             not null
);
