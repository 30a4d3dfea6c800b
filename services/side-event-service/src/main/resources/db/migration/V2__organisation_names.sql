-- The name under which an organisation is accredited to the body, as the registration events carry it
-- (null for an organisation the registration service knows no accreditation of): the public programme shows it.
alter table registration_copy add column organisation_name text;
