-- Where each projection's rebuild stands (services' copies rebuilt from their topics, TopicReplay): a rebuild that
-- a stop or a crash interrupted is resumed at the next start, from the offsets it reached on each partition.
create table projection_rebuild (
    projection   text        primary key,
    state        text        not null check (state in ('rebuilding', 'complete')),
    started_at   timestamptz not null,
    completed_at timestamptz
);

create table projection_rebuild_offset (
    projection      text    not null,
    topic_partition integer not null,
    next_offset     bigint  not null,
    primary key (projection, topic_partition)
);
