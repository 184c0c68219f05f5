-- A job whose instance died is restarted on another (issue 18, BatchRunLease): the server running a batch execution
-- holds this lease while it runs and renews it every 10 s; a lease left unrenewed past alive_until marks a dead
-- server, whose execution (still STARTED in the Jakarta Batch repository) another server marks FAILED and restarts.
-- One row per running execution (execution_id is the repository's id), removed when the run ends.
create table batch_run_lease (
    execution_id bigint primary key,
    job_name     varchar(80) not null,
    holder       varchar(200) not null,
    alive_until  timestamp with time zone not null
);

create index ix_batch_run_lease_holder on batch_run_lease (holder);
