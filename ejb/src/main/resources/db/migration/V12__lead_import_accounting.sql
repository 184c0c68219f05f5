-- Lead files lose nothing (issue 13, section 2): every record is reported, notes and the other
-- columns stay with the lead, the report can be filtered by outcome.

alter table lead_import add column skipped_rows integer not null default 0;
-- the header, so each chunk checks record widths and names attributes without reading the file
alter table lead_import add column column_names varchar(10000);

-- one outcome per record now (imported and skipped too), with the whole record
alter table lead_import_issue alter column raw_line set data type varchar(20000);
-- the report filtered by outcome, in line order
create index ix_lead_import_issue_kind on lead_import_issue (import_id, kind, line_number);

alter table lead add column notes varchar(4000);

create table lead_attribute (
    lead_id    bigint not null references lead (id),
    attr_index integer not null,
    attr_name  varchar(200) not null,
    attr_value varchar(4000) not null,
    primary key (lead_id, attr_index)
);
