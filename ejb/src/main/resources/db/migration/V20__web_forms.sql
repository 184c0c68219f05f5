-- The public web form of a client (issue 14): people without an account write to the contact center and a
-- WEB ticket opens. The key is in the form's public address (it is no secret); the signing secret signs the
-- moment each form was served, so a form sent too fast (a bot) is told apart on any server of the cluster.
create table web_form (
    id             bigint primary key,
    version        bigint not null default 0,
    client_id      bigint not null references client (id),
    form_key       varchar(43) not null,
    signing_secret varchar(43) not null,
    enabled        boolean not null,
    created_at     timestamp with time zone not null,
    constraint uk_web_form_client unique (client_id),
    constraint uk_web_form_key unique (form_key)
);

-- Every submission that passed the input checks, accepted or refused: the rate limits count them in the
-- database (several servers see the same counts), and a served form is sent once (its stamp is unique).
create table web_form_submission (
    id                  bigint primary key,
    version             bigint not null default 0,
    web_form_id         bigint not null references web_form (id),
    email               varchar(160) not null,
    remote_address      varchar(64) not null,
    submitted_at        timestamp with time zone not null,
    outcome             varchar(20) not null,
    stamp_hash          varchar(64) not null,
    language            varchar(5) not null,
    privacy_accepted_at timestamp with time zone,
    ticket_id           bigint references ticket (id),
    constraint uk_web_form_submission_stamp unique (stamp_hash)
);
create index ix_web_form_submission_email on web_form_submission (email, submitted_at);
create index ix_web_form_submission_address on web_form_submission (remote_address, submitted_at);
create index ix_web_form_submission_form on web_form_submission (web_form_id, submitted_at);
