-- Issue 15 §2, the agent's desktop. What the phone system says about an inbound call besides its caller: the number
-- the caller dialled and the choice made in the IVR menu (both optional; the client's routing rules for the phone
-- channel turn them into the category the new-ticket button preselects). And when a missed or abandoned call was
-- called back (or set aside) by an agent, so that its notice leaves the consoles.
alter table interaction add column dialled_number varchar(40);
alter table interaction add column ivr_choice varchar(40);
alter table interaction add column returned_at timestamp with time zone;
alter table interaction add column returned_by_id bigint;
alter table interaction add constraint fk_interaction_returned_by foreign key (returned_by_id) references app_user (id);
-- the notices of calls nobody answered: the client's unanswered calls of the day, newest first
create index ix_interaction_client_ringing on interaction (client_id, ringing_at);
