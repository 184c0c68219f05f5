-- First contact resolution (issue 17, lever c): a ticket counts for FCR when it was resolved before the wrap-up of
-- the contact that opened it ended and was never escalated. The KPI tally read that wrap-up end by looking up each
-- ticket's opening interaction (bench/batch.sh: a nested loop of ~3 000 primary-key lookups a day, some 40 % of the
-- tally's database time). The ticket now keeps it (Ticket.openingWrapUpEndedAt: copied when the ticket is linked to
-- the contact, or when the contact's wrap-up ends); the tickets already opened get it here.
alter table ticket add column opening_wrap_up_ended_at timestamp with time zone;
update ticket set opening_wrap_up_ended_at = (select i.wrap_up_ended_at from interaction i where i.id = ticket.opened_in_interaction_id)
where opened_in_interaction_id is not null;
