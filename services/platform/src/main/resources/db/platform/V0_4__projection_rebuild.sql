-- A projection's rebuild under way: written before the rebuild applies its first event, removed once it has applied
-- its topic to the end. A service stopped half-way (shut down, killed) finds the row at its next start and rebuilds
-- the projection again from the topic; what it applied before is skipped by the inbox, so it goes on where it was.
create table projection_rebuild (
    projection text        primary key,
    started_at timestamptz not null
);
