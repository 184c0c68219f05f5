-- KPIs and pay (issue 8).

-- CSAT: the caller's satisfaction score (1-5) reported by the PBX's post-call survey
alter table interaction add column satisfaction integer;
alter table interaction add constraint ck_interaction_satisfaction check (satisfaction between 1 and 5);
-- outbound attempts and sales of a period (the KPI job reads a day at a time)
create index ix_appointment_booked on appointment (booked_at);
create index ix_appointment_starts on appointment (starts_at);
create index ix_sale_sold on sale (sold_at);
create index ix_ticket_opened on ticket (opened_at);
create index ix_ticket_resolved on ticket (resolved_at);
create index ix_ticket_change_at on ticket_change (changed_at, field);

-- What one agent did on one day for one client and campaign: the raw counts every KPI is a
-- ratio of. Time in state is not a client's: it sits on the row without client and campaign.
create table kpi_tally (
    id                      bigint primary key,
    version                 bigint not null default 0,
    tally_day               date not null,
    agent_id                bigint not null references app_user (id),
    client_id               bigint references client (id),
    campaign_id             bigint references campaign (id),
    calls_handled           bigint not null default 0,
    inbound_handle_seconds  bigint not null default 0,
    tickets_opened          bigint not null default 0,
    tickets_first_contact   bigint not null default 0,
    tickets_escalated       bigint not null default 0,
    tickets_resolved        bigint not null default 0,
    tickets_resolved_in_sla bigint not null default 0,
    tickets_reopened        bigint not null default 0,
    csat_sum                bigint not null default 0,
    csat_count              bigint not null default 0,
    attempts                bigint not null default 0,
    contacts                bigint not null default 0,
    conversions             bigint not null default 0,
    appointments_booked     bigint not null default 0,
    appointments_due        bigint not null default 0,
    appointments_held       bigint not null default 0,
    sales                   bigint not null default 0,
    revenue                 numeric(14, 2) not null default 0,
    logged_seconds          bigint not null default 0,
    available_seconds       bigint not null default 0,
    work_seconds            bigint not null default 0
);
create index ix_kpi_tally_day on kpi_tally (tally_day, agent_id);
create index ix_kpi_tally_agent on kpi_tally (agent_id, tally_day);

-- The same counts summed per agent, team, campaign and client, per day and per month.
create table kpi_result (
    id                      bigint primary key,
    version                 bigint not null default 0,
    period_kind             varchar(5) not null,
    period_start            date not null,
    scope_kind              varchar(10) not null,
    scope_id                bigint not null,
    calls_handled           bigint not null default 0,
    inbound_handle_seconds  bigint not null default 0,
    tickets_opened          bigint not null default 0,
    tickets_first_contact   bigint not null default 0,
    tickets_escalated       bigint not null default 0,
    tickets_resolved        bigint not null default 0,
    tickets_resolved_in_sla bigint not null default 0,
    tickets_reopened        bigint not null default 0,
    csat_sum                bigint not null default 0,
    csat_count              bigint not null default 0,
    attempts                bigint not null default 0,
    contacts                bigint not null default 0,
    conversions             bigint not null default 0,
    appointments_booked     bigint not null default 0,
    appointments_due        bigint not null default 0,
    appointments_held       bigint not null default 0,
    sales                   bigint not null default 0,
    revenue                 numeric(14, 2) not null default 0,
    logged_seconds          bigint not null default 0,
    available_seconds       bigint not null default 0,
    work_seconds            bigint not null default 0,
    computed_at             timestamp with time zone not null,
    constraint uk_kpi_result unique (period_kind, period_start, scope_kind, scope_id)
);
create index ix_kpi_result_scope on kpi_result (scope_kind, scope_id, period_kind, period_start);

create table kpi_target (
    id         bigint primary key,
    version    bigint not null default 0,
    kpi        varchar(30) not null,
    scope_kind varchar(10) not null,
    scope_id   bigint not null,
    target     numeric(16, 4) not null,
    constraint uk_kpi_target unique (kpi, scope_kind, scope_id)
);

create table commission_plan (
    id          bigint primary key,
    version     bigint not null default 0,
    name        varchar(120) not null,
    client_id   bigint not null references client (id),
    campaign_id bigint references campaign (id),
    valid_from  date not null,
    valid_to    date,
    monthly_cap numeric(12, 2),
    constraint ck_commission_plan_period check (valid_to is null or valid_to >= valid_from)
);
create index ix_commission_plan_client on commission_plan (client_id, valid_from);

create table commission_rule (
    id           bigint primary key,
    version      bigint not null default 0,
    plan_id      bigint not null references commission_plan (id),
    line_no      integer not null,
    kind         varchar(10) not null,
    name         varchar(80) not null,
    unit         varchar(30),
    kpi          varchar(30),
    tiers        varchar(400),
    fixed_amount numeric(12, 2),
    percent      numeric(7, 4),
    target       numeric(16, 4),
    amount       numeric(12, 2),
    guards       varchar(400)
);
create index ix_commission_rule_plan on commission_rule (plan_id, line_no);

create table pay_statement (
    id            bigint primary key,
    version       bigint not null default 0,
    agent_id      bigint not null references app_user (id),
    pay_month     date not null,
    status        varchar(10) not null,
    fixed_pay     numeric(12, 2) not null,
    variable_pay  numeric(12, 2) not null,
    total         numeric(12, 2) not null,
    computed_at   timestamp with time zone not null,
    job_execution bigint,
    approved_at   timestamp with time zone,
    approved_by   varchar(60),
    constraint uk_pay_statement unique (agent_id, pay_month)
);
create index ix_pay_statement_month on pay_statement (pay_month, status);

create table pay_statement_line (
    id           bigint primary key,
    version      bigint not null default 0,
    statement_id bigint not null references pay_statement (id),
    line_no      integer not null,
    kind         varchar(10) not null,
    plan_name    varchar(120),
    rule         varchar(120) not null,
    quantity     numeric(16, 4),
    rate         varchar(200),
    amount       numeric(12, 2) not null,
    note         varchar(300)
);
create index ix_pay_statement_line on pay_statement_line (statement_id, line_no);
