-- Inbound: SLA targets, tickets, their timeline and notes.

create table sla_target (
    id                     bigint primary key,
    version                bigint not null default 0,
    client_id              bigint not null references client (id),
    category               varchar(20) not null,
    priority               varchar(10) not null,
    first_response_minutes integer not null,
    resolution_minutes     integer not null,
    constraint uk_sla_target unique (client_id, category, priority),
    constraint ck_sla_minutes check (first_response_minutes > 0 and resolution_minutes >= first_response_minutes)
);

create table ticket (
    id                 bigint primary key,
    version            bigint not null default 0,
    client_id          bigint not null references client (id),
    customer_id        bigint not null references customer (id),
    category           varchar(20) not null,
    priority           varchar(10) not null,
    channel            varchar(10) not null,
    subject            varchar(200) not null,
    description        varchar(4000),
    state              varchar(20) not null,
    support_level      integer not null default 1,
    owner_id           bigint references app_user (id),
    assignee_id        bigint references app_user (id),
    opened_at          timestamp with time zone not null,
    first_response_at  timestamp with time zone,
    resolved_at        timestamp with time zone,
    closed_at          timestamp with time zone,
    first_response_due timestamp with time zone not null,
    resolution_due     timestamp with time zone not null,
    first_response_met boolean,
    resolution_met     boolean,
    resolution_code    varchar(40),
    escalated          boolean not null default false,
    constraint ck_ticket_level check (support_level between 1 and 3)
);
-- queues per level, lists per client, an agent's own tickets, the breach list, a customer's tickets
create index ix_ticket_queue on ticket (support_level, state, assignee_id);
create index ix_ticket_client_state on ticket (client_id, state);
create index ix_ticket_owner on ticket (owner_id, state);
create index ix_ticket_assignee on ticket (assignee_id, state);
create index ix_ticket_resolution_due on ticket (resolution_due);
create index ix_ticket_customer on ticket (customer_id, opened_at);

create table ticket_change (
    id         bigint primary key,
    version    bigint not null default 0,
    ticket_id  bigint not null references ticket (id),
    changed_at timestamp with time zone not null,
    changed_by varchar(60) not null,
    field      varchar(40) not null,
    old_value  varchar(400),
    new_value  varchar(400),
    reason     varchar(1000)
);
create index ix_ticket_change_ticket on ticket_change (ticket_id, changed_at);

create table ticket_note (
    id               bigint primary key,
    version          bigint not null default 0,
    ticket_id        bigint not null references ticket (id),
    written_at       timestamp with time zone not null,
    author           varchar(60) not null,
    text             varchar(4000) not null,
    customer_visible boolean not null default false
);
create index ix_ticket_note_ticket on ticket_note (ticket_id, written_at);
