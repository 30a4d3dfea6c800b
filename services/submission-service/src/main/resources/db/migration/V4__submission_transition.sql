-- Every transition of a submission, with who made it, when and why.
create table submission_transition (
    submission_id uuid        not null references submission (id),
    number        integer     not null,
    transition    text        not null,
    status        text        not null,
    file_version  integer     not null,
    actor_role    text        not null,
    actor_subject text,
    reason        text,
    at            timestamptz not null,
    primary key (submission_id, number)
);

-- Submissions filed before this table: their filing and their replacements are known from their files (who made
-- them is not, beyond the organisation); later changes of status before this migration are not.
insert into submission_transition (submission_id, number, transition, status, file_version, actor_role, at)
select v.submission_id, v.number, case when v.number = 1 then 'SUBMITTED' else 'REPLACED' end, 'SUBMITTED',
       v.number, 'organisation', v.uploaded_at
from submission_version v;
