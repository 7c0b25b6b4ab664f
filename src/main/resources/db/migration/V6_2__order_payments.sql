-- Payments add up (issue 11): every payment of an order is kept; the order desk may accept a shortfall.

create table order_payment (
    id          varchar(40)    primary key,
    order_id    varchar(40)    not null references customer_order (id),
    amount      decimal(19, 2) not null,
    currency    varchar(3)     not null,
    received_at timestamp      not null,
    recorded_by varchar(100),
    recorded_at timestamp      not null
);
create index order_payment_order on order_payment (order_id, received_at);

alter table customer_order add column shortfall_reason varchar(1000);
alter table customer_order add column shortfall_accepted_by varchar(100);
alter table customer_order add column shortfall_accepted_at timestamp;
