-- A statement line names the plan that produced it, so that approving a statement locks only its own plans
-- (the month's approved statements of any client used to lock every plan of that month).
alter table pay_statement_line add column plan_id bigint references commission_plan (id);
create index ix_pay_statement_line_plan on pay_statement_line (plan_id);

-- lines written before: the plan of that name valid in the statement's month, for a client the agent works for
update pay_statement_line set plan_id = (
    select min(p.id) from commission_plan p
        join pay_statement s on s.id = pay_statement_line.statement_id
        join agent a on a.user_id = s.agent_id
        join agent_client ac on ac.agent_id = a.id and ac.client_id = p.client_id
    where p.name = pay_statement_line.plan_name
      and p.valid_from <= s.pay_month and (p.valid_to is null or p.valid_to >= s.pay_month))
where plan_name is not null;
-- and where the agent no longer works for that client (a plan also pays the work done for it), by name and month
update pay_statement_line set plan_id = (
    select min(p.id) from commission_plan p
        join pay_statement s on s.id = pay_statement_line.statement_id
    where p.name = pay_statement_line.plan_name
      and p.valid_from <= s.pay_month and (p.valid_to is null or p.valid_to >= s.pay_month))
where plan_name is not null and plan_id is null;
