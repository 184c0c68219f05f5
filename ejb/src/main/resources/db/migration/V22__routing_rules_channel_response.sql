-- Per-client routing of the tickets that contact channels open by themselves (issue 14): the web form now, the
-- mailboxes later. Conditions (any of them may be left out): the channel, the receiving address, words in the
-- subject; results (each may be left out: the ticket keeps what it had): category, priority, support level.
-- Rules are tried in their position's order; the first that matches decides.
create table routing_rule (
    id             bigint primary key,
    version        bigint not null default 0,
    client_id      bigint not null references client (id),
    position       integer not null,
    channel        varchar(10),
    address        varchar(160),
    subject_words  varchar(200),
    category       varchar(20),
    priority       varchar(10),
    support_level  integer,
    constraint ck_routing_rule_level check (support_level is null or support_level between 1 and 3)
);
create index ix_routing_rule_client on routing_rule (client_id, position);

-- First response per channel (issue 14): a client promises an answer to a web form or a mail within so many minutes
-- of its business hours, whatever the category and priority; the promise of the category and priority applies
-- where none is set (and where it is sooner).
create table channel_response_target (
    id                     bigint primary key,
    version                bigint not null default 0,
    client_id              bigint not null references client (id),
    channel                varchar(10) not null,
    first_response_minutes integer not null,
    constraint uk_channel_response_target unique (client_id, channel),
    constraint ck_channel_response_minutes check (first_response_minutes > 0)
);
