-- A client email the outbox gave up on (FAILED) opens a task for the team, whose member settles it:
-- sent again (to the same or a corrected address, status back to PLANNED) or delivered another way
-- (it stays FAILED). Who settled it, when, and how.
alter table outbox_message add column settled_at timestamp;
alter table outbox_message add column settled_by varchar(100);
alter table outbox_message add column settlement varchar(2000);
