-- Outbound: campaigns, offers, questionnaires, leads and their imports, do-not-call list,
-- checks against the Registro pubblico delle opposizioni, sales and survey answers.
create table campaign (
    id               bigint primary key,
    version          bigint not null default 0,
    client_id        bigint not null references client (id),
    name             varchar(120) not null,
    type             varchar(20) not null,
    status           varchar(10) not null,
    starts_on        date not null,
    ends_on          date not null,
    legal_profile    varchar(30) not null,
    max_attempts     integer not null,
    consent_purpose  varchar(20),
    caller_id        varchar(20),
    rpo_window_days  integer not null default 30,
    briefing         varchar(4000),
    constraint ck_campaign_period check (ends_on >= starts_on),
    constraint ck_campaign_attempts check (max_attempts between 1 and 50)
);
create index ix_campaign_client on campaign (client_id, status);

create table campaign_window (
    campaign_id bigint not null references campaign (id),
    day_of_week varchar(9) not null,
    starts_at   time not null,
    ends_at     time not null
);
create index ix_campaign_window on campaign_window (campaign_id);

create table campaign_retry_delay (
    campaign_id   bigint not null references campaign (id),
    outcome       varchar(20) not null,
    delay_minutes integer not null,
    primary key (campaign_id, outcome)
);

create table campaign_agent (
    campaign_id bigint not null references campaign (id),
    user_id     bigint not null references app_user (id),
    primary key (campaign_id, user_id)
);
create index ix_campaign_agent_user on campaign_agent (user_id);

create table campaign_team (
    campaign_id bigint not null references campaign (id),
    team_id     bigint not null references team (id),
    primary key (campaign_id, team_id)
);
create index ix_campaign_team_team on campaign_team (team_id);

create table offer (
    id         bigint primary key,
    version    bigint not null default 0,
    client_id  bigint not null references client (id),
    name       varchar(120) not null,
    price      numeric(12, 2) not null,
    valid_from date not null,
    valid_to   date,
    active     boolean not null default true
);
create index ix_offer_client on offer (client_id, name);

create table campaign_offer (
    campaign_id bigint not null references campaign (id),
    offer_id    bigint not null references offer (id),
    primary key (campaign_id, offer_id)
);

create table survey_question (
    id          bigint primary key,
    version     bigint not null default 0,
    campaign_id bigint not null references campaign (id),
    position    integer not null,
    text        varchar(500) not null,
    kind        varchar(10) not null,
    options     varchar(2000),
    required    boolean not null default false
);
create index ix_survey_question_campaign on survey_question (campaign_id, position);

create table lead_import (
    id             bigint primary key,
    version        bigint not null default 0,
    campaign_id    bigint not null references campaign (id),
    file_name      varchar(200) not null,
    content        bytea not null,
    charset        varchar(20) not null,
    delimiter      varchar(1) not null,
    mapping        varchar(500) not null,
    status         varchar(10) not null,
    total_rows     integer,
    processed_rows integer not null default 0,
    imported_rows  integer not null default 0,
    merged_rows    integer not null default 0,
    rejected_rows  integer not null default 0,
    job_execution  bigint,
    uploaded_by    varchar(60) not null,
    uploaded_at    timestamp with time zone not null,
    finished_at    timestamp with time zone,
    failure        varchar(1000)
);
create index ix_lead_import_campaign on lead_import (campaign_id, uploaded_at);

create table lead_import_issue (
    id          bigint primary key,
    version     bigint not null default 0,
    import_id   bigint not null references lead_import (id),
    line_number bigint not null,
    kind        varchar(10) not null,
    reason_key  varchar(60) not null,
    reason_args varchar(500),
    raw_line    varchar(1000)
);
-- one issue per line of an import: a restarted chunk rewrites, never doubles, its rows
create unique index ix_lead_import_issue_line on lead_import_issue (import_id, line_number);

create table lead (
    id                bigint primary key,
    version           bigint not null default 0,
    campaign_id       bigint not null references campaign (id),
    customer_id       bigint not null references customer (id),
    phone             varchar(20) not null,
    time_zone         varchar(40) not null,
    priority          integer not null default 5,
    status            varchar(10) not null,
    attempts          integer not null default 0,
    next_attempt_at   timestamp with time zone,
    callback_agent_id bigint references app_user (id),
    held_by_id        bigint references app_user (id),
    lease_until       timestamp with time zone,
    last_outcome      varchar(20),
    last_attempt_at   timestamp with time zone,
    excluded_reason   varchar(20),
    external_ref      varchar(60),
    import_id         bigint references lead_import (id),
    import_line       bigint,
    imported_at       timestamp with time zone not null,
    constraint uk_lead_phone unique (campaign_id, phone),
    constraint ck_lead_priority check (priority between 0 and 9)
);
-- the dialing queue: workable leads of a campaign by status and due time
create index ix_lead_queue on lead (campaign_id, status, next_attempt_at);
create index ix_lead_held on lead (held_by_id);
create index ix_lead_customer on lead (customer_id);
create index ix_lead_import on lead (import_id, import_line);

create table do_not_call (
    id          bigint primary key,
    version     bigint not null default 0,
    client_id   bigint references client (id),
    number      varchar(20) not null,
    reason      varchar(200),
    added_at    timestamp with time zone not null,
    added_by    varchar(60) not null
);
create index ix_do_not_call_number on do_not_call (number, client_id);

-- a number checked against the Registro pubblico delle opposizioni: registered = opposed to calls
create table rpo_check (
    id          bigint primary key,
    version     bigint not null default 0,
    number     varchar(20) not null,
    checked_on date not null,
    registered boolean not null,
    imported_at timestamp with time zone not null,
    constraint uk_rpo_check unique (number, checked_on)
);

create table sale (
    id             bigint primary key,
    version        bigint not null default 0,
    campaign_id    bigint not null references campaign (id),
    lead_id        bigint not null references lead (id),
    customer_id    bigint not null references customer (id),
    agent_id       bigint not null references app_user (id),
    interaction_id bigint not null references interaction (id),
    sold_at        timestamp with time zone not null,
    consent_ok     boolean not null,
    total          numeric(12, 2) not null,
    cancelled_at   timestamp with time zone
);
create index ix_sale_agent on sale (agent_id, sold_at);
create index ix_sale_campaign on sale (campaign_id, sold_at);

create table sale_line (
    id          bigint primary key,
    version     bigint not null default 0,
    sale_id  bigint not null references sale (id),
    offer_id bigint not null references offer (id),
    quantity integer not null,
    amount   numeric(12, 2) not null,
    kind     varchar(10) not null,
    constraint ck_sale_line_quantity check (quantity > 0)
);
create index ix_sale_line_sale on sale_line (sale_id);

create table survey_answer (
    id          bigint primary key,
    version     bigint not null default 0,
    interaction_id bigint not null references interaction (id),
    question_id    bigint not null references survey_question (id),
    answer         varchar(2000) not null
);
create index ix_survey_answer_question on survey_answer (question_id);
create index ix_survey_answer_interaction on survey_answer (interaction_id);

-- an outbound call belongs to a campaign and a lead
alter table interaction add column campaign_id bigint;
alter table interaction add column lead_id bigint;
alter table interaction add constraint fk_interaction_campaign foreign key (campaign_id) references campaign (id);
alter table interaction add constraint fk_interaction_lead foreign key (lead_id) references lead (id);
create index ix_interaction_campaign on interaction (campaign_id, ringing_at);
create index ix_interaction_lead on interaction (lead_id);
