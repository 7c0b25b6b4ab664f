-- A client email written while an earlier one about the same matter (or about the inquiry its order grew out of) had not
-- gone out yet follows it: follows holds the earlier email's id, and the relay sends the later one only once the earlier
-- one is no longer PLANNED or SENDING. A quote whose send failed and is retried later still reaches the client before
-- the order confirmation written after it, where the planned moments alone let the confirmation overtake the retry.
alter table outbox_message add column follows varchar(40);
