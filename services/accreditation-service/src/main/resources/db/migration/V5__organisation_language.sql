-- The language the organisation is written to in (the notification service's mail): en, fr or es.
alter table application add column org_language text not null default 'en';
