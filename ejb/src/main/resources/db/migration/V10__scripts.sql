-- Call scripts: a script per campaign or per ticket category of a client, in numbered versions
-- (draft, then published and immutable); steps with branching answers; the run of each call
-- (version and path); the agents' private notes per step.
create table script (
    id                bigint primary key,
    version           bigint not null default 0,
    client_id         bigint not null references client (id),
    name              varchar(120) not null,
    campaign_id       bigint references campaign (id),
    ticket_category   varchar(20),
    pinned_version_id bigint,
    next_step_number  integer not null default 1,
    created_at        timestamp with time zone not null,
    constraint ck_script_purpose check ((campaign_id is null and ticket_category is not null)
                                     or (campaign_id is not null and ticket_category is null)),
    constraint uk_script_campaign unique (campaign_id),
    constraint uk_script_category unique (client_id, ticket_category)
);
create index ix_script_client on script (client_id, name);

create table script_version (
    id           bigint primary key,
    version      bigint not null default 0,
    script_id    bigint not null references script (id),
    number       integer not null,
    status       varchar(10) not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(60) not null,
    published_at timestamp with time zone,
    published_by varchar(60),
    constraint uk_script_version_number unique (script_id, number)
);
alter table script add constraint fk_script_pinned foreign key (pinned_version_id) references script_version (id);

create table script_step (
    id                 bigint primary key,
    version            bigint not null default 0,
    script_version_id  bigint not null references script_version (id),
    step_key           varchar(40) not null,
    position           integer not null,
    kind               varchar(10) not null,
    title              varchar(120) not null,
    body               varchar(8000),
    mandatory          boolean not null default false,
    next_key           varchar(40),
    outcome            varchar(40),
    survey_question_id bigint references survey_question (id),
    constraint uk_script_step_key unique (script_version_id, step_key)
);
create index ix_script_step_version on script_step (script_version_id, position);

create table script_answer (
    step_id  bigint not null references script_step (id),
    position integer not null,
    label    varchar(200) not null,
    next_key varchar(40) not null,
    primary key (step_id, position)
);

-- one run per call that followed a script: the version and the path as it ended
create table script_run (
    id                bigint primary key,
    version           bigint not null default 0,
    interaction_id    bigint not null references interaction (id),
    script_version_id bigint not null references script_version (id),
    last_step_key     varchar(40) not null,
    completed         boolean not null,
    duration_seconds  integer,
    recorded_at       timestamp with time zone not null,
    constraint uk_script_run_interaction unique (interaction_id)
);
create index ix_script_run_version on script_run (script_version_id);

create table script_run_step (
    run_id   bigint not null references script_run (id),
    seq      integer not null,
    step_key varchar(40) not null,
    answer   varchar(200),
    primary key (run_id, seq)
);

create table script_note (
    id        bigint primary key,
    version   bigint not null default 0,
    agent_id  bigint not null references app_user (id),
    script_id bigint not null references script (id),
    step_key  varchar(40) not null,
    note      varchar(2000),
    phrasing  varchar(4000),
    constraint uk_script_note unique (agent_id, script_id, step_key)
);
