-- Every contact (call, e-mail, fax, web), and the API keys a client's PBX uses for CTI events.
create table interaction (
    id               bigint primary key,
    version          bigint not null default 0,
    client_id        bigint not null references client (id),
    customer_id      bigint references customer (id),
    agent_id         bigint references app_user (id),
    channel          varchar(10) not null,
    direction        varchar(10) not null,
    remote_address   varchar(160),
    external_id      varchar(80),
    ringing_at       timestamp with time zone not null,
    answered_at      timestamp with time zone,
    ended_at         timestamp with time zone,
    wrap_up_ended_at timestamp with time zone,
    hold_seconds     integer not null default 0,
    notes            varchar(4000),
    outcome          varchar(40),
    constraint ck_interaction_hold check (hold_seconds >= 0),
    constraint uk_interaction_external unique (client_id, external_id)
);
-- the agent's current call, a customer's history, KPI aggregation per agent and day
create index ix_interaction_agent on interaction (agent_id, ringing_at);
create index ix_interaction_customer on interaction (customer_id, ringing_at);
create index ix_interaction_ringing on interaction (ringing_at);

-- the interaction a ticket was opened in (first contact resolution is measured against it)
alter table ticket add column opened_in_interaction_id bigint;
alter table ticket add constraint fk_ticket_opened_in foreign key (opened_in_interaction_id) references interaction (id);

-- SHA-256 of the client's CTI API key (the key itself is shown once, never stored)
alter table client add column cti_key_hash varchar(64);
create unique index ix_client_cti_key on client (cti_key_hash);
