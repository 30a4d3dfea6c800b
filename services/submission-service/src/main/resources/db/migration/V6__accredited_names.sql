-- The name under which an organisation applied to the body, as the accreditation events carry it: submissions are
-- listed under it (null until an event naming it has been read).
alter table accreditation add column organisation_name text;
