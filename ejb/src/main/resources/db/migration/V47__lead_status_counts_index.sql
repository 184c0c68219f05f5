-- The campaign page's lead counts by status and "attempted" (CampaignMonitor.of: one grouped query over the
-- campaign's leads) read from an index alone: a campaign of a million leads is then counted from its index
-- entries, without reading the lead rows (bench/RESULTS.md, "List screens at 1 M rows"). H2 and PostgreSQL alike.
create index ix_lead_campaign_status on lead (campaign_id, status, attempts);
