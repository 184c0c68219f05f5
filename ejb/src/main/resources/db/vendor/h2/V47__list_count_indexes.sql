-- List screens at a million rows: H2's version of db/vendor/postgresql/V47 (H2 has no partial index: the state leads;
-- an agent's own active tickets use ix_ticket_owner and ix_ticket_assignee, which hold the state already).
create index ix_ticket_active_summary on ticket (state, client_id, support_level, assignee_id, opened_at, at_risk_from, resolution_due);
create index ix_lead_campaign_status on lead (campaign_id, status, attempts, id);
