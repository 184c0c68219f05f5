-- An RPO check counts for a month at most (DPR 26/2022: the register is consulted every month and before each
-- campaign). Campaigns saved with a longer window take the longest one allowed; a shorter window stays.
update campaign set rpo_window_days = 30 where rpo_window_days > 30;
alter table campaign add constraint ck_campaign_rpo_window check (rpo_window_days between 1 and 30);
