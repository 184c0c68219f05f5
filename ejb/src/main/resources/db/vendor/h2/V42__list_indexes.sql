-- List screens at a million rows: H2's version of db/vendor/postgresql/V42 (the same btree indexes; H2 has
-- neither trigram nor partial indexes, its contains filters read the table as before).
create index ix_customer_last_name on customer (last_name, id);
create index ix_customer_first_name on customer (first_name, id);
create index ix_customer_city on customer (city, id);
create index ix_customer_province on customer (province, id);
create index ix_lead_campaign on lead (campaign_id, id);
create index ix_ticket_active_due on ticket (resolution_due, id);
