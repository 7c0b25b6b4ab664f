-- The Location of a first answer (a new inquiry's or complaint's path), so that a repeat with the same
-- Idempotency-Key answers it too, as it answers the status and body.
alter table idempotency_key add column location varchar(1000);
