-- "At risk" is one rule (Ticket.slaStatus): the last quarter of the time between opening and the resolution
-- deadline. The ticket keeps the instant its risk begins, computed by the domain, so the supervisor's queue
-- counts at-risk tickets with a plain comparison instead of re-coding the rule in SQL.
alter table ticket add column at_risk_from timestamp with time zone;
update ticket set at_risk_from = resolution_due - (resolution_due - opened_at) / 4;
alter table ticket alter column at_risk_from set not null;
-- the queue summary's at-risk and breach counts of active tickets
create index ix_ticket_state_at_risk on ticket (state, at_risk_from, resolution_due);
