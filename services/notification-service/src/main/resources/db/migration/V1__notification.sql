-- Projections of the other services' facts, built from their events (rebuildable from the topics).

-- Each organisation as its latest application event describes it: the address written to, and the language.
create table organisation_contact (
    organisation_id text        primary key,
    name            text        not null,
    email           text,
    language        text        not null default 'en',
    updated_at      timestamptz not null
);

-- Each organisation's accreditation status with each body (who is eligible for a session).
create table accreditation_copy (
    organisation_id text        not null,
    body_id         text        not null,
    status          text        not null,
    updated_at      timestamptz not null,
    primary key (organisation_id, body_id)
);

-- Sessions: dates, venue, time zone and deadlines.
create table session_copy (
    id                    uuid        primary key,
    body_id               text        not null,
    title                 text        not null,
    venue                 text        not null,
    time_zone             text        not null,
    start_date            date        not null,
    end_date              date        not null,
    registration_deadline timestamptz not null,
    participation         text        not null,
    last_event_at         timestamptz not null
);

-- Delegates' registrations, for whether an organisation has registered for a session.
create table registration_copy (
    registration_id uuid        primary key,
    session_id      uuid        not null,
    organisation_id text        not null,
    status          text        not null,
    updated_at      timestamptz not null
);
create index registration_copy_session on registration_copy (session_id, organisation_id);

-- The mail outbox: one row per mail a fact calls for, written in the same transaction as the inbox record of the
-- event; the sender renders it (in the recipient's language, known then) and sends it, retrying with a back-off
-- while the SMTP server is away. A mail is unique per fact, kind and recipient, so no fact mails anyone twice.
create table mail (
    id              uuid        primary key,
    kind            text        not null,
    fact_id         text        not null,
    organisation_id text,
    session_id      uuid,
    recipient       text,
    essential       boolean     not null default true,
    data            text        not null,
    created_at      timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    refused_at      timestamptz,
    sent_to         text,
    unique (fact_id, kind, organisation_id)
);
create index mail_due on mail (next_attempt_at) where sent_at is null and refused_at is null;

-- Addresses an SMTP server refused for good (a 5xx answer): never tried again.
create table refused_address (
    address    text        primary key,
    reply      text        not null,
    refused_at timestamptz not null
);
