-- Once per group (issue 18): a timer of the suite does its round only on the server that holds its lease
-- (TimerLease). One row per timer, written by the first server that asks for it; the holder names the
-- instance and its JVM, and a lease not renewed before expires_at (a dead or stopped instance) is taken by
-- the next server whose timer fires.
create table timer_lease (
    name       varchar(80) primary key,
    holder     varchar(200),
    expires_at timestamp with time zone not null
);

-- The outbox's round claims the oldest pending mails (MailSender: status, then id, locked and skipped when locked).
create index ix_mail_message_status on mail_message (status, id);
