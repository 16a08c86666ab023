-- The national dataset: ${councils} councils, each with one programme of ${lines} cost lines over three
-- financial years (2021/22 to 2023/24), 36 months of actuals, 30 change requests, savings targets,
-- an establishment, and Envers history for every cost line and forecast (a third of the forecasts
-- changed twice). Set-based inserts through the migrated schema, consistent with the rules:
--  * every line names a funding stream in each year it has a budget; capital receipts fund only
--    transformation lines linked to savings targets;
--  * each stream's amount per year is exactly the budgets it pays for (funding reconciles to costs);
--  * the grant lines are charged to a Cabinet decision whose two released tranches cover their
--    whole budget, and they spend 90% of it, so no spend exceeds what the tranches allow;
--  * approved virements net to zero between two lines of the same stream and leave no budget below £0;
--  * cost_line_figures holds the sums of the entries, as the application keeps it;
--  * improvement (at the end): a notice, an inspection, two plan versions, six priority areas, 150
--    actions owned by six workstream leads with five progress updates each, ten measures of 36 values,
--    under the improvement module's rules (see the comment there).
-- Statements are separated by a line holding only ';;' (the runner splits on it).

create temporary table g_council as
    select c as n, lpad(c::text, 3, '0') as tag, null::bigint as org, null::bigint as prog
    from generate_series(1, ${councils}) c;
;;
insert into organisation (name, created_at) select 'Bench council ' || tag, now() from g_council;
;;
update g_council g set org = o.id from organisation o where o.name = 'Bench council ' || g.tag;
;;
insert into app_user (organisation_id, username, display_name, email, password_hash, created_at)
    select g.org, 'bench' || g.tag || '-' || r.who, r.title || ' of council ' || g.tag,
           'bench' || g.tag || '-' || r.who || '@example.org', '${passwordHash}', now()
    from g_council g cross join (values ('finance', 'Finance partner'), ('officer', 'Programme officer'),
        ('chair', 'Chair'), ('scrutiny', 'Councillor'), ('admin', 'Administrator')) r(who, title);
;;
insert into app_user_role (user_id, role)
    select u.id, case split_part(u.username, '-', 2) when 'finance' then 'FINANCE' when 'officer' then 'OFFICER'
        when 'chair' then 'CHAIR' when 'scrutiny' then 'SCRUTINY_MEMBER' else 'ADMIN' end
    from app_user u join g_council g on g.org = u.organisation_id;
;;
insert into governance_body (organisation_id, name, body_type, chair_user_id, chair_role, cadence, remit, decides_change_requests)
    select g.org, 'Resources Board', 'RESOURCES_BOARD', u.id, 'Director of Resources', 'MONTHLY',
           'Oversees the programme''s money and decides change requests.', true
    from g_council g join app_user u on u.username = 'bench' || g.tag || '-chair';
;;
insert into governance_body (organisation_id, name, body_type, cadence, remit)
    select g.org, 'Scrutiny Committee', 'SCRUTINY_COMMITTEE', 'QUARTERLY', 'Scrutinises the programme.' from g_council g;
;;
insert into body_member (body_id, user_id)
    select b.id, u.id from governance_body b join g_council g on g.org = b.organisation_id
        join app_user u on u.organisation_id = b.organisation_id
    where (b.body_type = 'RESOURCES_BOARD' and u.username like '%-finance')
       or (b.body_type = 'SCRUTINY_COMMITTEE' and u.username like '%-scrutiny');
;;
insert into programme (organisation_id, name, sro, start_date, end_date, aims, status)
    select org, 'Children''s Services Transformation Programme', 'Director of Children''s Services',
           date '2021-04-01', date '2024-03-31', 'Children safe at home; a stable, permanent workforce.', 'ACTIVE'
    from g_council;
;;
update g_council g set prog = p.id from programme p where p.organisation_id = g.org;
;;
insert into workstream (organisation_id, programme_id, name, lead)
    select g.org, g.prog, w.name, 'Lead for ' || lower(w.name)
    from g_council g cross join (values ('Workforce'), ('Practice'), ('Systems'), ('Early help'), ('Placements'),
        ('Leadership')) w(name);
