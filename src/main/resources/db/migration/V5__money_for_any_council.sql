-- Money for any council: what the first councils' programmes needed that one stream per cost line,
-- one stream per decision and one savings target per cost line could not say.

-- A funding decision may be funded from several funding streams, each with its part of the amount.
create table funding_decision_source (
    funding_decision_id  bigint not null references funding_decision (id) on delete cascade,
    funding_stream_id    bigint not null references funding_stream (id),
    amount               numeric(14, 2) not null,
    primary key (funding_decision_id, funding_stream_id),
    constraint ck_funding_decision_source_amount check (amount > 0)
);
create index ix_funding_decision_source_stream on funding_decision_source (funding_stream_id);
insert into funding_decision_source (funding_decision_id, funding_stream_id, amount)
    select id, funding_stream_id, amount from funding_decision where funding_stream_id is not null;
create table funding_decision_source_aud (
    rev                  bigint not null references revinfo (id),
    revtype              smallint,
    funding_decision_id  bigint not null,
    funding_stream_id    bigint not null,
    amount               numeric(14, 2) not null,
    -- a changed amount is one row removing the old value and one adding the new, in the same revision
    primary key (rev, funding_decision_id, funding_stream_id, amount)
);
alter table funding_decision drop column funding_stream_id;
alter table funding_decision_aud drop column funding_stream_id;

-- A cost line draws on one funding stream in each financial year, not necessarily the same each year.
create table cost_line_funding (
    cost_line_id       bigint not null references cost_line (id) on delete cascade,
    financial_year     integer not null,
    funding_stream_id  bigint not null references funding_stream (id),
    primary key (cost_line_id, financial_year)
);
create index ix_cost_line_funding_stream on cost_line_funding (funding_stream_id);
insert into cost_line_funding (cost_line_id, financial_year, funding_stream_id)
    select distinct c.id, b.financial_year, c.funding_stream_id from cost_line c join budget_entry b on b.cost_line_id = c.id;
create table cost_line_funding_aud (
    rev                bigint not null references revinfo (id),
    revtype            smallint,
    cost_line_id       bigint not null,
    financial_year     integer not null,
    funding_stream_id  bigint not null,
    -- a changed stream is one row removing the old value and one adding the new, in the same revision
    primary key (rev, cost_line_id, financial_year, funding_stream_id)
);
alter table cost_line drop column funding_stream_id;
alter table cost_line_aud drop column funding_stream_id;

-- A cost line may be meant to deliver several savings targets (savings that rise over the years).
create table cost_line_savings_target (
    cost_line_id       bigint not null references cost_line (id) on delete cascade,
    savings_target_id  bigint not null references savings_target (id),
    primary key (cost_line_id, savings_target_id)
);
create index ix_cost_line_savings_target_target on cost_line_savings_target (savings_target_id);
insert into cost_line_savings_target (cost_line_id, savings_target_id)
    select id, savings_target_id from cost_line where savings_target_id is not null;
create table cost_line_savings_target_aud (
    rev                bigint not null references revinfo (id),
    revtype            smallint,
    cost_line_id       bigint not null,
    savings_target_id  bigint not null,
    primary key (rev, cost_line_id, savings_target_id)
);
alter table cost_line drop column savings_target_id;
alter table cost_line_aud drop column savings_target_id;

-- The body that decides change requests is the one the council designates, whatever its name or type.
-- True for that body, null for every other, so that a unique key allows one deciding body per organisation.
alter table governance_body add column decides_change_requests boolean;
alter table governance_body_aud add column decides_change_requests boolean;
update governance_body set decides_change_requests = true
    where id in (select min(id) from governance_body where body_type = 'RESOURCES_BOARD' group by organisation_id);
alter table governance_body add constraint uk_governance_body_decides unique (organisation_id, decides_change_requests);
alter table governance_body add constraint ck_governance_body_decides check (decides_change_requests = true);
alter table governance_body drop constraint ck_governance_body_type;
alter table governance_body add constraint ck_governance_body_type check (body_type in ('OPERATIONAL_BOARD',
    'INDEPENDENT_IMPROVEMENT_BOARD', 'RESOURCES_BOARD', 'LEADERSHIP_TEAM', 'SCRUTINY_COMMITTEE', 'EXECUTIVE',
    'FULL_COUNCIL', 'OTHER'));

-- A forecast below what is already spent needs a reason.
alter table forecast_outturn add column reason text;
alter table forecast_outturn_aud add column reason text;

-- Each cost line's figures for each year, kept up to date in the transaction of every entry, so that
-- pages and reports read them instead of summing every entry each time. Derived: not audited.
create table cost_line_figures (
    cost_line_id     bigint not null references cost_line (id) on delete cascade,
    financial_year   integer not null,
    organisation_id  bigint not null references organisation (id),
    programme_id     bigint not null references programme (id),
    budget           numeric(18, 2) not null default 0,
    actual           numeric(18, 2) not null default 0,
    committed        numeric(18, 2) not null default 0,
    primary key (cost_line_id, financial_year)
);
create index ix_cost_line_figures_programme on cost_line_figures (programme_id, financial_year);
insert into cost_line_figures (cost_line_id, financial_year, organisation_id, programme_id, budget, actual, committed)
    select f.cost_line_id, f.financial_year, c.organisation_id, c.programme_id,
           sum(f.budget), sum(f.actual), sum(f.committed)
    from (
        select cost_line_id, financial_year, amount as budget, 0 as actual, 0 as committed from budget_entry
        union all
        select cost_line_id, financial_year, 0, amount, 0 from actual_spend
        union all
        select cost_line_id, financial_year, 0, 0, amount from commitment where status = 'OPEN'
    ) f join cost_line c on c.id = f.cost_line_id
    group by f.cost_line_id, f.financial_year, c.organisation_id, c.programme_id;
