-- A row the relay can never publish (an event over the broker's size limit, a topic that does not exist) is set
-- aside with its reason instead of being retried without end: the other keys keep flowing, and the rows of its own
-- key wait behind it so that their order is kept. An operator re-drives it once the cause is fixed:
--   update outbox_event set set_aside_at = null, attempts = 0 where event_id = '...';
alter table outbox_event add column set_aside_at timestamptz;
create index outbox_event_set_aside on outbox_event (message_key, seq)
    where set_aside_at is not null and published_at is null;