;;
insert into funding_stream (organisation_id, programme_id, name, stream_type)
    select g.org, g.prog, s.name, s.stream_type
    from g_council g cross join (values ('DfE improvement grant', 'GRANT'), ('Transformation reserve', 'EARMARKED_RESERVE'),
        ('Base budget growth', 'BASE_BUDGET'), ('Flexible use of capital receipts', 'CAPITAL_RECEIPTS')) s(name, stream_type);
;;
insert into savings_target (organisation_id, programme_id, workstream_id, financial_year, description, planned, delivered,
        cashable, evidence, confidence)
    select w.organisation_id, w.programme_id, w.id, y, w.name || ' savings ' || y, 100000 + (w.id % 7) * 10000,
           60000 + (w.id % 5) * 10000, y % 2 = 0, 'Monthly finance report', (array['HIGH', 'MEDIUM', 'LOW'])[1 + w.id % 3]
    from workstream w join g_council g on g.prog = w.programme_id cross join generate_series(2021, 2023) y;
;;
insert into cost_line (organisation_id, programme_id, workstream_id, code, name, category, expenditure_type, fte, illustrative)
    select g.org, g.prog, w.id, 'CL-' || lpad(i::text, 3, '0'), 'Cost line ' || i || ' of ' || lower(w.name),
           (array['PERMANENT_STAFF', 'AGENCY_STAFF', 'CONSULTANCY', 'TRAINING', 'SYSTEMS', 'OTHER'])[1 + i % 6],
           case when i % 4 = 3 or i % 2 = 0 then 'TRANSFORMATION' else 'IMPROVEMENT' end, (i % 5)::numeric, false
    from g_council g cross join generate_series(1, ${lines}) i
        join workstream w on w.programme_id = g.prog
         and w.name = (array['Workforce', 'Practice', 'Systems', 'Early help', 'Placements', 'Leadership'])[1 + i % 6];
;;
-- Each line's number, its council and the stream that pays for it in every year:
-- i % 4 = 0 the grant (charged to the decision), 1 the reserve, 2 base budget, 3 capital receipts.
create temporary table g_line as
    select c.id, c.organisation_id as org, c.programme_id as prog, c.workstream_id as ws, substr(c.code, 4)::int as i,
           g.tag, s.id as stream
    from cost_line c join g_council g on g.prog = c.programme_id
        join funding_stream s on s.programme_id = c.programme_id
         and s.stream_type = (array['GRANT', 'EARMARKED_RESERVE', 'BASE_BUDGET', 'CAPITAL_RECEIPTS'])[1 + substr(c.code, 4)::int % 4];
;;
create index on g_line (id);
;;
insert into cost_line_funding (cost_line_id, financial_year, funding_stream_id)
    select id, y, stream from g_line cross join generate_series(2021, 2023) y;
;;
insert into cost_line_savings_target (cost_line_id, savings_target_id)
    select l.id, t.id from g_line l join savings_target t on t.workstream_id = l.ws and t.financial_year = 2022
    where l.i % 4 = 3;
;;
insert into budget_entry (organisation_id, cost_line_id, financial_year, amount, recorded_at, recorded_by)
    select org, id, y, 10000 + ((i * 37 + y) % 90) * 1000, timestamp with time zone '2021-03-15 10:00:00+00',
           'bench' || tag || '-finance'
    from g_line cross join generate_series(2021, 2023) y;
;;
insert into funding_decision (organisation_id, programme_id, decided_by, decided_on, reference, amount)
    select l.org, l.prog, 'Cabinet', date '2021-03-31', 'CAB-' || l.tag, sum(b.amount)
    from g_line l join budget_entry b on b.cost_line_id = l.id where l.i % 4 = 0 group by l.org, l.prog, l.tag;
