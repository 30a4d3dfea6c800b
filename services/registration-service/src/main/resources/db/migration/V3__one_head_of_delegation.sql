-- Exactly one delegate in a seat heads each organisation's delegation to a session: where several were marked
-- head, the first registered of them keeps the role; where none was, the first registered in a seat takes it.
update registration r
set head_of_delegation = (r.id = (
    select x.id
    from registration x
    where x.session_id = r.session_id
      and x.organisation_id = r.organisation_id
      and x.status in ('PENDING', 'CONFIRMED')
    order by x.head_of_delegation desc, x.registered_at, x.id
    limit 1))
where r.head_of_delegation or r.status in ('PENDING', 'CONFIRMED');
create unique index registration_one_head on registration (session_id, organisation_id)
    where head_of_delegation and status in ('PENDING', 'CONFIRMED');
