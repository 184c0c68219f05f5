-- The dialing queue takes new and retry leads per campaign and status by priority and age, with
-- SELECT … FOR UPDATE SKIP LOCKED … LIMIT: this index lets it walk them in that order and stop at
-- the limit instead of sorting the whole list. New leads are due from their import.
update lead set next_attempt_at = imported_at where next_attempt_at is null and status = 'NEW';
create index ix_lead_take on lead (campaign_id, status, priority desc, next_attempt_at, id);
