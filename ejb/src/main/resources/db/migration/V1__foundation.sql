-- Cuffia foundation schema: clients, customers, users, agents, contracts, teams, sales staff.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

create sequence cuffia_seq start with 1000 increment by 50;

create table client (
    id          bigint primary key,
    version     bigint not null default 0,
    code        varchar(20) not null,
    name        varchar(120) not null,
    vat_number  varchar(11),
    email       varchar(160),
    zone_id     varchar(40) not null default 'Europe/Rome',
    active      boolean not null default true,
    constraint uk_client_code unique (code)
);
create index ix_client_name on client (name);

create table client_business_hours (
    client_id   bigint not null references client (id),
    day_of_week varchar(9) not null,
    opens_at    time not null,
    closes_at   time not null,
    constraint ck_business_hours_order check (opens_at < closes_at)
);
create index ix_business_hours_client on client_business_hours (client_id);

create table client_closure (
    client_id   bigint not null references client (id),
    closed_on   date not null,
    description varchar(120),
    constraint uk_client_closure unique (client_id, closed_on)
);

create table app_user (
    id            bigint primary key,
    version       bigint not null default 0,
    username      varchar(60) not null,
    password_hash varchar(400) not null,
    first_name    varchar(80) not null,
    last_name     varchar(80) not null,
    email         varchar(160),
    language      varchar(5) not null default 'it',
    active        boolean not null default true,
    constraint uk_app_user_username unique (username)
);
create index ix_app_user_name on app_user (last_name, first_name);

create table user_role (
    user_id bigint not null references app_user (id),
    role    varchar(20) not null,
    constraint pk_user_role primary key (user_id, role)
);

create table team (
    id            bigint primary key,
    version       bigint not null default 0,
    name          varchar(80) not null,
    supervisor_id bigint not null references app_user (id),
    active        boolean not null default true,
    constraint uk_team_name unique (name)
);

create table agent (
    id      bigint primary key,
    version bigint not null default 0,
    user_id bigint not null references app_user (id),
    team_id bigint references team (id),
    constraint uk_agent_user unique (user_id)
);
create index ix_agent_team on agent (team_id);

create table agent_client (
    agent_id  bigint not null references agent (id),
    client_id bigint not null references client (id),
    constraint pk_agent_client primary key (agent_id, client_id)
);
create index ix_agent_client_client on agent_client (client_id);

create table contract (
    id             bigint primary key,
    version        bigint not null default 0,
    agent_id       bigint not null references agent (id),
    type           varchar(10) not null,
    weekly_hours   integer not null,
    monthly_salary numeric(12, 2) not null,
    valid_from     date not null,
    valid_to       date,
    constraint ck_contract_period check (valid_to is null or valid_to >= valid_from),
    constraint ck_contract_salary check (monthly_salary > 0)
);
create index ix_contract_agent on contract (agent_id, valid_from);

create table sales_person (
    id        bigint primary key,
    version   bigint not null default 0,
    user_id   bigint not null references app_user (id),
    client_id bigint not null references client (id),
    constraint uk_sales_person_user unique (user_id)
);
create index ix_sales_person_client on sales_person (client_id);

create table customer (
    id          bigint primary key,
    version     bigint not null default 0,
    client_id   bigint not null references client (id),
    first_name  varchar(80) not null,
    last_name   varchar(80) not null,
    email       varchar(160),
    street      varchar(160),
    postal_code varchar(5),
    city        varchar(80),
    province    varchar(2),
    country     varchar(2) default 'IT',
    active      boolean not null default true
);
create index ix_customer_client_name on customer (client_id, last_name, first_name);
create index ix_customer_email on customer (email);

create table customer_phone (
    id          bigint primary key,
    version     bigint not null default 0,
    customer_id bigint not null references customer (id),
    number      varchar(20) not null,
    kind        varchar(10) not null,
    valid       boolean not null default true,
    constraint uk_customer_phone unique (customer_id, number)
);
-- screen pop: find the caller by number
create index ix_customer_phone_number on customer_phone (number);

create table consent (
    id          bigint primary key,
    version     bigint not null default 0,
    customer_id bigint not null references customer (id),
    purpose     varchar(20) not null,
    given       boolean not null,
    stated_at   timestamp with time zone not null,
    source      varchar(80) not null
);
create index ix_consent_customer on consent (customer_id, purpose, stated_at);

create table customer_change (
    id          bigint primary key,
    version     bigint not null default 0,
    customer_id bigint not null references customer (id),
    changed_at  timestamp with time zone not null,
    changed_by  varchar(60) not null,
    field       varchar(40) not null,
    old_value   varchar(400),
    new_value   varchar(400)
);
create index ix_customer_change_customer on customer_change (customer_id, changed_at);
