-- Issue 16 §2, customer satisfaction: per client, whether a resolved ticket and/or a completed call brings the
-- customer a survey by e-mail, after how long, how long its link is good for, and the mail's texts in Italian and
-- English. The link's address is the suite's public address, kept with the settings (a timer has no request).
create table satisfaction_settings (
    id              bigint primary key,
    version         bigint not null default 0,
    client_id       bigint not null references client (id),
    after_tickets   boolean not null,
    after_calls     boolean not null,
    delay_minutes   integer not null,
    valid_days      integer not null,
    quiet_days      integer not null,
    link_base       varchar(300) not null,
    subject_it      varchar(200) not null,
    body_it         varchar(4000) not null,
    subject_en      varchar(200) not null,
    body_en         varchar(4000) not null,
    constraint uk_satisfaction_settings_client unique (client_id)
);

-- One survey per resolved ticket or completed call: SCHEDULED until due, then SENT (the token's hash kept, never the
-- token), ANSWERED once, or SKIPPED with the reason it was not sent. A ticket is surveyed once per resolution.
create table satisfaction_survey (
    id              bigint primary key,
    version         bigint not null default 0,
    client_id       bigint not null references client (id),
    customer_id     bigint not null references customer (id),
    ticket_id       bigint references ticket (id),
    interaction_id  bigint references interaction (id),
    agent_id        bigint references app_user (id),
    campaign_id     bigint,
    channel         varchar(10) not null,
    status          varchar(10) not null,
    skip_reason     varchar(20),
    created_at      timestamp with time zone not null,
    due_at          timestamp with time zone not null,
    sent_at         timestamp with time zone,
    recipient       varchar(160),
    language        varchar(2),
    token_hash      varchar(64),
    expires_at      timestamp with time zone,
    answered_at     timestamp with time zone,
    satisfaction    integer,
    recommendation  integer,
    comment_text    varchar(2000),
    constraint uk_satisfaction_survey_token unique (token_hash),
    constraint ck_satisfaction_score check (satisfaction is null or satisfaction between 1 and 5),
    constraint ck_satisfaction_recommendation check (recommendation is null or recommendation between 0 and 10)
);
-- the timer's query: the due ones, oldest first
create index ix_satisfaction_survey_due on satisfaction_survey (status, due_at);
-- the quiet period: the customer's latest survey sent
create index ix_satisfaction_survey_customer on satisfaction_survey (customer_id, sent_at);
-- the KPI day and the channels' month: answers by the time they were given
create index ix_satisfaction_survey_answered on satisfaction_survey (answered_at, client_id);
create index ix_satisfaction_survey_ticket on satisfaction_survey (ticket_id);
create index ix_satisfaction_survey_interaction on satisfaction_survey (interaction_id);

-- NPS: promoters (9-10), detractors (0-6) and answers of the recommendation question, next to CSAT's counts
alter table kpi_tally add column nps_promoters bigint not null default 0;
alter table kpi_tally add column nps_detractors bigint not null default 0;
alter table kpi_tally add column nps_count bigint not null default 0;
alter table kpi_result add column nps_promoters bigint not null default 0;
alter table kpi_result add column nps_detractors bigint not null default 0;
alter table kpi_result add column nps_count bigint not null default 0;
