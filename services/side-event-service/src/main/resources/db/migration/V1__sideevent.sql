-- The side-event service's own copy of the registration service's sessions (registration.session.events),
-- plus the one setting this service owns per session: how many approved side events an organisation may have.
create table session_copy (
    id                   uuid primary key,
    body_id              text        not null,
    title                text        not null,
    venue                text        not null,
    time_zone            text        not null,
    start_date           date        not null,
    end_date             date        not null,
    proposal_deadline    timestamptz,
    events_per_organiser integer     not null default 1 check (events_per_organiser between 1 and 20),
    last_event_at        timestamptz not null,
    check (end_date >= start_date),
    -- Referenced by approved proposals (organiser_limit), so that changing the limit reaches them (see proposal).
    constraint session_copy_limit_key unique (id, events_per_organiser)
);

-- The service's own copy of registrations (registration.registration.events): one row per delegate's seat.
-- An organisation is eligible for a session while one of its registrations for it is CONFIRMED. No foreign
-- key to session_copy: the two topics are not ordered with each other.
create table registration_copy (
    registration_id uuid primary key,
    session_id      uuid        not null,
    organisation_id text        not null,
    status          text        not null,
    last_event_at   timestamptz not null
);
create index registration_copy_confirmed on registration_copy (session_id, organisation_id) where status = 'CONFIRMED';

-- The venue's rooms, per session.
create table room (
    id         uuid primary key,
    -- A number for the room, because the no-overlap exclusion constraint below needs a key that GiST can
    -- compare with = without the btree_gist extension (which needs a superuser): int8range(room_key, room_key).
    room_key   bigint generated always as identity unique,
    session_id uuid    not null references session_copy (id),
    name       text    not null,
    capacity   integer not null check (capacity between 1 and 100000),
    equipment  text    not null default '[]',
    version    bigint  not null default 0,
    -- Referenced by approved proposals: the room, its key and its capacity travel together (see proposal).
    constraint room_allocation_key unique (session_id, id, room_key, capacity)
);
create unique index room_name_per_session on room (session_id, lower(name));

-- The session's side-event slots: a start and an end instant. Slots may overlap (a long slot beside two short
-- ones); what may not overlap is two approved events in one room, which the proposal table holds.
create table slot (
    id         uuid primary key,
    session_id uuid        not null references session_copy (id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    label      text,
    check (ends_at > starts_at),
    constraint slot_unique unique (session_id, starts_at, ends_at),
    constraint slot_allocation_key unique (session_id, id, starts_at, ends_at)
);

-- A side-event proposal and, once approved, its room and slot. The allocation columns are copies of the
-- room's and the slot's (and the session's limit) kept equal to them by composite foreign keys with
-- ON UPDATE CASCADE, so that the rules below are constraints on this one table, hold under concurrent
-- approvals, and still hold when a room's capacity or a session's limit changes later.
create table proposal (
    id                  uuid primary key,
    session_id          uuid        not null references session_copy (id),
    organisation_id     text        not null,
    title               text        not null,
    description         text        not null,
    format              text        not null check (format in ('IN_PERSON', 'HYBRID', 'ONLINE')),
    expected_attendance integer     not null check (expected_attendance between 1 and 100000),
    co_organisations    text        not null default '[]',
    co_member_states    text        not null default '[]',
    preferred_slots     text        not null default '[]',
    status              text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CANCELLED')),
    proposed_at         timestamptz not null,
    updated_at          timestamptz not null,
    decided_at          timestamptz,
    reason              text,
    -- The allocation: set on approval, kept (for the record) when a cancellation frees it.
    room_id             uuid,
    room_key            bigint,
    room_capacity       integer,
    slot_id             uuid,
    starts_at           timestamptz,
    ends_at             timestamptz,
    organiser_seq       integer,
    organiser_limit     integer,
    version             bigint      not null default 0,
    constraint proposal_room_fk foreign key (session_id, room_id, room_key, room_capacity)
        references room (session_id, id, room_key, capacity) on update cascade,
    constraint proposal_slot_fk foreign key (session_id, slot_id, starts_at, ends_at)
        references slot (session_id, id, starts_at, ends_at) on update cascade,
    constraint proposal_limit_fk foreign key (session_id, organiser_limit)
        references session_copy (id, events_per_organiser) on update cascade,
    constraint proposal_approved_has_allocation check (status <> 'APPROVED' or (
        room_id is not null and room_key is not null and room_capacity is not null and slot_id is not null
        and starts_at is not null and ends_at is not null and organiser_seq is not null and organiser_limit is not null)),
    -- Never more expected attendance than the room holds.
    constraint proposal_fits_room check (status <> 'APPROVED' or expected_attendance <= room_capacity),
    -- At most organiser_limit approved events per organiser and session: each takes a numbered place,
    -- 1..limit, and a place is taken once (proposal_organiser_place below).
    constraint proposal_within_organiser_limit check (status <> 'APPROVED' or organiser_seq between 1 and organiser_limit),
    -- Never two approved events in one room at overlapping times.
    constraint proposal_room_no_overlap exclude using gist (
        int8range(room_key, room_key, '[]') with =,
        tstzrange(starts_at, ends_at) with &&
    ) where (status = 'APPROVED')
);
create unique index proposal_organiser_place on proposal (session_id, organisation_id, organiser_seq) where status = 'APPROVED';
create index proposal_by_session on proposal (session_id, status);
create index proposal_by_organisation on proposal (organisation_id, session_id);