;;
insert into funding_decision_source (funding_decision_id, funding_stream_id, amount)
    select d.id, s.id, d.amount from funding_decision d join g_council g on g.prog = d.programme_id
        join funding_stream s on s.programme_id = d.programme_id and s.stream_type = 'GRANT';
;;
update cost_line c set funding_decision_id = d.id from g_line l, funding_decision d
    where l.id = c.id and l.i % 4 = 0 and d.programme_id = l.prog;
;;
insert into tranche (organisation_id, funding_decision_id, name, amount, available_from, released_on)
    select d.organisation_id, d.id, 'Tranche ' || k,
           case when k = 1 then round(d.amount / 2, 2) else d.amount - round(d.amount / 2, 2) end,
           date '2021-04-01' + (k - 1) * 365, date '2021-04-01' + (k - 1) * 365
    from funding_decision d join g_council g on g.prog = d.programme_id cross join generate_series(1, 2) k;
;;
-- Thirty virements a programme from line a to line a + 4 (the same stream) in 2022/23: the first 20
-- approved, 4 rejected, 3 awaiting decision, 3 drafts. No line is in two requests.
insert into change_request (organisation_id, programme_id, request_type, title, rationale, status, drafted_by, drafted_at,
        submitted_by, submitted_at, decided_by, decided_at, meeting_date, minute_reference)
    select g.org, g.prog, 'VIREMENT', 'Virement ' || k, 'Moves budget to where the work is.', x.status,
           'bench' || g.tag || '-officer', x.at,
           case when x.status <> 'DRAFT' then 'bench' || g.tag || '-officer' end,
           case when x.status <> 'DRAFT' then x.at + interval '1 day' end,
           case when x.status in ('APPROVED', 'REJECTED') then 'bench' || g.tag || '-chair' end,
           case when x.status in ('APPROVED', 'REJECTED') then x.at + interval '10 days' end,
           case when x.status in ('APPROVED', 'REJECTED') then (x.at + interval '10 days')::date end,
           case when x.status in ('APPROVED', 'REJECTED') then 'RB/' || k end
    from g_council g cross join generate_series(1, 30) k
        cross join lateral (select case when k <= 20 then 'APPROVED' when k <= 24 then 'REJECTED'
            when k <= 27 then 'SUBMITTED' else 'DRAFT' end as status,
            timestamp with time zone '2022-05-02 09:00:00+00' + k * interval '7 days' as at) x;
;;
create temporary table g_move as
    select r.id as request, r.organisation_id as org, r.status, r.decided_at, r.decided_by, r.programme_id as prog,
           1 + (8 * substr(r.title, 10)::int) % 290 as from_i, 1000 * (1 + substr(r.title, 10)::int % 5) as amount
    from change_request r join g_council g on g.prog = r.programme_id;
;;
insert into change_request_line (organisation_id, change_request_id, cost_line_id, financial_year, amount)
    select m.org, m.request, l.id, 2022, case when l.i = m.from_i then -m.amount else m.amount end
    from g_move m join g_line l on l.prog = m.prog and l.i in (m.from_i, m.from_i + 4);
;;
insert into budget_entry (organisation_id, cost_line_id, financial_year, amount, change_request_id, recorded_at, recorded_by)
    select c.organisation_id, c.cost_line_id, c.financial_year, c.amount, m.request, m.decided_at, m.decided_by
    from change_request_line c join g_move m on m.request = c.change_request_id where m.status = 'APPROVED';
;;
insert into funding_stream_amount (organisation_id, funding_stream_id, financial_year, amount)
    select l.org, l.stream, b.financial_year, sum(b.amount)
    from g_line l join budget_entry b on b.cost_line_id = l.id group by l.org, l.stream, b.financial_year;
