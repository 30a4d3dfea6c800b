-- The session's last day: without a submission deadline of its own, submissions close at its end (venue time).
-- A copy made before this column learns its end date from the session's next event.
alter table session_copy add column end_date date;
