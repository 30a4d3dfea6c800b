-- Organisations that asked for no more non-essential mail (reminders) of a category.
create table unsubscription (
    organisation_id text        not null,
    category        text        not null,
    unsubscribed_at timestamptz not null,
    primary key (organisation_id, category)
);
