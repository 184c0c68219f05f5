-- Issue 15 §2, the agent's desktop: a client's pause codes and inbound dispositions (chosen from a menu,
-- not typed), its wrap-up rules (outcome and notes required, the longest wrap-up before the agent is made
-- available), the pause code of a pause, the disposition of a call and whether its wrap-up timed out.
create table pause_code (
    id         bigint primary key,
    version    bigint not null default 0,
    client_id  bigint not null references client (id),
    code       varchar(20) not null,
    label_it   varchar(60) not null,
    label_en   varchar(60),
    -- paid: counts in logged (paid) hours; productive: counts as occupied time (training, a meeting)
    paid       boolean not null default true,
    productive boolean not null default false,
    active     boolean not null default true,
    constraint uk_pause_code unique (client_id, code)
);

create table disposition (
    id        bigint primary key,
    version   bigint not null default 0,
    client_id bigint not null references client (id),
    code      varchar(20) not null,
    label_it  varchar(60) not null,
    label_en  varchar(60),
    active    boolean not null default true,
    constraint uk_disposition unique (client_id, code)
);

create table wrap_up_policy (
    id               bigint primary key,
    version          bigint not null default 0,
    client_id        bigint not null references client (id),
    outcome_required boolean not null default false,
    notes_required   boolean not null default false,
    max_seconds      integer,
    constraint uk_wrap_up_policy unique (client_id),
    constraint ck_wrap_up_policy_max check (max_seconds is null or (max_seconds >= 5 and max_seconds <= 3600))
);

alter table agent_state_period add column pause_code_id bigint references pause_code (id);
-- why the suite changed the state by itself (WRAP_UP_TIMEOUT); null when the agent or a call did
alter table agent_state_period add column cause varchar(20);
-- the wrap-up timer reads the open WRAP_UP periods (one per agent at most)
create index ix_agent_state_open_state on agent_state_period (state, ended_at);

alter table interaction add column disposition_id bigint references disposition (id);
alter table interaction add column wrap_up_timed_out boolean not null default false;