;;
-- 36 months of actuals: 90% of the year's original budget, a twelfth a month; one line in fifty
-- (never a grant line) spends 110% and is flagged overspent.
insert into actual_spend (organisation_id, cost_line_id, spend_month, financial_year, amount, reference, recorded_at, recorded_by)
    select l.org, l.id, m.month, m.year,
           round((10000 + ((l.i * 37 + m.year) % 90) * 1000) * (case when l.i % 50 = 1 then 1.10 else 0.90 end) / 12, 2),
           'INV-' || l.i || '-' || to_char(m.month, 'YYYYMM'), m.month + 20, 'bench' || l.tag || '-finance'
    from g_line l cross join (select d::date as month, extract(year from d - interval '3 months')::int as year
        from generate_series(date '2021-04-01', date '2024-03-01', interval '1 month') d) m;
;;
insert into commitment (organisation_id, cost_line_id, committed_on, financial_year, amount, supplier, reference, status)
    select org, id, date '2023-06-01', 2023, 500 + (i % 10) * 50, 'Supplier ' || (i % 20), 'PO-' || i,
           case when i % 3 = 0 then 'CLOSED' else 'OPEN' end
    from g_line;
;;
insert into forecast_outturn (organisation_id, cost_line_id, financial_year, amount, updated_at, updated_by)
    select b.organisation_id, b.cost_line_id, b.financial_year,
           case when l.i % 50 = 1 then round(sum(b.amount) * 1.12, 2) else sum(b.amount) end,
           timestamp with time zone '2021-04-01 09:00:00+00' + (b.financial_year - 2021) * interval '1 year' + interval '6 months',
           'bench' || l.tag || '-finance'
    from budget_entry b join g_line l on l.id = b.cost_line_id group by b.organisation_id, b.cost_line_id, b.financial_year, l.i, l.tag;
;;
insert into cost_line_figures (cost_line_id, financial_year, organisation_id, programme_id, budget, actual, committed)
    select f.cost_line_id, f.financial_year, l.org, l.prog, sum(f.budget), sum(f.actual), sum(f.committed)
    from (
        select cost_line_id, financial_year, amount as budget, 0 as actual, 0 as committed from budget_entry
        union all
        select cost_line_id, financial_year, 0, amount, 0 from actual_spend
        union all
        select cost_line_id, financial_year, 0, 0, amount from commitment where status = 'OPEN'
    ) f join g_line l on l.id = f.cost_line_id
    group by f.cost_line_id, f.financial_year, l.org, l.prog;
;;
insert into establishment_plan (organisation_id, programme_id, financial_year, planned_fte)
    select org, prog, y, 100 + (y - 2021) * 10 from g_council cross join generate_series(2021, 2023) y;
;;
insert into establishment_actual (organisation_id, programme_id, fte_month, financial_year, permanent_fte, agency_fte)
    select g.org, g.prog, d::date, extract(year from d - interval '3 months')::int, 70 + extract(month from d)::int,
           20 - extract(month from d)::int % 7
    from g_council g cross join generate_series(date '2021-04-01', date '2024-03-01', interval '1 month') d;
;;
-- History: every cost line created in one revision per programme; every forecast set once, and a
-- third of them changed twice since (each change its own revision).
create temporary table g_rev as
    select g.prog, g.org, g.tag, nextval(pg_get_serial_sequence('revinfo', 'id')) as rev from g_council g;
;;
insert into revinfo (id, timestamp, username)
    select rev, 1615802400000, 'bench' || tag || '-finance' from g_rev;
;;
insert into cost_line_aud (id, rev, revtype, organisation_id, programme_id, workstream_id, code, name, category,
        expenditure_type, funding_decision_id, fte, illustrative)
    select c.id, r.rev, 0, c.organisation_id, c.programme_id, c.workstream_id, c.code, c.name, c.category,
           c.expenditure_type, c.funding_decision_id, c.fte, c.illustrative
    from cost_line c join g_rev r on r.prog = c.programme_id;
;;
create temporary table g_forecast_rev as
    select f.id, f.organisation_id as org, f.cost_line_id, f.financial_year, f.amount, f.updated_at, f.updated_by, k,
           case when l.i % 3 = 0 then 2 else 0 end as last, nextval(pg_get_serial_sequence('revinfo', 'id')) as rev
    from forecast_outturn f join g_line l on l.id = f.cost_line_id cross join generate_series(0, 2) k
    where k = 0 or l.i % 3 = 0;
