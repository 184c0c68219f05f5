-- Issue 14: inbound e-mail and fax. A client's mailboxes are polled; every message fetched is kept
-- (its raw bytes too) with what became of it, and one Message-ID never makes two tickets for a client.
create table mailbox (
    id               bigint primary key,
    version          bigint not null default 0,
    client_id        bigint not null references client (id),
    address          varchar(160) not null,
    protocol         varchar(10) not null,
    host             varchar(200) not null,
    port             integer not null,
    username         varchar(160) not null,
    -- AES-GCM sealed with the server's key (never shown again after saving)
    password_sealed  varchar(600),
    folder           varchar(100) not null,
    active           boolean not null,
    fax_gateway      boolean not null,
    poll_enabled     boolean not null,
    ack_template_it  varchar(2000),
    ack_template_en  varchar(2000),
    ack_language     varchar(2) not null default 'it',
    last_polled_at   timestamp with time zone,
    last_poll_error  varchar(500),
    constraint uk_mailbox_address unique (address),
    constraint ck_mailbox_port check (port > 0 and port < 65536)
);
create index ix_mailbox_client on mailbox (client_id);

create table inbound_mail (
    id            bigint primary key,
    version       bigint not null default 0,
    mailbox_id    bigint not null references mailbox (id),
    client_id     bigint not null references client (id),
    message_id    varchar(250) not null,
    received_at   timestamp with time zone not null,
    from_address  varchar(200),
    subject       varchar(200),
    ticket_id     bigint references ticket (id),
    outcome       varchar(20) not null,
    failure       varchar(500),
    ack           varchar(20) not null,
    raw_size      bigint not null,
    raw           bytea not null,
    -- a delivery seen again (a poll cut off before the message was marked, a copy to two mailboxes) is the same message
    constraint uk_inbound_mail_message unique (client_id, message_id)
);
create index ix_inbound_mail_mailbox on inbound_mail (mailbox_id, received_at);
-- acknowledgements per sender in the last hour (the rate limit)
create index ix_inbound_mail_sender on inbound_mail (from_address, received_at);
