-- (b) The least a registration must do, in one transaction: the organisation's seats counted up under its own row
-- lock (the quota), the session's seats counted up in one statement held only until the commit (the seats), the
-- registration (the unique index keeps one live registration per delegate), the outbox row. A refusal would roll
-- back; here the quota and seats are large, so every transaction does the whole work.
\set organisation random(1, 2000)
\set delegate random(1, 1000000000)
begin;
insert into organisation_seats (session_id, organisation_id, taken) values (1, 'org-' || :organisation, 1)
  on conflict (session_id, organisation_id) do update set taken = organisation_seats.taken + 1
  where organisation_seats.taken < (select delegate_quota from session where id = 1);
insert into registration (id, session_id, organisation_id, delegate_email, status, registered_at)
  values (gen_random_uuid(), 1, 'org-' || :organisation, 'd' || :delegate || '@org.bench', 'CONFIRMED', now());
insert into outbox_event (event_id, topic, message_key, payload, occurred_at)
  values (gen_random_uuid(), 'registration.registration.events', 'org-' || :organisation, repeat('x', 900), now());
update session_seats set taken = taken + 1 where session_id = 1 and taken < seats;
commit;
