-- Whether a revoked organisation's published written submissions stay public (marked) or are withdrawn from
-- public view: the body's policy, by default they stay.
alter table body add column revoked_submissions text not null default 'KEEP_MARKED';
