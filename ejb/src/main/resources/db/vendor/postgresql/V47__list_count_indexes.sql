-- List screens at a million rows, the counts beside the lists (bench/RESULTS.md, "List screens at 1 M rows"); H2's
-- version is db/vendor/h2/V47.
-- The supervisor's queue summary (TicketService.queues: per support level the active tickets, unassigned, oldest,
-- breached, at risk, of the caller's clients) from the index alone: the active tickets are one in ten of a table
-- of a million, spread over all its pages (421 ms reading them, 21 ms from this index).
create index ix_ticket_active_summary on ticket (client_id, support_level, assignee_id, opened_at, at_risk_from, resolution_due)
    where state in ('NEW', 'OPEN', 'REOPENED', 'WAITING_CUSTOMER');
-- The campaign page's lead counts by status and "attempted" (CampaignMonitor.of: count(l) is count of the id) from the
-- index alone: 83 ms for a million leads where reading them took 143 ms.
create index ix_lead_campaign_status on lead (campaign_id, status, attempts, id);
-- An agent's own active tickets ("mine": owned or worked by the caller), counted up to the list's limit: a bitmap
-- of these two instead of one of every active ticket filtered row by row (the agent's 11 428 of 100 000: 156 → 71 ms).
create index ix_ticket_active_owner on ticket (owner_id, client_id) where state in ('NEW', 'OPEN', 'REOPENED', 'WAITING_CUSTOMER');
create index ix_ticket_active_assignee on ticket (assignee_id, client_id) where state in ('NEW', 'OPEN', 'REOPENED', 'WAITING_CUSTOMER');
