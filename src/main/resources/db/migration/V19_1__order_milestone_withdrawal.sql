-- A key milestone still waiting for the client's confirmation when its order is delivered is withdrawn (no checklist
-- goes to the client and no task opens after the goods arrived): when, and why in words ("Withdrawn at the delivery:
-- order ... was delivered on Tue 12 Jan 2027 in the client's time zone Europe/Berlin ..."). The state shown over the
-- API follows from these columns too (WITHDRAWN); a confirmed milestone is never withdrawn.
alter table order_milestone add column withdrawn_at timestamp;
alter table order_milestone add column withdrawal_reason varchar(1000);
