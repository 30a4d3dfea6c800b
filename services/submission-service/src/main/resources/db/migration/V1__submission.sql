-- The projections of the other services' events this service needs.
create table session_copy (
    session_id           uuid primary key,
    body_id              text        not null,
    title                text        not null,
    time_zone            text        not null,
    participation        text        not null,
    accreditation_cutoff timestamptz,
    submission_deadline  timestamptz,
    word_limit           integer,
    updated_at           timestamptz not null
);

create table accreditation (
    organisation_id text        not null,
    body_id         text        not null,
    status          text        not null,
    accredited_at   timestamptz,
    updated_at      timestamptz not null,
    primary key (organisation_id, body_id)
);

create table submission (
    id              uuid primary key,
    session_id      uuid        not null references session_copy (session_id),
    organisation_id text        not null,
    title           text        not null,
    agenda_item     text        not null,
    language        text        not null,
    status          text        not null,
    current_version integer     not null,
    reason          text,
    submitted_at    timestamptz not null,
    version         bigint      not null default 0
);
create index submission_by_session on submission (session_id, status);
create index submission_by_organisation on submission (organisation_id);

-- Every file ever uploaded for a submission; replacing a file adds a version.
create table submission_version (
    submission_id uuid        not null references submission (id),
    number        integer     not null,
    file_key      text        not null,
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null,
    word_count    integer     not null,
    uploaded_at   timestamptz not null,
    primary key (submission_id, number)
);
