-- Whether a campaign has a commercial purpose: the register of oppositions (RPO) and the
-- telemarketing calling hours follow it. Telemarketing, teleselling and appointment setting are
-- always commercial; a survey only when it says so. Surveys set up with the wider survey hours
-- were pure surveys; any other survey is taken as commercial (the safe side).
alter table campaign add column commercial_purpose boolean default true not null;
update campaign set commercial_purpose = false where type = 'SURVEY' and legal_profile = 'SURVEY_WIDE';
