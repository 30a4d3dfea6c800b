-- Wakes the outbox relay when events are committed: PostgreSQL delivers a notification only when the
-- transaction that inserted outbox rows commits (and folds the notifications of one transaction into one), so
-- a rolled-back change wakes nobody. The relay also polls, so a missed notification only delays an event.
create function plenary_outbox_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('plenary_outbox', '');
    return null;
end
$$;

create trigger outbox_event_notify
    after insert on outbox_event
    for each statement
execute function plenary_outbox_notify();
