-- An order whose journey or fulfilment was cancelled (Cockpit, DELETE /engine-rest/process-instance/{id}) is CANCELLED in
-- the ledger: when, and why in words ("Order fulfilment cancelled: Client cancelled the order", the process's name and the
-- reason given to the cancellation, if any). A delivered order is never cancelled; later events for it are a 409.
alter table customer_order add column cancelled_at timestamp;
alter table customer_order add column cancellation_reason varchar(1000);
