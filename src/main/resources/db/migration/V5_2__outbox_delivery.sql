-- Delivery of the outbox by SMTP (issue 5). A node claims a due message with a conditional
-- update (status PLANNED -> SENDING, lease in claimed_until) before it sends, so each message
-- goes out once however many nodes share the database; a lease that ran out (the node stopped
-- mid-send) makes the message claimable again.

-- CLIENT: to a client; INTERNAL: a notification to staff
alter table outbox_message add column kind varchar(20) default 'CLIENT' not null;
-- sending attempts made so far, counted when a node claims the message
alter table outbox_message add column attempts integer default 0 not null;
-- when the next attempt is due: planned_at at first, later after the backoff
alter table outbox_message add column next_attempt_at timestamp;
alter table outbox_message add column claimed_until timestamp;
alter table outbox_message add column claimed_by varchar(100);
alter table outbox_message add column sent_at timestamp;
alter table outbox_message add column last_error varchar(2000);

update outbox_message set next_attempt_at = planned_at;
alter table outbox_message alter column next_attempt_at set not null;

drop index outbox_message_due;
create index outbox_message_due on outbox_message (status, next_attempt_at);
