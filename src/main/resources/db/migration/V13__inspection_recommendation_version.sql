-- Recommendations can now be changed through the pages: each keeps a version, so that a change
-- made on a stale copy is refused rather than overwriting someone else's.
alter table inspection_recommendation add column version bigint not null default 0;
