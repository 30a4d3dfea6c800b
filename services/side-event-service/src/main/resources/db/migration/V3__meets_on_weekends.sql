-- Whether the session meets on Saturdays and Sundays between its dates: the standard side-event slots fall on its
-- meeting days only. A setting of the side-event policy for the session (PUT /sessions/{id}/side-event-policy).
alter table session_copy add column meets_on_weekends boolean not null default false;
