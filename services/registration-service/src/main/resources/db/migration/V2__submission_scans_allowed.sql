-- Whether written submissions without a text layer (scans) are accepted.
alter table session add column submission_scans_allowed boolean not null default false;
