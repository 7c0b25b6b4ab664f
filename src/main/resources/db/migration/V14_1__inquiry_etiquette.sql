-- The etiquette a journey decided at its start (issue 16): one JSON value, kept with the inquiry
-- in the row its start writes anyway, instead of as a process variable (a runtime row, a history
-- row and a byte-array row for each). Null for inquiries started before: their process holds it.
alter table inquiry add column etiquette text;
