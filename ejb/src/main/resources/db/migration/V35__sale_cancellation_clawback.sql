-- Issue 16, sales cancelled and commissions clawed back. A sale is cancelled with the day the customer
-- withdrew, a reason and who recorded it. Cancelled before its month's statement is approved, it simply
-- earns nothing there; cancelled after, what it earned comes back as a clawback line in the agent's next
-- open month, kept here so the statement job adds it whenever that month is (re)computed.
alter table sale add column cancelled_on date;
alter table sale add column cancel_reason varchar(300);
alter table sale add column cancelled_by varchar(60);

create table pay_adjustment (
    id            bigint primary key,
    version       bigint not null default 0,
    agent_id      bigint not null references app_user (id),
    kind          varchar(12) not null,
    -- the month whose statement carries the line
    pay_month     date not null,
    amount        decimal(12, 2) not null,
    reason        varchar(300) not null,
    -- a clawback: the sale and the month that paid it
    sale_id       bigint references sale (id),
    paid_month    date,
    created_at    timestamp not null,
    created_by    varchar(60) not null
);
create index ix_pay_adjustment_agent_month on pay_adjustment (agent_id, pay_month);
create index ix_pay_adjustment_sale on pay_adjustment (sale_id);
