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
