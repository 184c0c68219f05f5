-- Issue 16 §1, quality monitoring. Evaluation forms per client (optionally for one campaign or one ticket
-- category), versioned like scripts: an evaluation keeps the version it was scored against, and editing a
-- version some evaluation uses makes a new version. Supervisors evaluate interactions; the agent acknowledges
-- or disputes; a changed score is kept in history. QUALITY joins the KPI counters.
create table quality_form (
    id               bigint primary key,
    version          bigint not null default 0,
    client_id        bigint not null references client (id),
    campaign_id      bigint references campaign (id),
    ticket_category  varchar(20),
    name             varchar(120) not null,
    active           boolean not null default true,
    created_at       timestamp with time zone not null
);
create index ix_quality_form_client on quality_form (client_id, name);

create table quality_form_version (
    id          bigint primary key,
    version     bigint not null default 0,
    form_id     bigint not null references quality_form (id),
    number      integer not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(60) not null,
    constraint uk_quality_form_version unique (form_id, number)
);

create table quality_item (
    id               bigint primary key,
    version          bigint not null default 0,
    form_version_id  bigint not null references quality_form_version (id),
    position         integer not null,
    section          varchar(120) not null,
    item_text        varchar(300) not null,
    kind             varchar(10) not null,
    weight           integer not null,
    scale_max        integer,
    critical         boolean not null default false,
    allows_na        boolean not null default false
);
create index ix_quality_item_version on quality_item (form_version_id, position);

-- one evaluation per interaction; client, campaign and agent copied from it for the KPI and the lists
create table quality_evaluation (
    id               bigint primary key,
    version          bigint not null default 0,
    interaction_id   bigint not null references interaction (id),
    client_id        bigint not null references client (id),
    campaign_id      bigint references campaign (id),
    agent_id         bigint not null references app_user (id),
    form_version_id  bigint not null references quality_form_version (id),
    evaluated_by     varchar(60) not null,
    evaluated_at     timestamp with time zone not null,
    score            decimal(5, 2) not null,
    failed_critical  boolean not null default false,
    comment_text     varchar(1000),
    status           varchar(12) not null,
    acknowledged_at  timestamp with time zone,
    dispute_comment  varchar(1000),
    disputed_at      timestamp with time zone,
    answer           varchar(1000),
    answered_by      varchar(60),
    answered_at      timestamp with time zone,
    constraint uk_quality_evaluation_interaction unique (interaction_id)
);
create index ix_quality_evaluation_agent on quality_evaluation (agent_id, evaluated_at);
create index ix_quality_evaluation_client on quality_evaluation (client_id, evaluated_at);
create index ix_quality_evaluation_day on quality_evaluation (evaluated_at);
create index ix_quality_evaluation_status on quality_evaluation (status, client_id);
create index ix_quality_evaluation_form on quality_evaluation (form_version_id);

-- the answer to one item: null value = not applicable; yes/no as 1/0; a scale item its points
create table quality_answer (
    id             bigint primary key,
    version        bigint not null default 0,
    evaluation_id  bigint not null references quality_evaluation (id),
    item_id        bigint not null references quality_item (id),
    item_value     integer,
    constraint uk_quality_answer unique (evaluation_id, item_id)
);

create table quality_score_change (
    id             bigint primary key,
    version        bigint not null default 0,
    evaluation_id  bigint not null references quality_evaluation (id),
    changed_by     varchar(60) not null,
    changed_at     timestamp with time zone not null,
    old_score      decimal(5, 2) not null,
    new_score      decimal(5, 2) not null,
    reason         varchar(1000) not null
);
create index ix_quality_score_change_evaluation on quality_score_change (evaluation_id, changed_at);

-- sampling: the complaints opened in an interaction
create index ix_ticket_opened_in on ticket (opened_in_interaction_id);

-- the QUALITY KPI: sum of scores in hundredths of a percent, and how many evaluations
alter table kpi_tally add column quality_points bigint not null default 0;
alter table kpi_tally add column quality_count bigint not null default 0;
alter table kpi_result add column quality_points bigint not null default 0;
alter table kpi_result add column quality_count bigint not null default 0;
