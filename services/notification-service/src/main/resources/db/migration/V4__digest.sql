-- Side-event proposals and written submissions with their status, for the secretariat's digest of what waits.
create table proposal_copy (
    proposal_id     uuid        primary key,
    session_id      uuid        not null,
    organisation_id text        not null,
    status          text        not null,
    updated_at      timestamptz not null
);

create table submission_copy (
    submission_id   uuid        primary key,
    session_id      uuid        not null,
    organisation_id text        not null,
    status          text        not null,
    updated_at      timestamptz not null
);