;;
insert into revinfo (id, timestamp, username)
    select rev, (extract(epoch from updated_at - (last - k) * interval '2 months') * 1000)::bigint, updated_by
    from g_forecast_rev;
;;
insert into forecast_outturn_aud (id, rev, revtype, organisation_id, cost_line_id, financial_year, amount, updated_at, updated_by)
    select id, rev, case when k = 0 then 0 else 1 end, org, cost_line_id, financial_year, amount + (last - k) * 500,
           updated_at - (last - k) * interval '2 months', updated_by
    from g_forecast_rev;
;;
-- Improvement, per council, consistent with the module's rules: one improvement notice of six
-- requirements (compliance claimed or denied only with evidence; a review date for each not yet
-- complied with); one ILACS inspection with four judgements and eight recommendations; the plan in
-- two versions (1.0 superseded by 2.0); six priority areas of 25 actions each over the six
-- workstreams, each owned by its workstream's lead (an officer); five progress updates an action,
-- dated two months apart in the past, in date order, blue only on the last update of a complete
-- action (and always there); the action holds its latest update; ten monthly measures of 36 values.
insert into app_user (organisation_id, username, display_name, email, password_hash, created_at)
    select g.org, 'bench' || g.tag || '-lead' || k, 'Workstream lead ' || k || ' of council ' || g.tag,
           'bench' || g.tag || '-lead' || k || '@example.org', '${passwordHash}', now()
    from g_council g cross join generate_series(1, 6) k;
;;
insert into app_user_role (user_id, role)
    select u.id, 'OFFICER' from app_user u join g_council g on g.org = u.organisation_id where u.username like '%-lead_';
;;
insert into intervention (organisation_id, programme_id, kind, title, issued_by, issued_on, summary)
    select org, prog, 'IMPROVEMENT_NOTICE', 'Improvement notice', 'Department for Education', date '2021-05-18',
           'Issued after the inspection judged services inadequate.'
    from g_council;
;;
insert into intervention_requirement (organisation_id, programme_id, intervention_id, label, requirement, compliance, evidence, review_on)
    select i.organisation_id, i.programme_id, i.id, r.label, r.requirement, r.compliance, r.evidence, r.review_on
    from intervention i join g_council g on g.prog = i.programme_id cross join (values
        ('a', 'Appoint an Improvement Adviser', 'COMPLIANT', 'Adviser appointed in June 2021', null::date),
        ('b', 'Establish an Improvement Board with an independent chair', 'COMPLIANT', 'Board terms of reference', null),
        ('c', 'Implement an Improvement Plan agreed with the Department', 'IN_PROGRESS', 'Plan 2.0 submitted', date '2024-06-30'),
        ('d', 'Reduce social work caseloads to a manageable level', 'IN_PROGRESS', null, date '2024-09-30'),
        ('e', 'Improve the quality of assessments and plans', 'NOT_COMPLIANT', 'Audit of March 2024', date '2024-06-30'),
        ('f', 'Report progress to the Department quarterly', 'NOT_ASSESSED', null, null)) r(label, requirement, compliance, evidence, review_on);
;;
insert into inspection (organisation_id, programme_id, inspection_type, title, inspected_on, published_on, overall_judgement)
    select org, prog, 'ILACS', 'Inspection of local authority children''s services', date '2021-03-01', date '2021-04-20', 'INADEQUATE'
    from g_council;
;;
-- judgements are a list kept in order from 0 (@OrderColumn); recommendations are numbered from 1
insert into inspection_judgement (inspection_id, position, area, judgement)
    select i.id, j.position - 1, j.area, j.judgement from inspection i join g_council g on g.prog = i.programme_id
    cross join (values (1, 'The impact of leaders on social work practice with children and families', 'INADEQUATE'),
        (2, 'The experiences and progress of children who need help and protection', 'INADEQUATE'),
        (3, 'The experiences and progress of children in care', 'REQUIRES_IMPROVEMENT'),
        (4, 'The experiences and progress of care leavers', 'REQUIRES_IMPROVEMENT')) j(position, area, judgement);
