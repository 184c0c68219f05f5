-- Deleting or erasing a customer, lead or call makes the database look for the sales and appointments that
-- still point at it; without an index on the referencing column each such check read the whole sale table
-- (bench/dispatch.sh: deleting the previous run's 100 000 bench customers against 40 000 sales ran for
-- minutes). The same columns are how a customer's or lead's sales and appointments are found.
create index ix_sale_customer on sale (customer_id);
create index ix_sale_lead on sale (lead_id);
create index ix_sale_interaction on sale (interaction_id);
create index ix_appointment_lead on appointment (lead_id);
create index ix_appointment_interaction on appointment (interaction_id);
