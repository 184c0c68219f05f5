-- Issue 14, e-mail out: the agent answers a ticket by e-mail. The answer leaves through the outbox from the
-- client's mailbox (its address, a sender name and a signature), with its own Message-ID and the ticket's
-- In-Reply-To/References, so that the customer's mail client threads it and the customer's answer comes back
-- to its ticket; the files the agent chose from the ticket go along.
alter table mailbox add column sender_name varchar(120);
alter table mailbox add column signature varchar(2000);

alter table mail_message add column sender varchar(160);
alter table mail_message add column sender_name varchar(120);
alter table mail_message add column message_id varchar(250);
alter table mail_message add column in_reply_to varchar(250);
alter table mail_message add column references_ids varchar(2000);
alter table mail_message add column ticket_id bigint references ticket (id);
-- a customer's answer names the suite's message it answers
create index ix_mail_message_message_id on mail_message (message_id);
create index ix_mail_message_ticket on mail_message (ticket_id);

create table mail_message_attachment (
    mail_id       bigint not null references mail_message (id),
    attachment_id bigint not null references ticket_attachment (id),
    position      integer not null,
    primary key (mail_id, attachment_id)
);

-- who wrote a note the customer sees: the customer (through a channel) or the staff; and where it was mailed
alter table ticket_note add column from_customer boolean not null default false;
alter table ticket_note add column emailed_to varchar(160);

-- text modules: a client's ready answers, with the placeholders of scripts ({customer.firstName}…)
create table reply_template (
    id         bigint primary key,
    version    bigint not null default 0,
    client_id  bigint not null references client (id),
    name       varchar(100) not null,
    body       varchar(4000) not null,
    active     boolean not null,
    constraint uk_reply_template_name unique (client_id, name)
);