;;
insert into inspection_recommendation (organisation_id, programme_id, inspection_id, position, recommendation)
    select i.organisation_id, i.programme_id, i.id, k, 'Recommendation ' || k || ': ' || (array['the quality of supervision',
        'the timeliness of assessments', 'the quality of plans', 'management oversight at the front door', 'caseloads',
        'the recruitment and retention of social workers', 'the voice of the child', 'quality assurance'])[k]
    from inspection i join g_council g on g.prog = i.programme_id cross join generate_series(1, 8) k;
;;
insert into improvement_plan (organisation_id, programme_id, title, plan_version, status, endorsed_by, endorsed_on, submitted_on)
    select org, prog, 'Improvement plan', v.plan_version, v.status, 'Cabinet', v.endorsed_on, v.endorsed_on + 5
    from g_council cross join (values ('1.0', 'SUPERSEDED', date '2021-07-15'), ('2.0', 'SUBMITTED', date '2022-07-14'))
        v(plan_version, status, endorsed_on);
;;
insert into priority_area (organisation_id, programme_id, name, position)
    select org, prog, a.name, a.position from g_council cross join (values (1, 'Leadership and governance'),
        (2, 'Front door and early help'), (3, 'Quality of practice'), (4, 'Workforce'), (5, 'Children in care and care leavers'),
        (6, 'Partnerships')) a(position, name);
;;
create temporary table g_action as
    select g.org, g.prog, g.tag, i, p.id as plan, a.id as area, w.id as ws, u.id as owner, u.username as owner_name,
           case when i % 10 = 0 then r.id end as requirement, case when i % 10 = 5 then c.id end as recommendation,
           (date '2022-03-31' + (i % 24) * interval '1 month')::date as due_on,
           (date '2021-09-01' + (i % 20) * interval '1 day')::date as first_update,
           case when i % 5 < 3 then 'COMPLETE' else 'IN_PROGRESS' end as final_status
    from g_council g cross join generate_series(1, 150) i
        join improvement_plan p on p.programme_id = g.prog and p.plan_version = '2.0'
        join priority_area a on a.programme_id = g.prog and a.position = 1 + (i - 1) / 25
        join workstream w on w.programme_id = g.prog
         and w.name = (array['Workforce', 'Practice', 'Systems', 'Early help', 'Placements', 'Leadership'])[1 + i % 6]
        join app_user u on u.username = 'bench' || g.tag || '-lead' || (1 + i % 6)
        join intervention_requirement r on r.programme_id = g.prog and r.label = chr(97 + (i / 10) % 6)
        join inspection_recommendation c on c.programme_id = g.prog and c.position = 1 + (i / 10) % 8;
;;
insert into improvement_action (organisation_id, programme_id, plan_id, priority_area_id, workstream_id, reference, title,
        owner_user_id, due_on, status, progress_rating, impact_rating, requirement_id, inspection_recommendation_id, last_update_on)
    select org, prog, plan, area, ws, 'IP-' || lpad(i::text, 3, '0'), 'Improvement action ' || i, owner, due_on,
           'NOT_STARTED', 'AMBER', 'AMBER', requirement, recommendation, null
    from g_action;
