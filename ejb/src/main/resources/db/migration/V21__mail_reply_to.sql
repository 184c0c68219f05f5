-- Issue 14: an acknowledgement of an inbound mail is answered to the client's mailbox it came to, not to the
-- suite's no-reply sender (the answer then threads into its ticket), and says it is automatic (RFC 3834
-- Auto-Submitted: auto-replied) so that no other auto-responder answers it.
alter table mail_message add column reply_to varchar(160);
alter table mail_message add column auto_reply boolean not null default false;
