-- What PostgreSQL alone needs to store what the import stored (bench/import.sh, after ./cuffia stop):
-- the import's new customers, their phones and consents, its leads and its per-line report copied
-- again, with new ids, into the same tables (same indexes, same foreign keys), under a copy of the
-- campaign and of the import, by INSERT … SELECT from temporary tables; then rolled back. Prints
-- one line: seconds for the five inserts and the rows they wrote.
--   psql -v campaign=ID -v import=ID -f bench/import_floor.sql
set search_path = cuffia;
\set shift 2000000000
begin;
create temp table f_lead on commit drop as select * from lead where import_id = :import;
-- the customers the import made (its IMPORTED lines), not the ones it linked
create temp table f_cust on commit drop as select c.* from customer c where c.id in (select l.customer_id from f_lead l
  join lead_import_issue i on i.import_id = l.import_id and i.line_number = l.import_line where i.kind = 'IMPORTED');
create temp table f_phone on commit drop as select p.* from customer_phone p where p.customer_id in (select id from f_cust);
create temp table f_consent on commit drop as select k.* from consent k where k.customer_id in (select id from f_cust);
create temp table f_issue on commit drop as select * from lead_import_issue where import_id = :import;
update f_lead set id = id + :shift, campaign_id = campaign_id + :shift, import_id = import_id + :shift,
  customer_id = case when customer_id in (select id from f_cust) then customer_id + :shift else customer_id end;
update f_cust set id = id + :shift;
update f_phone set id = id + :shift, customer_id = customer_id + :shift;
update f_consent set id = id + :shift, customer_id = customer_id + :shift;
update f_issue set id = id + :shift, import_id = import_id + :shift;
create temp table f_campaign on commit drop as select * from campaign where id = :campaign;
update f_campaign set id = id + :shift;
insert into campaign select * from f_campaign;
create temp table f_import on commit drop as select * from lead_import where id = :import;
update f_import set id = id + :shift, campaign_id = campaign_id + :shift;
insert into lead_import select * from f_import;
analyze f_lead; analyze f_cust; analyze f_phone; analyze f_consent; analyze f_issue;
create temp table f_time on commit drop as select clock_timestamp() as t0;
insert into customer select * from f_cust;
insert into customer_phone select * from f_phone;
insert into consent select * from f_consent;
insert into lead select * from f_lead;
insert into lead_import_issue select * from f_issue;
select round(extract(epoch from clock_timestamp() - t0)::numeric, 2),
       (select count(*) from f_cust) + (select count(*) from f_phone) + (select count(*) from f_consent)
       + (select count(*) from f_lead) + (select count(*) from f_issue)
from f_time;
rollback;
