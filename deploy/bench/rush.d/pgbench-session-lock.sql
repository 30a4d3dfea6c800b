-- (c) The same rules as the registration service kept them before: the session's row locked first, the seats
-- counted, then the registration and the outbox row (one lock held across the whole transaction).
\set organisation random(1, 2000)
\set delegate random(1, 1000000000)
begin;
select id from session where id = 1 for update;
select count(*) from registration where session_id = 1 and organisation_id = 'org-' || :organisation and status in ('PENDING', 'CONFIRMED');
select count(*) from registration where session_id = 1 and status in ('PENDING', 'CONFIRMED');
insert into registration (id, session_id, organisation_id, delegate_email, status, registered_at)
  values (gen_random_uuid(), 1, 'org-' || :organisation, 'd' || :delegate || '@org.bench', 'CONFIRMED', now());
insert into outbox_event (event_id, topic, message_key, payload, occurred_at)
  values (gen_random_uuid(), 'registration.registration.events', 'org-' || :organisation, repeat('x', 900), now());
commit;
