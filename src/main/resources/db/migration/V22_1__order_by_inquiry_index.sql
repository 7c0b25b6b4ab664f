-- Before a client email goes out, the outbox relay asks whether the order it is about (or the order grown out of the
-- inquiry it is about: a quote) still goes on: an order whose process was deleted without its listeners is CANCELLED
-- then and the email withdrawn. Orders are found by inquiry here, one look-up per email (PostgreSQL indexes no foreign key
-- by itself).
create index customer_order_inquiry on customer_order (inquiry_id);
