-- Key milestones of an order (issue 15 point 2, seed 003: ask the client to confirm 72 hours before a key
-- milestone, with a checklist). due_at is the milestone itself (the opening of the client's business day on
-- due_on), ask_at the moment the checklist goes out (72 hours before, or at once when the milestone is nearer).
-- checklist: one item a line. The state shown over the API follows from asked_at, confirmed_at and due_at.
create table order_milestone (
    id                  varchar(40)   primary key,
    order_id            varchar(40)   not null references customer_order (id),
    name                varchar(200)  not null,
    due_on              date          not null,
    due_at              timestamp     not null,
    ask_at              timestamp     not null,
    checklist           varchar(4000) not null,
    asked_at            timestamp,
    confirmed_at        timestamp,
    confirmed_by        varchar(200),
    confirmation_note   varchar(4000),
    recorded_by         varchar(200),
    created_at          timestamp     not null
);
create index order_milestone_order on order_milestone (order_id, due_at);
