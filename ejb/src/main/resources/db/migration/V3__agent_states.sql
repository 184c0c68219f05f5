-- Agents' state periods: logged hours, pauses, occupancy are read from here.
create table agent_state_period (
    id         bigint primary key,
    version    bigint not null default 0,
    user_id    bigint not null references app_user (id),
    state      varchar(12) not null,
    reason     varchar(80),
    started_at timestamp with time zone not null,
    ended_at   timestamp with time zone,
    constraint ck_agent_state_period check (ended_at is null or ended_at >= started_at)
);
create index ix_agent_state_open on agent_state_period (user_id, ended_at);
create index ix_agent_state_started on agent_state_period (started_at);
