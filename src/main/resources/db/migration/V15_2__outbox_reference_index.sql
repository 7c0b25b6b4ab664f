-- The emails of one inquiry, order or complaint (GET /api/{inquiries|orders|complaints}/{id}/messages) are
-- read by their reference, oldest first. Without an index that read went through the whole outbox, which
-- only grows: every email the server has planned since it was installed.
create index outbox_message_reference on outbox_message (reference, created_at);
