-- The surveys consent does not cover commercial calls: a campaign with a commercial purpose that asked for it asks
-- for the marketing consent instead (the stricter reading: contacts who agreed to surveys only are no longer called).
update campaign set consent_purpose = 'MARKETING' where commercial_purpose = true and consent_purpose = 'SURVEY';
alter table campaign add constraint ck_campaign_commercial_consent check (not (commercial_purpose = true and consent_purpose = 'SURVEY'));
