-- Ledgers of DOMAIN.md "Records kept" and the outbox of the client journey (issue 4).

create table client (
    id                varchar(40)  primary key,
    company           varchar(200) not null,
    contact_name      varchar(200) not null,
    email             varchar(320) not null,
    country           varchar(2)   not null,
    time_zone         varchar(64),
    language          varchar(35),
    tier              varchar(1)   not null,
    preferred_channel varchar(40)  not null,
    main_category     varchar(200) not null,
    purchase_cycle    varchar(40),
    created_at        timestamp    not null,
    updated_at        timestamp    not null
);
create unique index client_email on client (email);

create table inquiry (
    id                  varchar(40)   primary key,
    client_id           varchar(40)   not null references client (id),
    product             varchar(200)  not null,
    quantity            integer       not null,
    message             varchar(4000),
    received_at         timestamp     not null,
    channel             varchar(40)   not null,
    external_ref        varchar(200),
    status              varchar(20)   not null,
    reply_due_at        timestamp     not null,
    process_instance_id varchar(64),
    quote               varchar(4000),
    objection           varchar(20),
    order_id            varchar(40),
    created_at          timestamp     not null
);
create unique index inquiry_external_ref on inquiry (external_ref);

create table customer_order (
    id               varchar(40)    primary key,
    order_number     varchar(40)    not null,
    inquiry_id       varchar(40)    not null references inquiry (id),
    client_id        varchar(40)    not null references client (id),
    amount           decimal(19, 2) not null,
    currency         varchar(3)     not null,
    delivery_date    date,
    shipping_method  varchar(40),
    payment_status   varchar(20)    not null,
    status           varchar(20)    not null,
    stock_ready_on   date,
    carrier          varchar(100),
    tracking_number  varchar(100),
    shipped_at       timestamp,
    delivered_at     timestamp,
    created_at       timestamp      not null
);
create unique index customer_order_number on customer_order (order_number);

create table satisfaction_survey (
    id          varchar(40) primary key,
    order_id    varchar(40) not null references customer_order (id),
    nps         integer     not null,
    csat        integer     not null,
    ces         integer     not null,
    comment     varchar(4000),
    detractor   boolean     not null,
    recorded_at timestamp   not null
);

create table outbox_message (
    id          varchar(40)   primary key,
    recipient   varchar(320)  not null,
    subject     varchar(300)  not null,
    body        varchar(8000) not null,
    channel     varchar(20)   not null,
    planned_at  timestamp     not null,
    status      varchar(20)   not null,
    reference   varchar(40),
    created_at  timestamp     not null
);
create index outbox_message_due on outbox_message (status, planned_at);
