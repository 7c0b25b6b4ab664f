-- The complaint ledger (issue 5): every complaint is recorded and tracked (DOMAIN.md "Complaints and crises").

create table complaint (
    id                    varchar(40)    primary key,
    complaint_number      varchar(20)    not null,
    client_id             varchar(40)    not null references client (id),
    order_id              varchar(40),
    inquiry_id            varchar(40),
    source                varchar(20)    not null,
    category              varchar(20)    not null,
    wording               varchar(10)    not null,
    description           varchar(4000)  not null,
    received_at           timestamp      not null,
    severity              varchar(10),
    first_response_due_at timestamp,
    team                  varchar(40),
    senior_contact        boolean,
    crisis                boolean,
    channel               varchar(40),
    status                varchar(30)    not null,
    escalation_level      integer        not null,
    process_instance_id   varchar(64),
    resolved_at           timestamp,
    created_at            timestamp      not null
);
create unique index complaint_number_unique on complaint (complaint_number);
create index complaint_client on complaint (client_id);
