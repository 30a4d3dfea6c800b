-- A state's objection is disclosed from the objection, as the body's policy says: its transition names the state,
-- and the application's own reason no longer carries it.
alter table application_transition add column actor_state char(2);
update application_transition t
   set actor_state = o.state_code
  from objection o
 where t.action = 'OBJECT' and o.application_id = t.application_id and o.at = t.at;

update application a
   set reason = (select t.reason
                   from application_transition t
                  where t.application_id = a.id and t.reason is not null and t.action <> 'OBJECT'
                  order by t.id desc
                  limit 1)
 where exists (select 1 from application_transition t where t.application_id = a.id and t.action = 'OBJECT');
