-- The desk a client belongs to (issue 15, point 6; io.meridian.desk): the configured desk whose group and
-- calendar the client's tasks get. Null for a team without desks; a client recorded before the team had
-- desks gets one at its next inquiry or complaint, like any blank field.
alter table client add column desk varchar(40);
