-- A delegate is at most once in each organisation's delegation to a session. Whether another organisation
-- registered the same person is none of the organisation's business (the secretariat sees it in its list).
drop index registration_one_per_delegate;
create unique index registration_one_per_delegate on registration (session_id, organisation_id, lower(delegate_email))
    where status in ('PENDING', 'CONFIRMED', 'WAITLISTED');
