-- When this service began: what was produced before it is learnt (the copies), never told (no mail, no webhook).
-- A new database begins now; one that has already applied events began with the first of them.
create table first_start (
    at timestamptz not null
);
insert into first_start (at) select coalesce(min(processed_at), clock_timestamp()) from processed_event;
