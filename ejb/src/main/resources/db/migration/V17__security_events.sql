-- The security audit log (issue 19): logins, failures, lockouts, account, token, CTI key and approval changes.
create table security_event (
    id          bigint primary key,
    version     bigint not null default 0,
    occurred_at timestamp with time zone not null,
    kind        varchar(30) not null,
    username    varchar(60),
    actor       varchar(60),
    address     varchar(45),
    detail      varchar(200)
);
-- the admin's list: newest first, filtered by kind or by account
create index ix_security_event_time on security_event (occurred_at);
create index ix_security_event_kind on security_event (kind, occurred_at);
create index ix_security_event_user on security_event (username, occurred_at);
