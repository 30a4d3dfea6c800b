create table session (
    id                           uuid primary key,
    body_id                      text        not null,
    title                        text        not null,
    venue                        text        not null,
    time_zone                    text        not null,
    start_date                   date        not null,
    end_date                     date        not null check (end_date >= start_date),
    registration_opens_at        timestamptz not null,
    registration_deadline        timestamptz not null check (registration_deadline > registration_opens_at),
    participation                text        not null,
    accreditation_cutoff         timestamptz,
    delegate_quota               integer     not null check (delegate_quota >= 1),
    seats                        integer check (seats >= 1),
    late_policy                  text        not null,
    confirmation_required        boolean     not null,
    nomination_letter_required   boolean     not null,
    meeting_parts                text        not null,
    side_event_proposal_deadline timestamptz,
    submission_deadline          timestamptz,
    submission_word_limit        integer check (submission_word_limit >= 1),
    version                      bigint      not null default 0
);
create index session_by_body on session (body_id, start_date);

create table registration (
    id                 uuid primary key,
    session_id         uuid        not null references session (id),
    organisation_id    text        not null,
    delegate_name      text        not null,
    delegate_email     text        not null,
    delegate_function  text,
    head_of_delegation boolean     not null,
    status             text        not null,
    late               boolean     not null,
    waitlist_position  bigint,
    registered_at      timestamptz not null,
    reason             text,
    version            bigint      not null default 0
);
-- A delegate holds at most one live registration per session, whoever registered them.
create unique index registration_one_per_delegate on registration (session_id, lower(delegate_email))
    where status in ('PENDING', 'CONFIRMED', 'WAITLISTED');
create index registration_by_session on registration (session_id, status);
create index registration_by_organisation on registration (organisation_id, session_id);
create sequence waitlist_position_seq;

create table nomination_letter (
    session_id      uuid        not null references session (id),
    organisation_id text        not null,
    content         bytea       not null,
    size_bytes      integer     not null,
    sha256          text        not null,
    uploaded_at     timestamptz not null,
    primary key (session_id, organisation_id)
);

-- The projection of the accreditation service's events: where each organisation stands with each body.
create table accreditation (
    organisation_id   text        not null,
    body_id           text        not null,
    organisation_name text        not null,
    status            text        not null,
    accredited_at     timestamptz,
    updated_at        timestamptz not null,
    primary key (organisation_id, body_id)
);
