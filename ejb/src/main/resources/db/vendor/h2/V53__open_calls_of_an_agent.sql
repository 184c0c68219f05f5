-- An agent's calls not yet wrapped up: H2's version of db/vendor/postgresql/V53 (H2 has no partial index: the
-- columns of the condition lead).
create index ix_interaction_agent_open on interaction (agent_id, wrap_up_ended_at, lead_id, ringing_at);
