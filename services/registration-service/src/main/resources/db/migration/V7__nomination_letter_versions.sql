-- Nomination letters are kept in versions: a new upload is version n + 1, the old ones stay.
alter table nomination_letter add column version integer not null default 1 check (version >= 1);
alter table nomination_letter drop constraint nomination_letter_pkey;
alter table nomination_letter add primary key (session_id, organisation_id, version);
