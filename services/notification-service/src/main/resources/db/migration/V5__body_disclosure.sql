-- Each body's objection disclosure policy (accreditation.body.events): whether the organisation is told the reason
-- of an objection (REASON_ONLY, STATE_AND_REASON) or only that one was made (NONE).
create table body_copy (
    body_id              text        primary key,
    objection_disclosure text        not null,
    updated_at           timestamptz not null
);
