-- The name under which an organisation applied to the body, as the accreditation events carry it: the secretariat's
-- lists of proposals and the allocation board show it (null until an event naming it has been read).
alter table accreditation add column organisation_name text;
