-- Segregation of duties: who submitted a change request, so that neither its drafter nor its
-- submitter can decide it. Requests submitted before this column existed have no submitter.
alter table change_request add column submitted_by varchar(100);
alter table change_request_aud add column submitted_by varchar(100);
