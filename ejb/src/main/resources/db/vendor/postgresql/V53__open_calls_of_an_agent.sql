-- An agent's call in progress (Interaction.CURRENT_OF_AGENT, asked for every ticket an agent opens and every screen
-- pop) and the inbound call they have not wrapped up (UNFINISHED_INBOUND_OF_AGENT, asked at login and at every state
-- change): only the calls not yet wrapped up, a handful per agent among all the calls they ever took. The agent's index
-- of every call (ix_interaction_agent) read 0.26 ms per lookup at the bench's volume, this one 0.07 ms
-- (bench/RESULTS.md, "Ticket creation"). H2's version is db/vendor/h2/V53.
create index ix_interaction_agent_open on interaction (agent_id, ringing_at) where wrap_up_ended_at is null and lead_id is null;
