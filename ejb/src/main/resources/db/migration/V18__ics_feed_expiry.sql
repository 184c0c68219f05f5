-- A sales person's calendar feed address can be given a last day (issue 19); none: it works until renewed.
alter table sales_agenda add column ics_token_valid_through date;
