-- The bodies each member state follows: what its focal points' list of applications open to objection shows.
create table followed_body (
    state_code  char(2)     not null,
    body_id     text        not null references body (id),
    followed_at timestamptz not null,
    primary key (state_code, body_id)
);
