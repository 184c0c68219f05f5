-- Appointment setting: the sales staff's agendas (weekly hours, absences, areas, meeting types),
-- the appointments booked in calls with their history, and the mail the suite sends.
create table sales_agenda (
    id              bigint primary key,
    version         bigint not null default 0,
    sales_person_id bigint not null references sales_person (id),
    ics_token       varchar(64) not null,
    constraint uk_sales_agenda_person unique (sales_person_id),
    constraint uk_sales_agenda_token unique (ics_token)
);

create table sales_working_hours (
    agenda_id   bigint not null references sales_agenda (id),
    day_of_week varchar(9) not null,
    opens_at    time not null,
    closes_at   time not null,
    constraint ck_sales_hours_order check (opens_at < closes_at)
);
create index ix_sales_working_hours on sales_working_hours (agenda_id);

create table sales_absence (
    agenda_id bigint not null references sales_agenda (id),
    from_day  date not null,
    to_day    date not null,
    reason    varchar(120),
    constraint ck_sales_absence_order check (to_day >= from_day)
);
create index ix_sales_absence on sales_absence (agenda_id);

-- provinces (sigle) where the sales person meets customers in person
create table sales_area (
    agenda_id bigint not null references sales_agenda (id),
    province  varchar(2) not null,
    primary key (agenda_id, province)
);

create table sales_meeting_type (
    agenda_id    bigint not null references sales_agenda (id),
    meeting_type varchar(10) not null,
    primary key (agenda_id, meeting_type)
);

alter table campaign add column slot_minutes integer not null default 60;
alter table campaign add column buffer_minutes integer not null default 15;
alter table campaign add column meeting_type varchar(10) not null default 'IN_PERSON';

create table appointment (
    id              bigint primary key,
    version         bigint not null default 0,
    campaign_id     bigint not null references campaign (id),
    lead_id         bigint not null references lead (id),
    customer_id     bigint not null references customer (id),
    sales_user_id   bigint not null references app_user (id),
    agent_id        bigint not null references app_user (id),
    interaction_id  bigint references interaction (id),
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    meeting_type    varchar(10) not null,
    status          varchar(12) not null,
    agent_notes     varchar(4000),
    outcome_reason  varchar(500),
    deal_closed     boolean,
    deal_value      numeric(12, 2),
    booked_at       timestamp with time zone not null,
    constraint ck_appointment_order check (ends_at > starts_at)
);
-- a sales person's calendar and overlap checks; a campaign's report
create index ix_appointment_sales on appointment (sales_user_id, starts_at);
create index ix_appointment_campaign on appointment (campaign_id, starts_at);
create index ix_appointment_customer on appointment (customer_id);

create table appointment_change (
    id             bigint primary key,
    version        bigint not null default 0,
    appointment_id bigint not null references appointment (id),
    changed_at     timestamp with time zone not null,
    changed_by     varchar(60) not null,
    field          varchar(40) not null,
    old_value      varchar(500),
    new_value      varchar(500),
    reason         varchar(500)
);
create index ix_appointment_change on appointment_change (appointment_id, changed_at);

create table mail_message (
    id          bigint primary key,
    version     bigint not null default 0,
    recipient   varchar(160) not null,
    subject     varchar(200) not null,
    body        varchar(8000) not null,
    attachment  varchar(8000),
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone,
    status      varchar(10) not null,
    failure     varchar(500)
);
create index ix_mail_message_created on mail_message (created_at);
