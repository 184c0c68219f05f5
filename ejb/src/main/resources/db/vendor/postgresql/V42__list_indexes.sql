-- List screens at a million rows (bench/lists.sh, bench/RESULTS.md "List screens at 1 M rows"): an index for
-- each list's order and filters, so that a page reads 20 rows, not the table. PostgreSQL's own version: the
-- contains filters (lower(x) like '%…%') through trigram indexes (pg_trgm, a trusted contrib extension) and
-- the active tickets through a partial index; db/vendor/h2/V42 has the rest, the same btree indexes.

-- customers: the lists' sort columns (an admin's list of all clients in surname order; a client's list
-- already has ix_customer_client_name)
create index ix_customer_last_name on customer (last_name, id);
create index ix_customer_first_name on customer (first_name, id);
create index ix_customer_city on customer (city, id);
create index ix_customer_province on customer (province, id);
-- leads: a campaign's leads in import order (the campaign page)
create index ix_lead_campaign on lead (campaign_id, id);
-- tickets: the active ones by resolution due (a supervisor's list, the agent's queue), whatever their state
create index ix_ticket_active_due on ticket (resolution_due, id) where state in ('NEW', 'OPEN', 'REOPENED', 'WAITING_CUSTOMER');

-- Trigram indexes for the search box and the column filters. An extension is one per database: it goes to
-- schema public, not to Cuffia's schema, so that dropping one schema of a database holding several (the
-- tests', a bench's) cannot take the others' indexes with it; the operator class is named with the schema
-- the extension has, wherever an earlier install put it. Needs CREATE on public once (PostgreSQL 15: its owner).
create extension if not exists pg_trgm schema public;
do $$
declare
    trgm text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm');
begin
    execute format('create index ix_customer_last_name_trgm on customer using gin (lower(last_name) %I.gin_trgm_ops)', trgm);
    execute format('create index ix_customer_first_name_trgm on customer using gin (lower(first_name) %I.gin_trgm_ops)', trgm);
    execute format('create index ix_customer_email_trgm on customer using gin (lower(email) %I.gin_trgm_ops)', trgm);
    execute format('create index ix_customer_city_trgm on customer using gin (lower(city) %I.gin_trgm_ops)', trgm);
    execute format('create index ix_lead_phone_trgm on lead using gin (lower(phone) %I.gin_trgm_ops)', trgm);
    execute format('create index ix_ticket_subject_trgm on ticket using gin (lower(subject) %I.gin_trgm_ops)', trgm);
end $$;
