-- The supervisor's wallboard (issue 15 §3).
-- Each client's service-level threshold: a call counts as answered in time when it waited at most this many
-- seconds between entering the queue (or ringing) and being answered. 20 s is the usual 80/20 target's threshold.
alter table client add column service_level_seconds integer default 20 not null;
alter table client add constraint ck_client_service_level check (service_level_seconds between 1 and 3600);
-- the wallboard's figures: today's calls of one client (or of the clients in view), counted by the database
-- today's calls per client: ix_interaction_client_ringing (client_id, ringing_at), created by V29 for the missed calls
-- the agents' open periods (who is in which state now), without reading the whole history of states
create index ix_agent_state_now on agent_state_period (ended_at, user_id);
