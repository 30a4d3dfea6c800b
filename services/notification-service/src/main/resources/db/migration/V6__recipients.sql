-- A mail row is one message to one recipient. A row written for an organisation without a recipient is resolved
-- when it is first sent: it becomes the mail to the first of the organisation's focal points (its contact address
-- when Keycloak knows none) and a row is added for each other one, with their language and time zone.
alter table mail add column language text;
alter table mail add column time_zone text;

-- When an application's non-objection period ends (for the states' list), while it is in that period.
alter table accreditation_copy add column non_objection_ends_at timestamptz;
