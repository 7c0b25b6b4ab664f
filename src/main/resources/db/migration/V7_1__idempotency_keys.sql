-- Idempotency-Key (issue 12): the answer to an event, stored in the transaction of the change it
-- answers, so a repeat with the same key gets the same answer and changes nothing.
create table idempotency_key (
    caller       varchar(100)  not null,
    idem_key     varchar(200)  not null,
    fingerprint  varchar(64)   not null,
    method       varchar(10)   not null,
    path         varchar(1000) not null,
    status       integer       not null,
    content_type varchar(200),
    body         varchar(100000),
    created_at   timestamp     not null,
    primary key (caller, idem_key)
);
create index idempotency_key_created on idempotency_key (created_at);
