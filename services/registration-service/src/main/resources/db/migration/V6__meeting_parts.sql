-- The meeting parts each delegate is registered for, one name a line (registrations made before: none named).
alter table registration add column meeting_parts text not null default '';
