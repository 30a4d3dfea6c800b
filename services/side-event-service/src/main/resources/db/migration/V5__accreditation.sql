-- The service's own copy of the accreditation service's applications (accreditation.application.events): where
-- each organisation stands with each body. An organisation whose accreditation to a session's body is SUSPENDED
-- may not propose or edit side events for the session; what it has is kept.
create table accreditation (
    organisation_id text        not null,
    body_id         text        not null,
    status          text        not null,
    accredited_at   timestamptz,
    updated_at      timestamptz not null,
    primary key (organisation_id, body_id)
);
