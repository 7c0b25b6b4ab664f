-- An inquiry whose client journey was deleted before any order (Cockpit, DELETE /engine-rest/process-instance/{id}, with or
-- without its listeners) is LOST in the ledger, as one the client never answered: nobody works it any more. These say how
-- it ended, as GET /api/inquiries and its list answer in journeyDeleted: when the journey was deleted, by whom (Camunda's
-- user operation log; null for a program without a user), the reason given to the deletion, and when the server noticed
-- (the deletion itself when the journey's listeners ran; later when they were skipped). Null for every other inquiry.
alter table inquiry add column journey_deleted_at timestamp;
alter table inquiry add column journey_deleted_by varchar(255);
alter table inquiry add column journey_delete_reason varchar(1000);
alter table inquiry add column journey_deletion_noticed_at timestamp;