;;
insert into progress_update (organisation_id, programme_id, action_id, recorded_on, status, progress_rating, impact_rating,
        commentary, evidence_link, recorded_by, recorded_at)
    select a.org, a.prog, x.id, u.recorded_on, u.status,
           case when u.status = 'COMPLETE' then 'BLUE' else (array['GREEN', 'AMBER', 'GREEN', 'RED', 'AMBER'])[1 + (a.i / 5 + k) % 5] end,
           case when u.status = 'COMPLETE' and a.i % 2 = 0 then 'BLUE'
                else (array['AMBER', 'GREEN', 'AMBER', 'GREEN', 'RED'])[1 + (a.i / 5 + k) % 5] end,
           'Update ' || (k + 1) || ' on improvement action ' || a.i || ': what was done, and what is next.',
           case when k % 2 = 0 then 'https://evidence.example.org/bench' || a.tag || '/' || a.i || '/' || k end,
           a.owner_name, u.recorded_on + time '10:00' at time zone 'UTC'
    from g_action a join improvement_action x on x.programme_id = a.prog and x.reference = 'IP-' || lpad(a.i::text, 3, '0')
        cross join generate_series(0, 4) k
        cross join lateral (select (a.first_update + k * interval '2 months')::date as recorded_on,
            case when k = 4 then a.final_status else 'IN_PROGRESS' end as status) u;
;;
update improvement_action x set status = u.status, progress_rating = u.progress_rating, impact_rating = u.impact_rating,
        last_update_on = u.recorded_on
    from (select distinct on (action_id) action_id, status, progress_rating, impact_rating, recorded_on
          from progress_update order by action_id, recorded_on desc, id desc) u
    where u.action_id = x.id;
;;
insert into measure (organisation_id, programme_id, name, objective, unit, polarity, baseline_value, baseline_on, target_value,
        target_by, benchmark, benchmark_assessment, frequency)
    select g.org, g.prog, m.name, m.objective, m.unit, m.polarity, m.baseline, date '2021-04-01', m.target, date '2024-03-31',
           m.benchmark, 'Behind statistical neighbours at the baseline.', 'MONTHLY'
    from g_council g cross join (values
        ('Average caseload', 'Manageable caseloads for social workers', 'children', 'LOWER_IS_BETTER', 26.0, 18.0, '16 to 18'),
        ('Agency social workers', 'A stable, permanent workforce', '%', 'LOWER_IS_BETTER', 38.0, 15.0, '15% (England)'),
        ('Audits good or better', 'Good practice, consistently', '%', 'HIGHER_IS_BETTER', 22.0, 60.0, '60% (good authorities)'),
        ('Assessments within 45 days', 'Timely assessments', '%', 'HIGHER_IS_BETTER', 61.0, 85.0, '84% (England)'),
        ('Re-referrals within 12 months', 'Help that lasts', '%', 'LOWER_IS_BETTER', 31.0, 22.0, '22% (England)'),
        ('Visits within timescale', 'Children seen when they should be', '%', 'HIGHER_IS_BETTER', 70.0, 95.0, '95%'),
        ('Supervision within timescale', 'Supported, challenged practitioners', '%', 'HIGHER_IS_BETTER', 55.0, 90.0, '90%'),
        ('Social worker vacancy rate', 'Posts filled', '%', 'LOWER_IS_BETTER', 24.0, 12.0, '17% (England)'),
        ('Second child protection plans', 'Plans that keep children safe', '%', 'LOWER_IS_BETTER', 27.0, 20.0, '23% (England)'),
        ('Care leavers in education or work', 'Good outcomes for care leavers', '%', 'HIGHER_IS_BETTER', 41.0, 55.0, '55% (England)'))
        m(name, objective, unit, polarity, baseline, target, benchmark);
;;
insert into measure_value (organisation_id, programme_id, measure_id, period_on, measured, commentary, recorded_by, recorded_at)
    select m.organisation_id, m.programme_id, m.id, (date '2021-04-01' + k * interval '1 month')::date,
           round(m.baseline_value + (m.target_value - m.baseline_value) * k / 40.0 + ((m.id + k) % 5 - 2) * 0.5, 2),
           case when k % 6 = 5 then 'Quarterly review: on the way to the target.' end, 'bench' || g.tag || '-officer',
           (date '2021-05-06' + k * interval '1 month')::date + time '09:00' at time zone 'UTC'
    from measure m join g_council g on g.prog = m.programme_id cross join generate_series(0, 35) k;
;;
analyze
