-- Webhook subscriptions of integrators: an HTTPS endpoint, the event types it wants, a secret that signs each
-- delivery. An organisation's subscription receives only events about that organisation; the secretariat's (no
-- organisation) every event of the types it names.
create table webhook_subscription (
    id              uuid        primary key,
    organisation_id text,
    created_by      text        not null,
    url             text        not null,
    event_types     text        not null, -- comma-separated; * for all
    secret          text        not null,
    created_at      timestamptz not null
);

-- One delivery per subscription and event, written in the inbox's transaction (like a mail), sent by the
-- delivery job with retries; the last answer is kept.
create table webhook_delivery (
    id              uuid        primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_id        uuid        not null,
    event_type      text        not null,
    payload         text        not null,
    created_at      timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    given_up_at     timestamptz,
    last_attempt_at timestamptz,
    last_status     integer,
    last_answer     text,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at)
    where delivered_at is null and given_up_at is null;
