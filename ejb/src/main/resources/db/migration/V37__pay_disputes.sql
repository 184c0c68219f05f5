-- Issue 16 §3, disputes: an agent contests a line of a statement with a comment; a supervisor accepts it
-- (an adjustment line in the agent's next open month, with the reason) or rejects it with a reason. Both
-- read the exchange on the statement.
create table pay_dispute (
    id            bigint primary key,
    version       bigint not null default 0,
    statement_id  bigint not null references pay_statement (id),
    line_no       integer not null,
    line_text     varchar(160) not null,
    comment_text  varchar(1000) not null,
    raised_at     timestamp not null,
    status        varchar(10) not null,
    answer        varchar(1000),
    answered_by   varchar(60),
    answered_at   timestamp,
    adjustment    decimal(12, 2)
);
create index ix_pay_dispute_statement on pay_dispute (statement_id);
create index ix_pay_dispute_status on pay_dispute (status);

alter table pay_adjustment add column dispute_id bigint references pay_dispute (id);
