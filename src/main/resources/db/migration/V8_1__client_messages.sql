-- Client emails from templates (issue 13).

-- Each email keeps its HTML part next to the plain text, which kind of message it is and the
-- languages of its parts; a bilingual email is longer than the old plain-text limit.
alter table outbox_message add column body_html varchar(200000);
alter table outbox_message add column message_kind varchar(40);
alter table outbox_message add column languages varchar(40);
alter table outbox_message alter column body set data type varchar(100000);
alter table outbox_message alter column subject set data type varchar(1000);

-- How to address a client: optional, so that a record without them falls back to the contact name.
alter table client add column given_name varchar(200);
alter table client add column family_name varchar(200);
-- MR or MS (the words are the templates' business, per language)
alter table client add column salutation varchar(10);
-- a professional or academic title used where the etiquette says so: Dr., Licenciado, Ingeniero
alter table client add column title varchar(100);

-- Every stored version of a template file of messages/; active marks the one in force.
create table message_template_version (
    file        varchar(200)   not null,
    version     integer        not null,
    content     varchar(200000) not null,
    checksum    varchar(64)    not null,
    checked_by  varchar(400),
    author      varchar(200)   not null,
    created_at  timestamp      not null,
    active      boolean        not null,
    primary key (file, version)
);

-- Content agreed with a client on an instant channel, mirrored by an email marked "Confirmed items" (seed 001).
create table confirmed_item (
    id            varchar(40)   primary key,
    record_kind   varchar(20)   not null,
    record_id     varchar(40)   not null,
    channel       varchar(40)   not null,
    text          varchar(4000) not null,
    agreed_at     timestamp     not null,
    agreed_by     varchar(200)  not null,
    recorded_by   varchar(200)  not null,
    message_id    varchar(40)   not null,
    created_at    timestamp     not null
);
create index confirmed_item_record on confirmed_item (record_kind, record_id);
