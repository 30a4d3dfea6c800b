-- Whether a session accepts submissions without a text layer (scans); absent from older events means no.
alter table session_copy add column scans_allowed boolean not null default false;

-- How each file's words were counted: the files counted before this migration were split on whitespace.
alter table submission_version add column word_count_method text;
alter table submission_version add column word_count_locale text;
alter table submission_version add column text_layer boolean;
update submission_version set word_count_method = 'whitespace', text_layer = word_count > 0;
alter table submission_version alter column word_count_method set not null;
alter table submission_version alter column text_layer set not null;
