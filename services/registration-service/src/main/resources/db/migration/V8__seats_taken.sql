-- The seats taken in each session, kept by the database from the registrations themselves: a registration no longer
-- counts the session's seats row by row under one lock of the session's row.
--  * A registration that enters a seat as it is made (PENDING or CONFIRMED) adds its seat when its transaction
--    commits (a deferred trigger), which holds the counter's row only for the commit: concurrent registrations of
--    different organisations are not serialised for the rest of their work. Where the seats were all taken in the
--    meantime, the commit fails with 'session-full' (SQLSTATE PLS01) and the service decides again (the waiting
--    list, or the refusal).
--  * Any other change of a registration's seat (a promotion, a cancellation, a withdrawal, a decline) counts at once:
--    those are made with the session locked for them alone.
create table session_seats (
    session_id uuid primary key references session (id),
    taken      integer not null check (taken >= 0)
);
insert into session_seats (session_id, taken)
select s.id, (select count(*) from registration r where r.session_id = s.id and r.status in ('PENDING', 'CONFIRMED'))
from session s;

create function registration_seat_taken() returns trigger
    language plpgsql as
$$
declare
    now_taken integer;
    limit_seats integer;
begin
    insert into session_seats as c (session_id, taken) values (new.session_id, 1)
    on conflict (session_id) do update set taken = c.taken + 1
    returning taken into now_taken;
    select seats into limit_seats from session where id = new.session_id;
    if limit_seats is not null and now_taken > limit_seats then
        raise exception 'session-full: all % seats of session % are taken', limit_seats, new.session_id
            using errcode = 'PLS01';
    end if;
    return null;
end
$$;

create constraint trigger registration_seat_taken
    after insert on registration
    deferrable initially deferred
    for each row
    when (new.status in ('PENDING', 'CONFIRMED'))
execute function registration_seat_taken();

create function registration_seat_changed() returns trigger
    language plpgsql as
$$
declare
    was_seat boolean := tg_op <> 'INSERT' and old.status in ('PENDING', 'CONFIRMED');
    is_seat  boolean := tg_op <> 'DELETE' and new.status in ('PENDING', 'CONFIRMED');
begin
    if was_seat and not is_seat then
        update session_seats set taken = taken - 1 where session_id = old.session_id;
    elsif is_seat and not was_seat then
        insert into session_seats as c (session_id, taken) values (new.session_id, 1)
        on conflict (session_id) do update set taken = c.taken + 1;
    end if;
    return null;
end
$$;

create trigger registration_seat_changed
    after update of status or delete on registration
    for each row
execute function registration_seat_changed();
