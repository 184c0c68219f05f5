-- KPIs per channel (issue 14 §5): a month's tickets are read by their opening time, within the caller's clients.
-- The index leads with opened_at for the month's range (an admin's view, every client) and carries client_id, so a
-- supervisor's client list is checked in the index too.
create index ix_ticket_opened_client on ticket (opened_at, client_id);
