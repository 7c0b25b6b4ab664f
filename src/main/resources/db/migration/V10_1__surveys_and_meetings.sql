-- Satisfaction on a cadence and negotiation minutes (issue 15, seed 003).

-- Every evaluation of a client (the after-sales check-in, the quarterly survey, a score sent over the API):
-- NPS 0-10, CSAT 1-5, CES 1-7, with the order it is about when there is one. A detractor (NPS 0-6) names the
-- category of what went wrong and opens a complaint in it; every evaluation is answered by an improvement
-- report within 72 hours (report_due_at), which report_sent_at marks as sent.
create table client_survey (
    id                  varchar(40)   primary key,
    client_id           varchar(40)   not null references client (id),
    order_id            varchar(40),
    source              varchar(20)   not null,
    quarter             varchar(7),
    nps                 integer       not null,
    csat                integer       not null,
    ces                 integer       not null,
    comment             varchar(4000),
    complaint_category  varchar(40),
    detractor           boolean       not null,
    complaint_id        varchar(40),
    recorded_by         varchar(200)  not null,
    recorded_at         timestamp     not null,
    report_due_at       timestamp     not null,
    report_sent_at      timestamp,
    report_measures     varchar(4000)
);
create index client_survey_client on client_survey (client_id, recorded_at);

-- One quarterly survey per client and quarter (e.g. 2027-Q1): the primary key keeps a second cadence run,
-- on this node or another, from surveying a client twice.
create table survey_round (
    client_id            varchar(40)  not null references client (id),
    quarter              varchar(7)   not null,
    process_instance_id  varchar(64),
    started_at           timestamp    not null,
    primary key (client_id, quarter)
);

-- A negotiation call or meeting on a journey and its minutes (needs, points discussed, next actions).
create table journey_meeting (
    id                   varchar(40)   primary key,
    inquiry_id           varchar(40)   not null references inquiry (id),
    kind                 varchar(20)   not null,
    held_at              timestamp     not null,
    participants         varchar(1000),
    recorded_by          varchar(200)  not null,
    minutes_due_at       timestamp     not null,
    needs                varchar(4000),
    points               varchar(4000),
    minutes_sent_at      timestamp,
    process_instance_id  varchar(64),
    created_at           timestamp     not null
);
create index journey_meeting_inquiry on journey_meeting (inquiry_id, held_at);

-- Each next action agreed in a meeting: a task for the team on its date.
create table meeting_action (
    meeting_id   varchar(40)   not null references journey_meeting (id),
    position     integer       not null,
    due_on       date          not null,
    text         varchar(1000) not null,
    primary key (meeting_id, position)
);
