-- Files attached to tickets (bytea: PostgreSQL's binary type, which H2 in PostgreSQL mode knows too).
create table ticket_attachment (
    id           bigint primary key,
    version      bigint not null default 0,
    ticket_id    bigint not null references ticket (id),
    file_name    varchar(200) not null,
    content_type varchar(120) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    uploaded_by  varchar(60) not null,
    uploaded_at  timestamp with time zone not null,
    content      bytea not null,
    constraint ck_attachment_size check (size_bytes > 0 and size_bytes <= 5242880)
);
create index ix_ticket_attachment_ticket on ticket_attachment (ticket_id, uploaded_at);
