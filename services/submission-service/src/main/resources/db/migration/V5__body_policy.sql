-- The copy of each body's policy on a revoked organisation's published submissions (accreditation.body.events):
-- KEEP_MARKED keeps them public, marked; WITHDRAW takes them out of public view. No copy: KEEP_MARKED.
create table body_policy (
    body_id             text primary key,
    revoked_submissions text        not null,
    updated_at          timestamptz not null
);
