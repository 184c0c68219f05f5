-- Tickets written with a first response but without whether it was on time (the demo's call history wrote them
-- so): the first response's on-time flag is what the channel figures count, so it is set as Ticket.respond does.
update ticket set first_response_met = (first_response_at <= first_response_due)
 where first_response_at is not null and first_response_met is null;
